package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A programme's survey at one milestone, defined by the programme team. Its items are stored as JSON text. */
@Entity
@Table(name = "survey")
public class Survey {

    public enum Milestone {
        MID, END
    }

    @Id
    private UUID id;
    private UUID programId;
    @Enumerated(EnumType.STRING)
    private Milestone milestone;
    private String title;
    private List<SurveyItem> items;
    private Instant createdAt;

    protected Survey() {
        // for Hibernate
    }

    public static Survey define(UUID programId, Milestone milestone, String title, List<SurveyItem> items, Instant now) {
        List<SurveyItem> checked = KeyedList.check(items, 30, SurveyItem::key, "a survey has 1 to 30 items",
                key -> "item key '" + key + "' is used twice");
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.programId = programId;
        survey.milestone = milestone;
        survey.title = title;
        survey.items = checked;
        survey.createdAt = now;
        return survey;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public Milestone milestone() {
        return milestone;
    }

    public String title() {
        return title;
    }

    public List<SurveyItem> items() {
        return items;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
