package dev.upward.participant.api;

import jakarta.validation.constraints.Size;

/** Why a participant leaves; optional and visible to the programme team only. */
public record WithdrawalRequest(@Size(max = 500) String reason) {
}
