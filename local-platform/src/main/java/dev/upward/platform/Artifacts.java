package dev.upward.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Where the build put the server distributions. Maven resolves them into the local
 * repository, which is the download cache shared by every checkout on the machine.
 */
public final class Artifacts {

    private static final Properties LOCATIONS = load();

    private Artifacts() {
    }

    public static Path postgresBinariesJar() {
        return existing("postgres.binaries.jar");
    }

    public static String postgresVersion() {
        return LOCATIONS.getProperty("postgres.binaries.version");
    }

    public static Path keycloakDistribution() {
        return existing("keycloak.dist");
    }

    public static String keycloakVersion() {
        return LOCATIONS.getProperty("keycloak.version");
    }

    public static String kafkaVersion() {
        return LOCATIONS.getProperty("kafka.version");
    }

    /** The Kafka broker's classpath: jars in the local repository, never on our own classpath. */
    public static List<String> kafkaClasspath() {
        try (InputStream in = Artifacts.class.getResourceAsStream("kafka.classpath")) {
            if (in == null) {
                throw new PlatformException("kafka.classpath missing: rebuild local-platform with ./mvnw -pl local-platform install");
            }
            String classpath = new String(in.readAllBytes()).trim();
            return Arrays.asList(classpath.split(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new PlatformException("cannot read kafka.classpath: " + e.getMessage(), e);
        }
    }

    /** Where extracted distributions are kept between runs, outside any checkout. */
    public static Path cacheDir() {
        String configured = System.getenv("UPWARD_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("upward");
    }

    private static Path existing(String key) {
        String location = LOCATIONS.getProperty(key);
        if (location == null || location.startsWith("${")) {
            throw new PlatformException(key + " is not set: rebuild local-platform with ./mvnw -pl local-platform install");
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new PlatformException(path + " is missing from the local Maven repository: "
                    + "run ./mvnw -pl local-platform install to download it again");
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Artifacts.class.getResourceAsStream("platform-artifacts.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new PlatformException("cannot read platform-artifacts.properties: " + e.getMessage(), e);
        }
        return properties;
    }
}
