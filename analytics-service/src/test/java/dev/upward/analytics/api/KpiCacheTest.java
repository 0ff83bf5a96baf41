package dev.upward.analytics.api;

import dev.upward.analytics.domain.KpiCalculator;
import dev.upward.analytics.domain.ProgrammeFacts;
import dev.upward.analytics.domain.ProgrammeKpis;
import dev.upward.analytics.persistence.KpiVersions;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KpiCacheTest {

    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private final KpiCache cache = new KpiCache();
    private final AtomicInteger computations = new AtomicInteger();

    private static ProgrammeKpis document() {
        return KpiCalculator.compute(new ProgrammeFacts(new ProgrammeFacts.Programme(PROGRAMME, "Empty", "DRAFT", null, null,
                Instant.now()), new ProgrammeFacts.Enrolment(List.of(), 0, 0, new double[0]),
                new ProgrammeFacts.Matches(0, 0, 0, 0, 0), List.of(), new ProgrammeFacts.Sessions(0, 0, 0, 0, 0),
                new ProgrammeFacts.Ratings(List.of(), 0, 0, 0), new ProgrammeFacts.FitChecks(0, 0, 0), 0, List.of(),
                List.of(), List.of()), Optional.empty());
    }

    private Uni<ProgrammeKpis> computed() {
        return Uni.createFrom().item(() -> {
            computations.incrementAndGet();
            return document();
        });
    }

    private static KpiCache.Key key(long programme, long shared, LocalDate today) {
        return new KpiCache.Key(new KpiVersions.Version(programme, shared), today);
    }

    private ProgrammeKpis read(KpiCache.Key key) {
        return cache.get(PROGRAMME, key, this::computed).await().indefinitely();
    }

    @Test
    void aDocumentIsComputedOnceForAsLongAsItsMarksAndDayStayTheSame() {
        ProgrammeKpis first = read(key(1, 1, TODAY));
        assertSame(first, read(key(1, 1, TODAY)));
        assertEquals(1, computations.get());

        assertNotSame(first, read(key(2, 1, TODAY)), "the programme changed");
        assertNotSame(first, read(key(2, 3, TODAY)), "an HRIS record or an erasure changed");
        read(key(2, 3, TODAY.plusDays(1))); // the retention window moves with the day
        assertEquals(4, computations.get());
    }

    @Test
    void requestsArrivingDuringAComputationShareIt() {
        AtomicReference<UniEmitter<? super ProgrammeKpis>> pending = new AtomicReference<>();
        List<ProgrammeKpis> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cache.get(PROGRAMME, key(1, 1, TODAY), () -> Uni.createFrom().emitter(e -> {
                computations.incrementAndGet();
                pending.set(e);
            })).subscribe().with(answers::add);
        }
        ProgrammeKpis done = document();
        pending.get().complete(done);
        assertEquals(1, computations.get());
        assertEquals(List.of(done, done, done), answers);
    }

    @Test
    void aFailedComputationIsNotKept() {
        KpiCache.Key key = key(1, 1, TODAY);
        Uni<ProgrammeKpis> failing = Uni.createFrom().failure(new IllegalStateException("database down"));
        assertThrows(IllegalStateException.class, () -> cache.get(PROGRAMME, key, () -> failing).await().indefinitely());
        read(key);
        assertEquals(1, computations.get());
    }
}
