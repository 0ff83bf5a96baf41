package dev.upward.matching.domain;

/** proposed → accepted | declined | expired; accepted → ended. */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED, EXPIRED, ENDED
}
