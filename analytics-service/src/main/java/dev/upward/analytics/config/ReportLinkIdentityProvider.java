package dev.upward.analytics.config;

import dev.upward.analytics.config.ReportLinkAuthentication.ReportLinkRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Turns a valid report link into an identity with the issuer's role, bound to the linked programme. */
@ApplicationScoped
public class ReportLinkIdentityProvider implements IdentityProvider<ReportLinkRequest> {

    public static final String PROGRAM_ATTRIBUTE = "upward.report-programme";

    private final ReportLinks links;
    private final Clock clock;

    public ReportLinkIdentityProvider(ReportLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Class<ReportLinkRequest> getRequestType() {
        return ReportLinkRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ReportLinkRequest request, AuthenticationRequestContext context) {
        return links.verify(request.link(), request.programId(), clock.instant())
                .<Uni<SecurityIdentity>>map(grant -> Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("report-link:" + grant.issuedTo()))
                        .addRole(grant.role())
                        .addAttribute(PROGRAM_ATTRIBUTE, grant.programId())
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("invalid or expired report link")));
    }
}
