package dev.upward.analytics.messaging;

import dev.upward.analytics.domain.ProgramKpi;
import dev.upward.analytics.persistence.ProgramKpiRepository;
import dev.upward.commons.messaging.EventPayloads;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ProgramCreated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;

/** Opens a KPI row for each new programme. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final ProgramKpiRepository kpis;
    private final EventPayloads payloads;
    private final Clock clock = Clock.systemUTC();

    public ProgramEventsConsumer(ProgramKpiRepository kpis, EventPayloads payloads) {
        this.kpis = kpis;
        this.payloads = payloads;
    }

    @Incoming("programs")
    public Uni<Void> consume(String payload) {
        ProgramCreated event = payloads.read(payload, ProgramCreated.class, ProgramCreated::validate);
        return Projections.insertIfAbsent(kpis, event.programId(), () -> ProgramKpi.started(event.programId(), event.name(), event.startsOn(),
                event.endsOn(), clock.instant()));
    }
}
