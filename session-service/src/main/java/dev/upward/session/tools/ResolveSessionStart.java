package dev.upward.session.tools;

import dev.upward.session.domain.SessionRuleException;
import dev.upward.session.domain.SessionTime;

import java.time.ZoneId;

/**
 * Reads a session start the way the service does, for answering "why was my time refused?"
 * without a running service: {@code ResolveSessionStart 2027-03-28T02:30 Europe/Berlin}
 * prints the instant, or the scheduling rule the start breaks (such as {@code time-zone-gap}).
 */
public final class ResolveSessionStart {

    private ResolveSessionStart() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ResolveSessionStart <startsAt> [<IANA time zone>]");
            System.exit(2);
        }
        try {
            SessionTime.Planned planned = SessionTime.plan(args[0], args.length == 2 ? args[1] : null, null);
            ZoneId zone = planned.zone();
            System.out.println(planned.start() + " (" + planned.start().atZone(zone).toOffsetDateTime() + " in " + zone + ")");
        } catch (SessionRuleException e) {
            System.out.println("refused, rule " + e.rule() + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
