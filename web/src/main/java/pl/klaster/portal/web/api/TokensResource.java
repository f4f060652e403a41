package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.klaster.portal.service.account.ApiTokenRow;
import pl.klaster.portal.service.account.ApiTokenService;
import pl.klaster.portal.service.account.NewApiToken;

import java.util.List;

/**
 * The caller's own API tokens: the same as the profile page offers. Making one needs a signed-in caller (a
 * session from the portal, with the {@code X-Requested-With} header, or another token).
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tokens", description = "The caller's own API tokens")
public class TokensResource {

    /** A name that says where the token is used ("ERP export", "CRM sync"), and the caller's password again. */
    public record TokenInput(String name, String password) {
    }

    @Inject
    private ApiTokenService tokens;

    @GET
    @Operation(summary = "The caller's tokens, revoked ones included (never their secrets)")
    public List<ApiTokenRow> listTokens() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token (from a signed-in session only, with the password again); the answer holds its secret, shown this once and stored only as a hash")
    public Response createToken(TokenInput input, @Context UriInfo uri, @Context HttpServletRequest request) {
        ApiAuthenticationFilter.requireSession(request);
        TokenInput given = MembersResource.required(input);
        NewApiToken made = tokens.create(given.name(), given.password() == null ? null : given.password().toCharArray());
        return Response.created(uri.getBaseUriBuilder().path("tokens/{id}").build(made.token().id())).entity(made).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens (from a signed-in session only); it stops working at once")
    public Response revokeToken(@PathParam("id") long id, @Context HttpServletRequest request) {
        ApiAuthenticationFilter.requireSession(request);
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
