package org.stillwater.webhook;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.stillwater.testing.StillwaterTestResource;

/** Every @QuarkusTest of webhook-service runs against the real PostgreSQL, Kafka and Keycloak of this JVM. */
@QuarkusTestResource(value = StillwaterTestResource.class, initArgs = @ResourceArg(name = "database", value = "webhook"))
public class WebhookServiceInfrastructure {
}
