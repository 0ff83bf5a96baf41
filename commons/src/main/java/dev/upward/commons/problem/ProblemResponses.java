package dev.upward.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Renders a {@link Problem} as a response. The body is serialised here rather than left to
 * content negotiation so that every error has the same media type whatever the request's
 * Accept header says.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response render(Problem problem, UriInfo uriInfo) {
        Problem withPath = uriInfo == null ? problem : problem.withInstance(uriInfo.getPath());
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(toJson(withPath));
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"upward\"");
        }
        if (problem.status() == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, DependencyOutage.RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    private String toJson(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings and ints always serialises; this is a programming error.
            throw new IllegalStateException("cannot serialise problem details", e);
        }
    }
}
