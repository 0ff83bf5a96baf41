package dev.upward.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses JSON strings that contain the NUL character (U+0000). PostgreSQL cannot store it in
 * text columns, so such a value would fail deep in a transaction; refused while the body is
 * read, it is a clear 400 for a request and a dead letter for an event, and nothing is written.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "text may not contain the NUL character (\\u0000)", value, String.class);
            }
            return value;
        }
    }
}
