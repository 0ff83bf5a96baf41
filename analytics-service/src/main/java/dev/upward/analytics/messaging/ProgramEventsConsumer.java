package dev.upward.analytics.messaging;

import dev.upward.analytics.domain.ProgramKpi;
import dev.upward.analytics.persistence.ProgramKpiRepository;
import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/** Opens a KPI row for each new programme. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramKpiRepository kpis;
    private final Inbox inbox;
    private final Clock clock = Clock.systemUTC();

    public ProgramEventsConsumer(ProgramKpiRepository kpis, Inbox inbox) {
        this.kpis = kpis;
        this.inbox = inbox;
    }

    @Incoming("programs")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(ProgramCreated.TYPE,
                EventHandler.of(ProgramCreated.class, ProgramCreated::validate, this::created)));
    }

    private Uni<Void> created(ProgramCreated event) {
        return Projections.insertIfAbsent(kpis, event.programId(), () -> ProgramKpi.started(event.programId(), event.name(), event.startsOn(),
                event.endsOn(), clock.instant()));
    }
}
