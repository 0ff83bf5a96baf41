package dev.upward.matching.app;

import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.domain.scoring.PairEvaluation;

/** One possible partner for a participant and how the pair scores. */
public record PartnerOption(ParticipantRef other, PairEvaluation evaluation) {
}
