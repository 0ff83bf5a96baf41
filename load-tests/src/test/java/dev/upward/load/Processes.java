package dev.upward.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The platform's processes, found through the pid files ./upward run keeps in its state directory. */
final class Processes {

    private final Path pids;

    Processes(Path stateDir) {
        this.pids = stateDir.resolve("pids");
    }

    OptionalLong pid(String name) {
        try {
            Path file = pids.resolve(name + ".pid");
            return Files.exists(file) ? OptionalLong.of(Long.parseLong(Files.readString(file).trim())) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    long require(String name) {
        return pid(name).orElseThrow(() -> new IllegalStateException("no pid file for " + name + " in " + pids
                + "; start the platform with ./upward run and the same UPWARD_STATE_DIR"));
    }

    /**
     * Resident set size in MB of the process and its descendants (Keycloak runs under kc.sh,
     * PostgreSQL's backends are children of the postmaster; shared memory counts once per
     * process), or -1 once the process is gone.
     */
    static double treeRssMegabytes(long pid) {
        double own = rssMegabytes(pid);
        if (own < 0) {
            return -1;
        }
        return own + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToDouble(child -> Math.max(0, rssMegabytes(child.pid()))).sum();
    }

    private static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // the process ended between listing and reading
        }
        return -1;
    }

    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
