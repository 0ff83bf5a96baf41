package dev.upward.platform.tools;

import dev.upward.platform.Artifacts;
import dev.upward.platform.PlatformException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a tool (demo data, benchmarks) in its own JVM with the Kafka client libraries, which
 * the launcher itself does without. Output goes straight to the terminal.
 */
public final class Tools {

    private Tools() {
    }

    public static void run(Class<?> tool, List<String> args) {
        List<String> classpath = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        classpath.addAll(Artifacts.kafkaClasspath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlog4j2.level=warn", "-cp", String.join(File.pathSeparator, classpath), tool.getName()));
        command.addAll(args);
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new PlatformException(tool.getSimpleName() + " failed (exit " + exit + "); see the messages above");
            }
        } catch (IOException e) {
            throw new PlatformException("cannot start " + tool.getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while running " + tool.getSimpleName());
        }
    }
}
