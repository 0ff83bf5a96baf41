package dev.upward.participant.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class EmployeeImportTest {

    private static final String CONNECTOR = TestTokens.token("hris", "hris-connector");

    @Test
    void aCsvImportWritesTheGoodRowsWhollyAndReportsEachBadOne() {
        String tag = "E-csv-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "employeeId,email,givenName,familyName,department,jobLevel,managerId,languages,hireDate,hrisVersion\n"
                + tag + "-1,a@example.com,Ada,Lovelace,Data,3,,en;de,2024-02-01,1\n"
                + tag + "-2,not-an-email,Bob,Builder,Data,3,,en,,1\n"
                + tag + "-3,c@example.com,Cy,\"Quoted, Name\",Sales,12," + tag + "-1,en,,1\n"
                + tag + "-4,d@example.com,Di,Doe,Sales,forty,,en,,1\n"
                + tag + "-5,e@example.com,Ed,Eel,Sales,99,,en,,1\n";
        given().auth().oauth2(CONNECTOR).contentType("text/csv").body(csv)
                .post("/employees/import").then().statusCode(200)
                .body("rows", equalTo(5))
                .body("accepted", equalTo(2))
                .body("changed", equalTo(2))
                .body("rejected", equalTo(3))
                .body("errors.line", contains(3, 5, 6))
                .body("errors[0].employeeId", equalTo(tag + "-2"))
                .body("errors[0].error", containsString("email"))
                .body("errors[1].error", containsString("jobLevel must be a whole number"));
        assertEquals(2, TestDatabase.count("select count(*) from employee where employee_id like ?", tag + "%"));
        assertEquals(1, TestDatabase.count("select count(*) from employee where employee_id = ? and family_name = 'Quoted, Name'"
                + " and manager_id = ?", tag + "-3", tag + "-1"));

        // sending the same file again changes nothing
        given().auth().oauth2(CONNECTOR).contentType("text/csv").body(csv)
                .post("/employees/import").then().statusCode(200)
                .body("changed", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void jsonLinesAreImportedWithTheSameContract() {
        String id = "E-ndjson-" + UUID.randomUUID().toString().substring(0, 6);
        String lines = "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + id + "\",\"email\":\"x@example.com\","
                + "\"givenName\":\"X\",\"familyName\":\"Y\",\"hrisVersion\":4}\n{oops\n"
                + "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + id + "-nul\",\"email\":\"z@example.com\","
                + "\"givenName\":\"Z\\u0000\",\"familyName\":\"Y\",\"hrisVersion\":1}\n";
        given().auth().oauth2(CONNECTOR).contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/employees/import").then().statusCode(200)
                .body("changed", equalTo(1)).body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("errors[0].line", equalTo(2)).body("errors[0].error", containsString("not JSON"))
                .body("errors[1].line", equalTo(3)).body("errors[1].error", containsString("refused by the database"));
    }

    @Test
    void onlyTheHrisConnectorImportsAndAHeaderlessCsvIsA400() {
        given().auth().oauth2(TestTokens.token("hannah", "program-admin")).contentType("text/csv").body("employeeId\n")
                .post("/employees/import").then().statusCode(403);
        given().auth().oauth2(CONNECTOR).contentType("text/csv").body("E1,a@example.com\n")
                .post("/employees/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(CONNECTOR).contentType("application/xml").body("<x/>")
                .post("/employees/import").then().statusCode(415).contentType("application/problem+json");
    }
}
