package pl.klaster.portal.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the document at {@code /openapi} valid OpenAPI 3. Payara 6 (up to 6.2025.10 at least) adds a top-level
 * {@code endpoints} field (the application's paths per context root) that the OpenAPI specification does not
 * have, so strict validators reject the whole document. Payara fixed it upstream by renaming the field to
 * {@code x-endpoints} (payara/Payara#7891, FISH-12303), in no Payara 6 release on Maven Central. Until then this
 * filter empties the field, which Payara's writer then leaves out. The field has no public API, so it is reached
 * by reflection; if a future Payara no longer has it, nothing happens.
 */
public class OpenApiFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            LOG.fine("No Payara 'endpoints' field in this OpenAPI model: nothing to remove");
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove Payara's non-standard 'endpoints' field from the OpenAPI document", e);
        }
    }
}
