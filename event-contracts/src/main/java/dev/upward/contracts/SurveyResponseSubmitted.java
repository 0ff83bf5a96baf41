package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** Someone answered a programme survey; only the fact travels. Key: the response id. */
public record SurveyResponseSubmitted(UUID surveyId, UUID responseId, UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.survey-response.submitted.v1";
}
