package dev.upward.load;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every write the platform acknowledged during the run (a 201 to the client, an ack from the
 * broker), kept so that afterwards each one can be looked for in every service it should reach.
 */
final class Ledger {

    /** session id → the member who scheduled it */
    final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** feedback id → its author */
    final Map<String, String> feedback = new ConcurrentHashMap<>();
    final Set<String> hiredEmployees = ConcurrentHashMap.newKeySet();
}
