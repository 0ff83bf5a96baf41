package dev.upward.matching.tools;

import dev.upward.matching.domain.solver.Assignment;
import dev.upward.matching.domain.solver.AssignmentSolver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolveCommandTest {

    @Test
    void scoresAreParsedExactlyIntoMillionths() {
        assertEquals(83_500_000, SolveCommand.scoreMicros("83.5", 1));
        assertEquals(100_000_000, SolveCommand.scoreMicros("100", 1));
        assertEquals(1, SolveCommand.scoreMicros("0.0000005", 1));
        assertEquals(250_000, SolveCommand.scoreMicros(".25", 1));
        for (String bad : List.of("100.01", "-1", "1e2", "abc", ".", "1000")) {
            assertThrows(SolveCommand.InvalidInstanceException.class, () -> SolveCommand.scoreMicros(bad, 7), bad);
        }
        assertEquals("83.5", SolveCommand.decimal(83_500_000));
        assertEquals("100", SolveCommand.decimal(100_000_000));
    }

    @Test
    void anInstanceMayListPairsBeforeItsPeopleAndCommentsAreSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("instance.csv");
        Files.writeString(file, "# a comment\npair,m1,e1,70\nmentor,m1,2\nmentee,e1\nmentee,e2\npair,m1,e2,30.5\n");
        SolveCommand.Loaded loaded = SolveCommand.load(file);
        assertEquals(List.of("m1"), loaded.mentorIds());
        assertEquals(List.of("e1", "e2"), loaded.menteeIds());
        Assignment assignment = AssignmentSolver.solve(loaded.instance());
        assertEquals(2, assignment.matched());
        assertEquals(100_500_000L, assignment.totalScoreMicros());
    }

    @Test
    void mistakesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "mentor,m1,1\nmentee,e1\npair,m1,e9,50\n");
        var e = assertThrows(SolveCommand.InvalidInstanceException.class, () -> SolveCommand.load(file));
        assertTrue(e.getMessage().startsWith("line 3: pair names undeclared mentee e9"), e.getMessage());
        Files.writeString(file, "mentor,m1,one\n");
        e = assertThrows(SolveCommand.InvalidInstanceException.class, () -> SolveCommand.load(file));
        assertEquals("line 1: capacity 'one' is not a whole number", e.getMessage());
    }
}
