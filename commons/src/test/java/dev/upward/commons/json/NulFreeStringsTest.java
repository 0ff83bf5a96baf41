package dev.upward.commons.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NulFreeStringsTest {

    record Named(String name, List<String> tags) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new NulFreeStrings().customize(mapper);
        return mapper;
    }

    @Test
    void aNulCharacterAnywhereInAStringIsRefused() {
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"name\":\"a\\u0000b\"}", Named.class));
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"name\":\"a\",\"tags\":[\"\\u0000\"]}", Named.class));
    }

    @Test
    void otherUnicodeIsKeptAsItIs() throws Exception {
        Named named = mapper().readValue("{\"name\":\"Zoë 🚀 עברית ﷽\",\"tags\":[\"\\u202Eevil\"]}", Named.class);
        assertEquals("Zoë 🚀 עברית ﷽", named.name());
        assertEquals(List.of("\u202Eevil"), named.tags());
        assertEquals(Map.of("k", "v"), mapper().readValue("{\"k\":\"v\"}", Map.class));
    }
}
