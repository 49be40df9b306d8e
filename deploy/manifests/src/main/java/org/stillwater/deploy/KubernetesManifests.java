package org.stillwater.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.service.ServiceName;

/**
 * The Kubernetes resources of the platform, built from the services (name, port) and the topics of the
 * event contracts, so they cannot drift from the code. Written to deploy/k8s by {@link GenerateManifests}.
 */
public final class KubernetesManifests {

    public static final String PART_OF = "stillwater";
    public static final String PLATFORM_CONFIG_MAP = "stillwater-platform";
    public static final String IMAGE_GROUP = "stillwater";
    public static final String VERSION = "1.0.0-SNAPSHOT";
    /** The user the Quarkus (UBI OpenJDK) images run as. */
    public static final long APP_USER = 185;
    public static final int MIN_REPLICAS = 2;
    /** More consumers than a topic's partitions would sit idle: the partition count caps useful replicas. */
    public static final int MAX_REPLICAS = Topics.PARTITIONS;
    public static final String STRIMZI_CLUSTER = "stillwater";

    private KubernetesManifests() {
    }

    public static String appName(ServiceName service) {
        return service.id() + "-service";
    }

    /** Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget of one service. */
    public static List<HasMetadata> forService(ServiceName service) {
        return List.of(deployment(service), service(service), autoscaler(service), disruptionBudget(service));
    }

