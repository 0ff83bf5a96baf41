package dev.upward.analytics.config;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a signed report link (query parameter {@code link}) authenticate a GET of that one
 * programme's report page, and nothing else. Every other request, and a report request without
 * a link, is left to the bearer-token mechanism.
 */
@ApplicationScoped
public class ReportLinkAuthentication implements HttpAuthenticationMechanism {

    public static final String PARAMETER = "link";
    private static final Pattern REPORT = Pattern.compile("^/programs/([0-9a-fA-F-]{36})/report$");

    /** A link presented for a programme's report. */
    public static final class ReportLinkRequest extends BaseAuthenticationRequest {
        private final String link;
        private final UUID programId;

        ReportLinkRequest(String link, UUID programId) {
            this.link = link;
            this.programId = programId;
        }

        public String link() {
            return link;
        }

        public UUID programId() {
            return programId;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String link = context.request().getParam(PARAMETER);
        Matcher report = REPORT.matcher(context.normalizedPath());
        if (link == null || context.request().method() != HttpMethod.GET || !report.matches()) {
            return Uni.createFrom().nullItem();
        }
        UUID programId;
        try {
            programId = UUID.fromString(report.group(1));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new ReportLinkRequest(link, programId), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // the bearer mechanism's challenge is the one to answer with
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ReportLinkRequest.class);
    }
}
