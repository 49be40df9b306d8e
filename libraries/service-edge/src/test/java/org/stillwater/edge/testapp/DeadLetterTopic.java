package org.stillwater.edge.testapp;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.stillwater.contracts.Topics;
import org.stillwater.testing.SharedInfrastructure;

/**
 * The test application's dead-letter topic, {@code edge-test.dlq}: the broker creates no topic on first use, and the
 * launcher creates only the platform's (DESIGN §4), so this makes it before the application reads it.
 */
public class DeadLetterTopic implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = Topics.deadLetterTopic("edge-test");

    @Override
    public Map<String, String> start() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(NAME, Topics.PARTITIONS, (short) 1))).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (!(failed.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + NAME, failed);
            }
        } catch (Exception failed) {
            throw new IllegalStateException("could not create " + NAME, failed);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the broker is this JVM's and goes with it
    }
}
