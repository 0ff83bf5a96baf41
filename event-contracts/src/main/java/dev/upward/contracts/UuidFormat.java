package dev.upward.contracts;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * The {@code uuid} format of RFC 4122's string form (8-4-4-4-12 hexadecimal digits), checked by
 * hand. The validator's own check is a regular expression; every event carries several ids, and
 * during a rebuild that matching was a visible part of the consumer's time.
 */
final class UuidFormat implements Format {

    private static final int LENGTH = 36;

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public String getMessageKey() {
        return "format.uuid";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isUuid(value);
    }

    static boolean isUuid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!valid) {
                return false;
            }
        }
        return true;
    }
}
