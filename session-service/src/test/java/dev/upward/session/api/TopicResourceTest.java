package dev.upward.session.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class TopicResourceTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");
    private static final String NEW_TOPIC = "{\"slug\":\"quantum-basics\",\"title\":\"Quantum basics\","
            + "\"description\":\"What it is and is not\",\"suggestedQuestions\":[\"Where would it matter to us?\"]}";

    @Test
    void theSeededLibraryCoversTheReverseMentoringThemes() {
        given().auth().oauth2(TestTokens.token("maya", "participant"))
                .when().get("/topics").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(8))
                .body("slug", hasItems("digital-tools", "social-media", "ai", "dei-lived-experience",
                        "remote-hybrid", "sustainability"))
                .body("find { it.slug == 'ai' }.suggestedQuestions.size()", equalTo(2));
    }

    @Test
    void anAdminAddsATopicOnceAndADuplicateSlugIsA409() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(NEW_TOPIC)
                .when().post("/topics").then().statusCode(201).body("slug", equalTo("quantum-basics"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(NEW_TOPIC)
                .when().post("/topics").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aParticipantCannotEditTheLibrary() {
        given().auth().oauth2(TestTokens.token("maya", "participant")).contentType(ContentType.JSON)
                .body(NEW_TOPIC.replace("quantum-basics", "other"))
                .when().post("/topics").then().statusCode(403);
    }

    @Test
    void aBadSlugIsA400Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(NEW_TOPIC.replace("quantum-basics", "Not A Slug!"))
                .when().post("/topics").then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }
}
