package org.stillwater.messaging.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PatientLocksTest {

    @Inject
    PatientLocks locks;

    @Inject
    EntityManager entityManager;

    @Test
    void lockingSeveralPatientsHoldsEachPatientsLockUntilTheTransactionEnds() {
        List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        Set<Long> held = QuarkusTransaction.requiringNew().call(() -> {
            locks.lockInKeyOrder(patients);
            return heldPatientKeys();
        });

        assertEquals(patients.stream().map(patient -> Integer.toUnsignedLong(patient.hashCode())).collect(Collectors.toSet()), held);
        assertEquals(Set.of(), QuarkusTransaction.requiringNew().call(this::heldPatientKeys), "released at the end of the transaction");
    }

    @Test
    void lockingOnePatientOrNoneTakesThatManyLocks() {
        UUID patient = UUID.randomUUID();

        assertEquals(Set.of(Integer.toUnsignedLong(patient.hashCode())), QuarkusTransaction.requiringNew().call(() -> {
            locks.lockInKeyOrder(List.of(patient, patient));
            return heldPatientKeys();
        }));
        assertEquals(Set.of(), QuarkusTransaction.requiringNew().call(() -> {
            locks.lockInKeyOrder(List.of());
            return heldPatientKeys();
        }));
    }

    /** The patient locks this transaction holds: PostgreSQL shows a two-key advisory lock's keys as classid and objid. */
    @SuppressWarnings("unchecked")
    private Set<Long> heldPatientKeys() {
        return ((List<Number>) entityManager.createNativeQuery("""
                        select objid::bigint from pg_locks
                        where locktype = 'advisory' and objsubid = 2 and classid = :namespace and pid = pg_backend_pid()""")
                .setParameter("namespace", PatientLocks.NAMESPACE)
                .getResultList()).stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
