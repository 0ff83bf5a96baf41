package dev.upward.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which operating-system user runs PostgreSQL. Normally the current user; under root an
 * unprivileged account ({@code postgres} if the machine has one, else {@code nobody}),
 * because PostgreSQL refuses to run with root privileges.
 */
final class RunAs {

    private final String user;
    private final String group;

    private RunAs(String user, String group) {
        this.user = user;
        this.group = group;
    }

    static RunAs forPostgres() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new RunAs(null, null);
        }
        if (accountExists("postgres")) {
            return new RunAs("postgres", primaryGroup("postgres"));
        }
        return new RunAs("nobody", primaryGroup("nobody"));
    }

    List<String> prefix() {
        if (user == null) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--");
    }

    /** Hands a directory or file to the server's user; owner-only access as PostgreSQL demands. */
    void own(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
        if (user == null) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(ownerGroup);
    }

    /** The binaries are unpacked by the current user and must be usable by the server's user. */
    static void makeReadableByAll(Path home) {
        try (Stream<Path> walk = Files.walk(home)) {
            walk.filter(Files::isDirectory).forEach(dir -> {
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (IOException e) {
                    throw new PlatformException("cannot set permissions on " + dir + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new PlatformException("cannot walk " + home + ": " + e.getMessage(), e);
        }
    }

    private static boolean accountExists(String name) {
        return run("id", "-u", name) != null;
    }

    private static String primaryGroup(String name) {
        String group = run("id", "-gn", name);
        return group == null ? "nogroup" : group;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