    /** Non-secret settings every service reads; the values are examples to adapt to the cluster. */
    public static ConfigMap platformConfig() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("KAFKA_BOOTSTRAP_SERVERS", STRIMZI_CLUSTER + "-kafka-bootstrap:9092");
        data.put("QUARKUS_OIDC_AUTH_SERVER_URL", "https://keycloak.example.org/realms/stillwater");
        data.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        data.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://otel-collector.observability:4317");
        return new ConfigMapBuilder()
                .withNewMetadata().withName(PLATFORM_CONFIG_MAP).withLabels(sorted("app.kubernetes.io/part-of", PART_OF)).endMetadata()
                .withData(data)
                .build();
    }

    /** One Strimzi KafkaTopic per topic: the partition count is the consumer parallelism an operator can scale to. */
    public static List<GenericKubernetesResource> kafkaTopics() {
        return Topics.all().stream().map(topic -> new GenericKubernetesResourceBuilder()
                        .withApiVersion("kafka.strimzi.io/v1beta2")
                        .withKind("KafkaTopic")
                        .withNewMetadata()
                        .withName(topic.replace('.', '-'))
                        .withLabels(sorted("strimzi.io/cluster", STRIMZI_CLUSTER, "app.kubernetes.io/part-of", PART_OF))
                        .endMetadata()
                        .withAdditionalProperties(sorted("spec", sorted(
                                "topicName", topic,
                                "partitions", Topics.PARTITIONS,
                                "replicas", 3,
                                "config", sorted("min.insync.replicas", "2", "cleanup.policy", "delete",
                                        "retention.ms", String.valueOf(topic.endsWith(".dlq") ? 30L * 86_400_000 : 14L * 86_400_000)))))
                        .build())
                .toList();
    }

    static Map<String, String> labels(ServiceName service) {
        return sorted("app.kubernetes.io/name", appName(service), "app.kubernetes.io/part-of", PART_OF);
    }

    /** Maps in a fixed order, so the generated files only change when the resources do. */
    private static <V> Map<String, V> sorted(Object... keysAndValues) {
        Map<String, V> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return map;
    }

    private static Deployment deployment(ServiceName service) {
        String name = appName(service);
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withLabels(labels(service)).endMetadata()
                .withNewSpec()
                .withReplicas(MIN_REPLICAS)
                .withNewSelector().withMatchLabels(sorted("app.kubernetes.io/name", name)).endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(labels(service))
                .withAnnotations(sorted("prometheus.io/scrape", "true", "prometheus.io/path", "/q/metrics",
                        "prometheus.io/port", String.valueOf(service.defaultPort())))
                .endMetadata()
                .withNewSpec()
                .withNewSecurityContext()
                .withRunAsNonRoot(true).withRunAsUser(APP_USER).withRunAsGroup(APP_USER).withFsGroup(APP_USER)
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                .endSecurityContext()
                .addNewContainer()
                .withName(name)
                .withImage(IMAGE_GROUP + "/" + name + ":" + VERSION)
                .addNewPort().withName("http").withContainerPort(service.defaultPort()).withProtocol("TCP").endPort()
                // Bound to the pod's own address: reachable by the Service and the probes, not every interface.
                .addNewEnv().withName("QUARKUS_HTTP_HOST").withNewValueFrom().withNewFieldRef().withFieldPath("status.podIP").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("QUARKUS_HTTP_PORT").withValue(String.valueOf(service.defaultPort())).endEnv()
                .addNewEnv().withName("JAVA_OPTS_APPEND").withValue("-XX:MaxRAMPercentage=75").endEnv()
                .addAllToEnv(fhirSources(service))
                .addAllToEnv(secretKeys(service))
                .addNewEnvFrom().withNewConfigMapRef().withName(PLATFORM_CONFIG_MAP).endConfigMapRef().endEnvFrom()
                // QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD: created by the operator, never committed.
                .addNewEnvFrom().withNewSecretRef().withName(service.id() + "-database").endSecretRef().endEnvFrom()
                .withReadinessProbe(probe("/q/health/ready", service, 5, 3))
                .withLivenessProbe(probe("/q/health/live", service, 10, 3))
                .withStartupProbe(probe("/q/health/started", service, 2, 60))
                .withNewResources()
                .withRequests(sorted("cpu", new Quantity("250m"), "memory", new Quantity("256Mi")))
                .withLimits(sorted("cpu", new Quantity("1"), "memory", new Quantity("512Mi")))
                .endResources()
                .withNewSecurityContext()
                .withReadOnlyRootFilesystem(true).withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .endSecurityContext()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /** intake-service's {@code Patient/{id}/$everything} reads the other services' FHIR searches at their Services. */
    private static List<EnvVar> fhirSources(ServiceName service) {
        if (service != ServiceName.INTAKE) {
            return List.of();
        }
        return Arrays.stream(ServiceName.values()).filter(other -> other != ServiceName.INTAKE && other.servesFhir())
                .map(other -> new EnvVarBuilder().withName("STILLWATER_FHIR_" + other.id().toUpperCase(Locale.ROOT) + "_URL")
                        .withValue("http://" + appName(other) + ":" + other.defaultPort() + "/fhir/r4").build())
                .toList();
    }

    /** The Secret (created by the operator, never committed) holding the key that encrypts webhook signing secrets at rest. */
    public static final String WEBHOOK_SECRET_ENCRYPTION = "webhook-secret-encryption";

    /**
     * webhook-service's key for its signing secrets at rest (base64 of 32 bytes), from the operator's Secret
     * {@value #WEBHOOK_SECRET_ENCRYPTION}, key {@code key}: required in prod, so a missing Secret keeps the pod from starting.
     */
    private static List<EnvVar> secretKeys(ServiceName service) {
        if (service != ServiceName.WEBHOOK) {
            return List.of();
        }
        return List.of(new EnvVarBuilder().withName("STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY")
                .withNewValueFrom().withNewSecretKeyRef().withName(WEBHOOK_SECRET_ENCRYPTION).withKey("key").endSecretKeyRef().endValueFrom()
                .build());
    }

    private static Probe probe(String path, ServiceName service, int periodSeconds, int failureThreshold) {
        return new ProbeBuilder()
                .withNewHttpGet().withPath(path).withPort(new IntOrString("http")).withScheme("HTTP").endHttpGet()
                .withPeriodSeconds(periodSeconds)
                .withTimeoutSeconds(2)
                .withFailureThreshold(failureThreshold)
                .build();
    }

    private static Service service(ServiceName service) {
        return new ServiceBuilder()
                .withNewMetadata().withName(appName(service)).withLabels(labels(service)).endMetadata()
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(sorted("app.kubernetes.io/name", appName(service)))
                .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString("http")).withProtocol("TCP").endPort()
                .endSpec()
                .build();
    }

    private static HorizontalPodAutoscaler autoscaler(ServiceName service) {
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(appName(service)).withLabels(labels(service)).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(appName(service)).endScaleTargetRef()
                .withMinReplicas(MIN_REPLICAS)
                .withMaxReplicas(MAX_REPLICAS)
                .addNewMetric().withType("Resource")
                .withNewResource().withName("cpu").withNewTarget().withType("Utilization").withAverageUtilization(70).endTarget().endResource()
                .endMetric()
                .endSpec()
                .build();
    }

    private static PodDisruptionBudget disruptionBudget(ServiceName service) {
        return new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName(appName(service)).withLabels(labels(service)).endMetadata()
                .withNewSpec()
                .withMinAvailable(new IntOrString(1))
                .withNewSelector().withMatchLabels(sorted("app.kubernetes.io/name", appName(service))).endSelector()
                .endSpec()
                .build();
    }
}
