package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static dev.upward.deploy.Manifests.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Probes, ports, hardening and sizing of the service pods. */
class PodsTest {

    static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live");

    static int httpPort(String service) {
        return Integer.parseInt(Manifests.applicationProperties(service).get("quarkus.http.port"));
    }

    @Test
    void theHealthEndpointsExistInEveryService() throws IOException {
        String commons = Files.readString(Manifests.root().resolve("commons/pom.xml"));
        assertTrue(commons.contains("<artifactId>quarkus-smallrye-health</artifactId>"), "commons brings SmallRye Health");
        for (String service : SERVICES) {
            String pom = Files.readString(Manifests.root().resolve(service).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>commons</artifactId>"), service + " depends on commons");
            Map<String, String> properties = Manifests.applicationProperties(service);
            Map<String, String> shared = Manifests.sharedDefaults();
            for (String moved : new String[] {"quarkus.http.root-path", "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.root-path", "quarkus.smallrye-health.liveness-path",
                    "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path",
                    "quarkus.management.enabled"}) {
                assertFalse(properties.containsKey(moved) || shared.containsKey(moved), service + " moves the health endpoints: " + moved);
            }
            assertTrue(Files.readString(Manifests.root().resolve(service).resolve("src/main/docker/Dockerfile.jvm"))
                    .contains("EXPOSE " + httpPort(service)), service + ": the image exposes the HTTP port");
        }
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void probesAndServicesPointAtTheHttpPort(String overlay) {
        for (String service : SERVICES) {
            JsonNode container = Manifests.container(Manifests.require(overlay, "Deployment", service));
            JsonNode port = container.path("ports").path(0);
            assertEquals("http", port.path("name").asText());
            assertEquals(httpPort(service), port.path("containerPort").asInt(), service + " listens on quarkus.http.port");
            PROBES.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertEquals(path, get.path("path").asText(), service + " " + probe);
                assertTrue(get.path("port").asText().equals("http") || get.path("port").asInt() == httpPort(service), service + " " + probe);
            });
            ObjectNode svc = Manifests.require(overlay, "Service", service);
            assertEquals("http", svc.path("spec").path("ports").path(0).path("targetPort").asText());
            assertEquals(service, svc.path("spec").path("selector").path("app.kubernetes.io/name").asText());
            ObjectNode monitor = Manifests.require(overlay, "ServiceMonitor", service);
            assertEquals("/q/metrics", monitor.path("spec").path("endpoints").path(0).path("path").asText());
            assertEquals("http", monitor.path("spec").path("endpoints").path(0).path("port").asText());
            assertEquals(service, svc.path("metadata").path("labels").path("app.kubernetes.io/name").asText(),
                    "the ServiceMonitor selects the Service by its labels");
            assertEquals(service, monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
        }
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void podsRunHardened(String overlay) {
        for (String service : SERVICES) {
            ObjectNode deployment = Manifests.require(overlay, "Deployment", service);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = Manifests.container(deployment);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service);
            assertEquals(185, pod.path("securityContext").path("runAsUser").asInt(), service + " runs as the image's user 185");
            assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
            JsonNode security = container.path("securityContext");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), service);
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), service);
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), service);
            boolean tmpMounted = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    String volume = mount.path("name").asText();
                    for (JsonNode v : pod.path("volumes")) {
                        tmpMounted |= v.path("name").asText().equals(volume) && v.has("emptyDir");
                    }
                }
            }
            assertTrue(tmpMounted, service + ": /tmp is an emptyDir");
            assertTrue(pod.path("topologySpreadConstraints").size() >= 1, service + " spreads its replicas");
            assertTrue(Manifests.require(overlay, "NetworkPolicy", service).path("spec").path("policyTypes").toString().contains("Egress"));
        }
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void memoryFitsTheMeasuredFootprint(String overlay) {
        String javaOptions = Manifests.require(overlay, "ConfigMap", "upward-platform").path("data").path("JAVA_OPTS_APPEND").asText();
        java.util.regex.Matcher xmx = java.util.regex.Pattern.compile("-Xmx(\\d+)m").matcher(javaOptions);
        assertTrue(xmx.find(), "the heap is bounded: " + javaOptions);
        long heapMi = Long.parseLong(xmx.group(1));
        for (String service : SERVICES) {
            JsonNode resources = Manifests.container(Manifests.require(overlay, "Deployment", service)).path("resources");
            long request = mebibytes(resources.path("requests").path("memory").asText());
            long limit = mebibytes(resources.path("limits").path("memory").asText());
            // Measured: about 250 MB resident with -Xmx256m; the limit leaves room for metaspace, threads and buffers.
            assertTrue(request >= 256 && request <= limit, service + " request " + request);
            assertTrue(limit >= heapMi + 192, service + ": limit " + limit + "Mi leaves room beyond the " + heapMi + "Mi heap");
            assertTrue(resources.path("requests").has("cpu"), service);
        }
    }

    /**
     * The image's launcher starts the JVM with the collector option of {@code GC_CONTAINER_OPTIONS}
     * followed by {@code JAVA_OPTS_APPEND}: the JVM refuses two collectors, so only the first may
     * name one. The composed options are handed to a real JVM, which must accept them.
     */
    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void theJvmAcceptsTheComposedOptions(String overlay) throws Exception {
        JsonNode settings = Manifests.require(overlay, "ConfigMap", "upward-platform").path("data");
        String collector = settings.path("GC_CONTAINER_OPTIONS").asText();
        String appended = settings.path("JAVA_OPTS_APPEND").asText();
        java.util.regex.Pattern gcFlag = java.util.regex.Pattern.compile("-XX:\\+Use\\w+GC");
        assertTrue(gcFlag.matcher(collector).find(), overlay + ": GC_CONTAINER_OPTIONS chooses the collector: " + collector);
        assertFalse(gcFlag.matcher(appended).find(), overlay + ": JAVA_OPTS_APPEND names no collector: " + appended);
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.Arrays.asList((collector + " " + appended).trim().split("\\s+")));
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), overlay + ": the JVM refused " + command + ": " + output);
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), quantity);
        return Long.parseLong(quantity.replace("Mi", ""));
    }
}
