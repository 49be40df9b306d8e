package org.stillwater.intake;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.stillwater.testing.StillwaterTestResource;

/** Every @QuarkusTest of intake-service runs against the real PostgreSQL, Kafka and Keycloak of this JVM. */
@QuarkusTestResource(value = StillwaterTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
public class IntakeServiceInfrastructure {
}
