package dev.upward.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers the processes the platform started, so a later {@code stop} or a restart after a
 * crashed launcher can find and end them. Only processes still alive are signalled.
 */
final class PidFiles {

    private final Path dir;

    PidFiles(Path dir) {
        this.dir = dir;
    }

    void write(String name, long pid) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new PlatformException("cannot write pid file in " + dir + ": " + e.getMessage(), e);
        }
    }

    Optional<Long> read(String name) {
        Path file = dir.resolve(name + ".pid");
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Ends processes a previous launcher started but could not stop (it was killed, say). */
    void killLeftovers() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replace(".pid", "");
                read(name).flatMap(ProcessHandle::of)
                        .filter(handle -> handle.pid() != ProcessHandle.current().pid())
                        .filter(ProcessHandle::isAlive)
                        .filter(PidFiles::looksLikeOurs)
                        .ifPresent(handle -> {
                            Console.info("ending leftover " + name + " (pid " + handle.pid() + ")");
                            handle.descendants().forEach(ProcessHandle::destroyForcibly);
                            handle.destroyForcibly();
                            handle.onExit().join();
                        });
                deleteQuietly(file);
            });
        } catch (IOException e) {
            throw new PlatformException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Guards against a recycled pid: only Java, PostgreSQL and shell launchers are ours. */
    private static boolean looksLikeOurs(ProcessHandle handle) {
        String command = handle.info().command().orElse("");
        return command.endsWith("java") || command.endsWith("postgres") || command.endsWith("sh")
                || command.endsWith("setpriv");
    }

    void clear() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(PidFiles::deleteQuietly);
        } catch (IOException e) {
            // nothing to clean then
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale pid file is re-checked against a live process before use
        }
    }
}
