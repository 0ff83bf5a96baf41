package dev.upward.participant.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a bulk import one line at a time, so a file of any size needs memory for one line
 * only. JSON lines: one HRIS event object per line. CSV: a header naming the event's fields
 * (any order, {@code eventType} optional and defaulting to EmployeeHired), then one employee
 * per line; {@code languages} is a {@code ;}-separated list; fields may be quoted with
 * {@code "}, a doubled quote escapes one. Each row becomes the JSON payload of an HRIS event,
 * which the caller checks against the contract exactly as if it had come through Kafka.
 */
public final class HrisImportRows implements Iterator<HrisImportRows.Row> {

    /** One data row: its line number and either the event JSON or why it could not be read. */
    public record Row(long line, String json, String error) {
    }

    private static final Set<String> INTEGER_FIELDS = Set.of("jobLevel", "hrisVersion");

    private final BufferedReader reader;
    private final boolean csv;
    private final ObjectMapper mapper;
    private List<String> header;
    private long lineNumber;
    private String pending;

    public HrisImportRows(BufferedReader reader, boolean csv, ObjectMapper mapper) {
        this.reader = reader;
        this.csv = csv;
        this.mapper = mapper;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            String line = readLine();
            if (line == null) {
                return false;
            }
            if (!line.isBlank()) {
                pending = line;
            }
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = pending;
        pending = null;
        if (!csv) {
            return new Row(lineNumber, line, null);
        }
        if (header == null) {
            header = split(line);
            if (!header.contains("employeeId")) {
                throw new IllegalArgumentException("line 1 must be a CSV header naming the fields, e.g. "
                        + "eventType,employeeId,email,givenName,familyName,department,jobLevel,hrisVersion");
            }
            return hasNext() ? next() : null;
        }
        return toJson(line);
    }

    private Row toJson(String line) {
        List<String> values;
        try {
            values = split(line);
        } catch (IllegalArgumentException e) {
            return new Row(lineNumber, null, e.getMessage());
        }
        if (values.size() != header.size()) {
            return new Row(lineNumber, null, "has " + values.size() + " fields, the header has " + header.size());
        }
        ObjectNode event = mapper.createObjectNode();
        event.put("eventType", "EmployeeHired");
        for (int i = 0; i < header.size(); i++) {
            String field = header.get(i);
            String value = values.get(i);
            if (value.isEmpty()) {
                continue;
            }
            if (field.equals("languages")) {
                ArrayNode languages = event.putArray("languages");
                for (String language : value.split(";")) {
                    languages.add(language.strip());
                }
            } else if (INTEGER_FIELDS.contains(field)) {
                try {
                    event.put(field, Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    return new Row(lineNumber, null, field + " must be a whole number, not '" + value + "'");
                }
            } else {
                event.put(field, value);
            }
        }
        return new Row(lineNumber, event.toString(), null);
    }

    /** Splits one CSV line, honouring quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1); // byte-order mark written by spreadsheet tools
                }
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }
}
