package dev.upward.feedback;

import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;

import java.time.Duration;
import java.util.UUID;

/**
 * Sets up what feedback-service learns from other services, through their topics as they
 * would publish it: a programme, two enrolled people and the mentorship between them.
 */
public final class Mentorships {

    public static final String PARTICIPANTS = "upward.participants.v1";
    public static final String MENTORSHIPS = "upward.mentorships.v1";

    /** A mentorship of two users known to the token helper as {@code mentor-<tag>} and {@code mentee-<tag>}. */
    public record Pair(String tag, UUID programId, UUID mentorshipId, UUID matchId, UUID mentorId, UUID menteeId) {

        public String mentorUser() {
            return "mentor-" + tag;
        }

        public String menteeUser() {
            return "mentee-" + tag;
        }

        public String mentorToken() {
            return TestTokens.token(mentorUser(), "participant");
        }

        public String menteeToken() {
            return TestTokens.token(menteeUser(), "participant");
        }

        /** Publishes SessionCompleted and waits until it is stored; answers the session id. */
        public UUID completeSession() {
            UUID sessionId = UUID.randomUUID();
            sendSessionCompleted(sessionId);
            Eventually.assertTrue("session stored", Duration.ofSeconds(30), () -> TestDatabase.count(
                    "select count(*) from completed_session where session_id = ?", sessionId) == 1);
            return sessionId;
        }

        public void sendSessionCompleted(UUID sessionId) {
            KafkaTestClient.sendCloudEvent(MENTORSHIPS, mentorshipId.toString(), "upward.session.completed.v1",
                    "{\"sessionId\":\"" + sessionId + "\",\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\""
                            + programId + "\",\"occurredAt\":\"" + java.time.Instant.now() + "\"}");
        }

        public void sendStarted() {
            KafkaTestClient.sendCloudEvent(MENTORSHIPS, mentorshipId.toString(), "upward.mentorship.started.v1",
                    "{\"mentorshipId\":\"" + mentorshipId + "\",\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId
                            + "\",\"mentorParticipantId\":\"" + mentorId + "\",\"menteeParticipantId\":\"" + menteeId
                            + "\",\"plannedEnd\":null,\"occurredAt\":\"" + java.time.Instant.now() + "\"}");
        }
    }

    private Mentorships() {
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Enrols {@code user} as participant-service would; answers the participant id. */
    public static UUID enrol(UUID programId, String user, String role) {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(PARTICIPANTS, id.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + id + "\",\"programId\":\"" + programId + "\",\"employeeId\":\""
                        + TestTokens.employeeIdOf(user) + "\",\"role\":\"" + role + "\",\"occurredAt\":\"2027-01-05T00:00:00Z\"}");
        return id;
    }

    /** Both members enrolled and the mentorship started, all of it stored. */
    public static Pair started(UUID programId) {
        Pair pair = unannounced(programId);
        pair.sendStarted();
        awaitKnown(pair);
        return pair;
    }

    /** Both members enrolled; the mentorship is not announced yet. */
    public static Pair unannounced(UUID programId) {
        String tag = tag();
        UUID mentor = enrol(programId, "mentor-" + tag, "MENTOR");
        UUID mentee = enrol(programId, "mentee-" + tag, "MENTEE");
        Eventually.assertTrue("members known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id in (?, ?)", mentor, mentee) == 2);
        return new Pair(tag, programId, UUID.randomUUID(), UUID.randomUUID(), mentor, mentee);
    }

    public static void awaitKnown(Pair pair) {
        Eventually.assertTrue("mentorship known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from mentorship_ref where mentorship_id = ?", pair.mentorshipId()) == 1);
    }

    public static UUID programme() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", id.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + id + "\",\"name\":\"Feedback\",\"status\":\"DRAFT\",\"startsOn\":\"2027-01-04\","
                        + "\"endsOn\":\"2027-06-30\",\"occurredAt\":\"2027-01-01T00:00:00Z\"}");
        Eventually.assertTrue("programme known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from program_ref where program_id = ?", id) == 1);
        return id;
    }
}
