package pl.klaster.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The portal's REST API, version 1, under {@code /api/v1}: JSON (JSON-B), described by MicroProfile OpenAPI at
 * {@code /openapi} (and readable in the portal at {@code /api.xhtml}). Resources are thin: every rule, role and
 * the own-company check live in the same services the pages use.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Klaster Portal API", version = "1",
                description = "Members, projects, applications, outreach activities and reports of the cluster. "
                        + "Authenticate with a personal API token (profile page) sent as 'Authorization: Bearer <token>'. "
                        + "Lists take page (from 1) and size (1-200); updates need If-Match with the ETag of the last read; "
                        + "errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token made on the profile page")
public class ApiApplication extends Application {

    /**
     * Jersey's WADL is off: anonymous {@code /api/v1/application.wadl} showed the resource tree and the Jersey
     * version (issue 24, finding 15). The API is described by its OpenAPI document for signed-in callers.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
