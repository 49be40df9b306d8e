package org.stillwater.edge.testapp;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.stillwater.testing.StillwaterTestResource;

/**
 * service-edge's test application: a tiny service built from service-edge alone, so its behaviours (idempotent
 * writes, problem+json, the audit trail, dead letters) are tested here once rather than only through the four
 * services. It writes {@link Note}s through {@link NoteResource} (a rule, {@link NotePolicy}, decides; service-edge's
 * Transitions stores) and records approvals it consumes ({@link RecordsApprovals}). Every {@code @QuarkusTest} of
 * service-edge runs it against the real PostgreSQL, Kafka and Keycloak of this JVM.
 */
@QuarkusTestResource(value = StillwaterTestResource.class, initArgs = @ResourceArg(name = "database", value = "edge_test"))
@QuarkusTestResource(DeadLetterTopic.class)
public class TestApplication {
}
