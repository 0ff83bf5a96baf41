package dev.upward.platform;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Unpacks a tar stream once into a cache directory, keeping permissions and symlinks. */
public final class Archives {

    private static final String COMPLETE_MARKER = ".upward-complete";

    private Archives() {
    }

    /**
     * Extracts into {@code target} unless a previous extraction completed. Extraction goes
     * to a sibling directory first and is renamed into place, so an interrupted run never
     * leaves a half-extracted tree that looks complete.
     */
    static Path extractOnce(Path target, String description, Supplier<InputStream> tarStream) {
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        long started = System.nanoTime();
        Console.step("unpacking " + description + " into " + target);
        Path staging = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(tarStream.get())) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    write(staging, tar, entry);
                }
            }
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteRecursively(staging);
            throw new PlatformException("could not unpack " + description + ": " + e.getMessage()
                    + " (is there free disk space under " + target.getParent() + "?)", e);
        }
        Console.done("unpacked " + description, started);
        return target;
    }

    private static void write(Path root, TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
        Path path = root.resolve(stripFirstDirectory(entry.getName())).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry escapes the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.deleteIfExists(path);
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
    }

    /** Distributions wrap everything in one top directory (keycloak-26.x/); PG's archive does not. */
    private static String stripFirstDirectory(String name) {
        if (name.startsWith("keycloak-")) {
            int slash = name.indexOf('/');
            return slash < 0 ? "" : name.substring(slash + 1);
        }
        return name;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return permissions;
    }

    public static void deleteRecursively(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new PlatformException("cannot delete " + p + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new PlatformException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
