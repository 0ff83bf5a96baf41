package dev.upward.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process, its output going to a log file. Stopping sends a
 * signal the server treats as a clean shutdown, then kills it if it does not exit in time.
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final String stopSignal;

    private ManagedProcess(String name, Process process, Path logFile, String stopSignal) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.stopSignal = stopSignal;
    }

    public static ManagedProcess start(String name, List<String> command, Path workDir,
                                       Map<String, String> environment, Path logFile,
                                       String stopSignal) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), logFile, stopSignal);
        } catch (IOException e) {
            throw new PlatformException("could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Fails fast with the tail of the log when the process died during startup. */
    public void checkAlive() {
        if (!process.isAlive()) {
            throw new PlatformException(name + " exited with code " + process.exitValue()
                    + " during startup; last lines of " + logFile + ":\n" + Logs.tail(logFile, 25));
        }
    }

    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        Signals.send(process.pid(), stopSignal);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
