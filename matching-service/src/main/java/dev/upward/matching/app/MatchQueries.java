package dev.upward.matching.app;

import dev.upward.commons.security.Caller;
import dev.upward.matching.persistence.MatchRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The caller's own matches. */
@ApplicationScoped
public class MatchQueries {

    private final MatchRepository matches;
    private final Caller caller;

    public MatchQueries(MatchRepository matches, Caller caller) {
        this.matches = matches;
        this.caller = caller;
    }

    /** Newest first. */
    @WithSession
    public Uni<List<SidedMatch>> mine() {
        String me = caller.requireEmployeeId();
        return matches.ofEmployee(me).map(list -> list.stream().map(m -> new SidedMatch(m, m.sideOf(me))).toList());
    }
}
