package org.stillwater.prescription.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.shipment.Shipment;

/** The patient of each record id in prescription-service's paths, for the audit trail (paths by patientId need none). */
@ApplicationScoped
public class PrescriptionRecordOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of(
                "prescriptionId", id -> Prescription.<Prescription>findByIdOptional(id).map(prescription -> prescription.patientId),
                "shipmentId", id -> Shipment.<Shipment>findByIdOptional(id).map(shipment -> shipment.patientId));
    }
}
