package org.stillwater.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.service.ServiceName;

/** Reads deploy/k8s with the Kubernetes model parser and checks what operators rely on. */
class KubernetesManifestsTest {

    private static final Path K8S = PlatformLayout.checkoutRoot().resolve("deploy/k8s");
    private final KubernetesSerialization parser = new KubernetesSerialization();

    @Test
    void theCommittedManifestsAreExactlyWhatTheGeneratorWrites() throws IOException {
        for (Map.Entry<String, String> file : GenerateManifests.files().entrySet()) {
            assertEquals(file.getValue(), Files.readString(K8S.resolve(file.getKey())), file.getKey() + " was edited by hand or is stale");
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void eachServiceHasADeploymentServiceAutoscalerAndDisruptionBudget(ServiceName service) throws IOException {
        List<HasMetadata> resources = parse(KubernetesManifests.appName(service) + ".yaml");
        assertEquals(Set.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"),
                resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet()));
        resources.forEach(resource -> assertEquals(KubernetesManifests.appName(service), resource.getMetadata().getName()));
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void theDeploymentProbesHealthAndRunsAsNonRootOnAReadOnlyRootFilesystem(ServiceName service) throws IOException {
        Deployment deployment = find(parse(KubernetesManifests.appName(service) + ".yaml"), Deployment.class);
        var pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
        assertTrue(container.getResources().getRequests().containsKey("memory"));
        assertTrue(container.getResources().getLimits().containsKey("memory"));
        assertTrue(container.getVolumeMounts().stream().anyMatch(mount -> mount.getMountPath().equals("/tmp")),
                "a writable /tmp beside the read-only root");
        assertEquals(service.defaultPort(), container.getPorts().get(0).getContainerPort());
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void configurationComesFromReferencesAndNoSecretValueIsCommitted(ServiceName service) throws IOException {
        Container container = find(parse(KubernetesManifests.appName(service) + ".yaml"), Deployment.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(service.id() + "-database", container.getEnvFrom().stream()
                .filter(source -> source.getSecretRef() != null).findFirst().orElseThrow().getSecretRef().getName());
        assertTrue(container.getEnv().stream().noneMatch(variable -> variable.getName().contains("PASSWORD")));
        Set<String> keys = ConfigurationKeys.asEnvironmentVariables(service);
        container.getEnv().forEach(variable -> assertTrue(keys.contains(variable.getName())
                || variable.getName().equals("JAVA_OPTS_APPEND"), variable.getName() + " is not a key " + service.id() + " reads"));
    }

    @Test
    void webhookServiceReadsItsSecretEncryptionKeyFromTheOperatorsSecretNeverFromTheManifest() throws IOException {
        Container container = find(parse(KubernetesManifests.appName(ServiceName.WEBHOOK) + ".yaml"), Deployment.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        var key = container.getEnv().stream().filter(variable -> variable.getName().equals("STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY"))
                .findFirst().orElseThrow();
        assertEquals(null, key.getValue());
        assertEquals(KubernetesManifests.WEBHOOK_SECRET_ENCRYPTION, key.getValueFrom().getSecretKeyRef().getName());
    }

    @Test
    void intakeGathersFhirRecordsFromTheClinicalServicesOnly() throws IOException {
        Container container = find(parse(KubernetesManifests.appName(ServiceName.INTAKE) + ".yaml"), Deployment.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(container.getEnv().stream().noneMatch(variable -> variable.getName().equals("STILLWATER_FHIR_WEBHOOK_URL")));
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void autoscalingStopsAtThePartitionCountWhereMoreConsumersWouldIdle(ServiceName service) throws IOException {
        List<HasMetadata> resources = parse(KubernetesManifests.appName(service) + ".yaml");
        HorizontalPodAutoscaler autoscaler = find(resources, HorizontalPodAutoscaler.class);
        assertEquals(Topics.PARTITIONS, autoscaler.getSpec().getMaxReplicas());
        assertEquals(KubernetesManifests.appName(service), autoscaler.getSpec().getScaleTargetRef().getName());
        assertEquals(1, find(resources, PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal());
        assertEquals("ClusterIP", find(resources, Service.class).getSpec().getType());
    }

    @Test
    void everyTopicIsAStrimziKafkaTopicWithItsPartitions() throws IOException {
        List<HasMetadata> topics = parse("kafka-topics.yaml");
        assertEquals(Set.copyOf(Topics.all()), topics.stream()
                .map(topic -> (String) spec(topic).get("topicName")).collect(Collectors.toSet()));
        topics.forEach(topic -> {
            assertEquals("KafkaTopic", topic.getKind());
            assertEquals(Topics.PARTITIONS, ((Number) spec(topic).get("partitions")).intValue());
        });
    }

    @Test
    void thePlatformConfigMapHoldsOnlyKeysTheServicesRead() throws IOException {
        ConfigMap config = find(parse("platform-config.yaml"), ConfigMap.class);
        for (ServiceName service : ServiceName.values()) {
            Set<String> keys = ConfigurationKeys.asEnvironmentVariables(service);
            config.getData().keySet().forEach(key -> assertTrue(keys.contains(key), key + " is not a key " + service.id() + " reads"));
        }
    }

    private List<HasMetadata> parse(String file) throws IOException {
        String yaml = Files.readString(K8S.resolve(file));
        Object parsed = parser.unmarshal(yaml);
        if (parsed instanceof List<?> list) {
            return list.stream().map(HasMetadata.class::cast).toList();
        }
        return List.of((HasMetadata) parsed);
    }

    private static <T extends HasMetadata> T find(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(HasMetadata resource) {
        return (Map<String, Object>) ((GenericKubernetesResource) resource).getAdditionalProperties().get("spec");
    }
}
