package dev.upward.load;

import java.util.List;
import java.util.Map;

/** Load participants created through Keycloak's admin API: a password, the employee id, the participant role. */
final class KeycloakUsers {

    private static final String ADMIN_API = Endpoints.KEYCLOAK + "/admin/realms/upward";

    private String admin;
    private long adminTokenAt;
    private final Object participantRole;

    KeycloakUsers() {
        participantRole = Http.JSON.convertValue(Http.get(ADMIN_API + "/roles/participant", admin())
                .expect(200, "participant role").json(), Map.class);
    }

    /** Master-realm admin tokens live a minute: fetch a new one well before that. */
    private String admin() {
        if (admin == null || System.currentTimeMillis() - adminTokenAt > 30_000) {
            admin = Http.form(Endpoints.KEYCLOAK + "/realms/master/protocol/openid-connect/token",
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin")
                    .expect(200, "Keycloak master admin token").json().path("access_token").asText();
            adminTokenAt = System.currentTimeMillis();
        }
        return admin;
    }

    void create(String username, String password, String employeeId) {
        String admin = admin();
        Http.post(ADMIN_API + "/users", admin, Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@example.com", "firstName", "Load", "lastName", employeeId,
                        "attributes", Map.of("employeeId", List.of(employeeId)),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .expect(201, "create Keycloak user " + username);
        String id = Http.get(ADMIN_API + "/users?exact=true&username=" + username, admin).expect(200, "find user")
                .json().path(0).path("id").asText();
        Http.post(ADMIN_API + "/users/" + id + "/role-mappings/realm", admin, List.of(participantRole))
                .expect(204, "grant participant to " + username);
    }
}
