package org.stillwater.fhir.rest;

import java.util.List;
import org.stillwater.fhir.CapabilityStatements;

/** The FHIR types a service serves under {@code /fhir/r4}: each service provides one bean of this type for its metadata. */
public interface FhirTypes {

    List<CapabilityStatements.Served> served();
}
