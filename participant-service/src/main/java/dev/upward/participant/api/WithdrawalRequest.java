package dev.upward.participant.api;

import jakarta.validation.constraints.Size;

/** Why a participant leaves; optional, seen by the participant and the programme team. */
public record WithdrawalRequest(@Size(max = 500) String reason) {
}
