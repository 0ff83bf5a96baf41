package dev.upward.analytics.app;

import dev.upward.analytics.domain.KpiCalculator;
import dev.upward.analytics.domain.ProgramFacts;
import dev.upward.analytics.domain.ProgramKpis;
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

    private static final UUID PROGRAM = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private final KpiCache cache = new KpiCache();
    private final AtomicInteger computations = new AtomicInteger();

    private static ProgramKpis document() {
        return KpiCalculator.compute(new ProgramFacts(new ProgramFacts.Program(PROGRAM, "Empty", "DRAFT", null, null,
                Instant.now()), new ProgramFacts.Enrolment(List.of(), 0, 0, new double[0]),
                new ProgramFacts.Matches(0, 0, 0, 0, 0), List.of(), new ProgramFacts.Sessions(0, 0, 0, 0, 0),
                new ProgramFacts.Ratings(List.of(), 0, 0, 0), new ProgramFacts.FitChecks(0, 0, 0), 0, List.of(),
                List.of(), List.of()), Optional.empty());
    }

    private Uni<ProgramKpis> computed() {
        return Uni.createFrom().item(() -> {
            computations.incrementAndGet();
            return document();
        });
    }

    private static KpiCache.Key key(long program, long shared, LocalDate today) {
        return new KpiCache.Key(new KpiVersions.Version(program, shared), today);
    }

    private ProgramKpis read(KpiCache.Key key) {
        return cache.get(PROGRAM, key, this::computed).await().indefinitely();
    }

    @Test
    void aDocumentIsComputedOnceForAsLongAsItsMarksAndDayStayTheSame() {
        ProgramKpis first = read(key(1, 1, TODAY));
        assertSame(first, read(key(1, 1, TODAY)));
        assertEquals(1, computations.get());

        assertNotSame(first, read(key(2, 1, TODAY)), "the programme changed");
        assertNotSame(first, read(key(2, 3, TODAY)), "an HRIS record or an erasure changed");
        read(key(2, 3, TODAY.plusDays(1))); // the retention window moves with the day
        assertEquals(4, computations.get());
    }

    @Test
    void requestsArrivingDuringAComputationShareIt() {
        AtomicReference<UniEmitter<? super ProgramKpis>> pending = new AtomicReference<>();
        List<ProgramKpis> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cache.get(PROGRAM, key(1, 1, TODAY), () -> Uni.createFrom().emitter(e -> {
                computations.incrementAndGet();
                pending.set(e);
            })).subscribe().with(answers::add);
        }
        ProgramKpis done = document();
        pending.get().complete(done);
        assertEquals(1, computations.get());
        assertEquals(List.of(done, done, done), answers);
    }

    @Test
    void aFailedComputationIsNotKept() {
        KpiCache.Key key = key(1, 1, TODAY);
        Uni<ProgramKpis> failing = Uni.createFrom().failure(new IllegalStateException("database down"));
        assertThrows(IllegalStateException.class, () -> cache.get(PROGRAM, key, () -> failing).await().indefinitely());
        read(key);
        assertEquals(1, computations.get());
    }
}
