package dev.upward.matching.domain;

/** proposed → accepted | declined | expired; proposed or accepted → ended when someone leaves. */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED, EXPIRED, ENDED
}
