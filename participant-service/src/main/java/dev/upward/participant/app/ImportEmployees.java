package dev.upward.participant.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.participant.domain.EmployeeChange;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first load of the employee directory: a file streamed row by row, checked against the
 * same contract as the Kafka events and written in chunks, each in one transaction, with the
 * same version rule (so re-sending a file is harmless). Answers a report with every refused
 * row and why. Blocks: call it from a worker thread.
 */
@ApplicationScoped
public class ImportEmployees {

    static final int CHUNK = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final Logger LOG = Logger.getLogger(ImportEmployees.class);

    private final IngestHrisBatch ingest;
    private final ObjectMapper json;

    public ImportEmployees(IngestHrisBatch ingest, ObjectMapper json) {
        this.ingest = ingest;
        this.json = json;
    }

    public record RowError(long line, String employeeId, String error) {
    }

    /** {@code changed} rows were newer than the directory; {@code unchanged} were not (replays). */
    public record ImportReport(long rows, long accepted, long changed, long unchanged, long rejected,
                         List<RowError> errors, boolean errorsTruncated) {
    }

    /** Reads CSV when {@code csv}, JSON lines otherwise; 400 when the file itself is malformed. */
    public ImportReport from(BufferedReader body, boolean csv) {
        HrisImportRows rows = new HrisImportRows(body, csv, json);
        Counter counter = new Counter();
        List<EmployeeChange> chunk = new ArrayList<>(CHUNK);
        Map<EmployeeChange, Long> lines = new IdentityHashMap<>();
        long lastLine = 0;
        try {
            while (rows.hasNext()) {
                HrisImportRows.Row row = rows.next();
                if (row == null) {
                    break;
                }
                counter.rows++;
                lastLine = row.line();
                EmployeeChange change = read(row, counter);
                if (change != null) {
                    chunk.add(change);
                    lines.put(change, row.line());
                    if (chunk.size() == CHUNK) {
                        write(chunk, lines, counter, lastLine);
                    }
                }
            }
            write(chunk, lines, counter, lastLine);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(400, "malformed-import", "Malformed import", e.getMessage()));
        }
        return new ImportReport(counter.rows, counter.accepted, counter.changed, counter.accepted - counter.changed,
                counter.rejected, counter.errors, counter.rejected > counter.errors.size());
    }

    private EmployeeChange read(HrisImportRows.Row row, Counter counter) {
        String error = row.error();
        if (error == null) {
            try {
                EmployeeChange change = HrisEventReader.read(json.readTree(row.json()));
                counter.accepted++;
                return change;
            } catch (JsonProcessingException e) {
                error = "not JSON: " + e.getOriginalMessage();
            } catch (RuntimeException e) {
                error = e.getMessage();
            }
        }
        counter.reject(new RowError(row.line(), employeeIdOf(row.json()), error));
        return null;
    }

    private void write(List<EmployeeChange> chunk, Map<EmployeeChange, Long> lines, Counter counter, long lastLine) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            IngestHrisBatch.Outcome outcome = ingest.applyIsolatingRefusals(chunk).await().atMost(Duration.ofMinutes(2));
            counter.changed += outcome.changed();
            outcome.refused().forEach((change, why) -> {
                counter.accepted--;
                counter.reject(new RowError(lines.get(change), change.employeeId(), why));
            });
        } catch (RuntimeException e) {
            LOG.error("bulk import stopped at line " + lastLine, e);
            throw new ProblemException(Problem.of(503, "import-interrupted", "Service Unavailable",
                    "the database refused the rows up to line " + lastLine + " (" + e.getMessage() + "); rows before them"
                            + " are imported. Send the file again: rows that are not newer than the directory are skipped."));
        }
        chunk.clear();
        lines.clear();
    }

    private String employeeIdOf(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            var id = json.readTree(payload).get("employeeId");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static final class Counter {
        long rows;
        long accepted;
        long changed;
        long rejected;
        final List<RowError> errors = new ArrayList<>();

        void reject(RowError error) {
            rejected++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(error);
            }
        }
    }
}
