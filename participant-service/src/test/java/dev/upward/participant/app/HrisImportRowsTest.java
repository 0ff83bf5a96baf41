package dev.upward.participant.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HrisImportRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<HrisImportRows.Row> read(String text, boolean csv) {
        HrisImportRows rows = new HrisImportRows(new BufferedReader(new StringReader(text)), csv, JSON);
        List<HrisImportRows.Row> all = new ArrayList<>();
        while (rows.hasNext()) {
            HrisImportRows.Row row = rows.next();
            if (row != null) {
                all.add(row);
            }
        }
        return all;
    }

    @Test
    void csvRowsBecomeHrisEventsWithTypedFields() throws Exception {
        List<HrisImportRows.Row> rows = read("\uFEFFemployeeId,email,givenName,familyName,department,jobLevel,languages,hrisVersion\n"
                + "E1,e1@example.com,Ada,\"Lovelace, Countess\",Data,3,en;fr,7\n\n", true);
        assertEquals(1, rows.size());
        var event = JSON.readTree(rows.get(0).json());
        assertEquals("EmployeeHired", event.get("eventType").asText());
        assertEquals("Lovelace, Countess", event.get("familyName").asText());
        assertEquals(3, event.get("jobLevel").asInt());
        assertEquals(7L, event.get("hrisVersion").asLong());
        assertEquals(2, event.get("languages").size());
        assertEquals(2, rows.get(0).line());
    }

    @Test
    void badCsvRowsCarryTheirLineAndReason() {
        List<HrisImportRows.Row> rows = read("employeeId,jobLevel,hrisVersion\nE1,three,1\nE2,\"open,1\nE3,1\n", true);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).error().contains("jobLevel must be a whole number"), rows.get(0).error());
        assertEquals("a quoted field is not closed", rows.get(1).error());
        assertEquals(3, rows.get(1).line());
        assertTrue(rows.get(2).error().contains("has 2 fields"), rows.get(2).error());
        assertNull(rows.get(2).json());
    }

    @Test
    void quotesInsideQuotedFieldsAreDoubled() {
        assertEquals(List.of("a \"b\"", "c"), HrisImportRows.split("\"a \"\"b\"\"\",c"));
    }

    @Test
    void aCsvWithoutAHeaderIsRefusedAsAWhole() {
        assertThrows(IllegalArgumentException.class, () -> read("E1,e1@example.com\n", true));
    }

    @Test
    void jsonLinesAreHandedOnAsTheyAre() {
        List<HrisImportRows.Row> rows = read("{\"a\":1}\n\n{broken\n", false);
        assertEquals(List.of("{\"a\":1}", "{broken"), rows.stream().map(HrisImportRows.Row::json).toList());
        assertEquals(3, rows.get(1).line());
    }
}
