package pl.klaster.portal.web.view.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /account/api.xhtml}: the REST API's OpenAPI document (what MicroProfile OpenAPI serves at
 * {@code /openapi}, made from the resources' annotations) as a readable page: operations grouped by tag, with
 * their parameters. The document is read once from this server and kept: it changes only with a new build.
 */
@Named
@ApplicationScoped
public class ApiDocsBacking {

    private static final Logger LOG = Logger.getLogger(ApiDocsBacking.class.getName());
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    /** One operation: method, path, what it does, its parameters. */
    public record Operation(String method, String path, String summary, String description, List<String> parameters,
                            boolean needsIfMatch) {
        public String parameterList() {
            return parameters.isEmpty() ? "–" : String.join(", ", parameters);
        }
    }

    /** A group of operations under one tag. */
    public record Group(String name, String description, List<Operation> operations) {
    }

    private volatile List<Group> groups;
    private volatile String title;
    private volatile String description;

    public List<Group> getGroups() {
        load();
        return groups == null ? List.of() : groups;
    }

    public String getTitle() {
        load();
        return title;
    }

    public String getDescription() {
        load();
        return description;
    }

    public boolean isAvailable() {
        load();
        return groups != null;
    }

    private void load() {
        if (groups != null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        URI uri = URI.create("http://localhost:" + request.getLocalPort() + "/openapi");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning("OpenAPI document not available: " + uri + " answered " + response.statusCode());
                return;
            }
            parse(response.body());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenAPI document not read from " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parse(String json) {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            document = reader.readObject();
        }
        JsonObject info = document.getJsonObject("info");
        Map<String, Group> byTag = new LinkedHashMap<>();
        JsonArray tags = document.getJsonArray("tags");
        if (tags != null) {
            for (JsonValue t : tags) {
                JsonObject tag = t.asJsonObject();
                byTag.put(tag.getString("name"), new Group(tag.getString("name"), tag.getString("description", ""), new ArrayList<>()));
            }
        }
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet().stream().sorted().toList()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : METHODS) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                List<String> parameters = new ArrayList<>();
                boolean ifMatch = false;
                JsonArray params = op.getJsonArray("parameters");
                if (params != null) {
                    for (JsonValue p : params) {
                        JsonObject parameter = p.asJsonObject();
                        if (!parameter.containsKey("name")) {
                            continue;
                        }
                        String name = parameter.getString("name");
                        if (name.equalsIgnoreCase("If-Match")) {
                            ifMatch = true;
                        }
                        parameters.add(name + " (" + parameter.getString("in", "") + ")");
                    }
                }
                String tag = op.containsKey("tags") && !op.getJsonArray("tags").isEmpty() ? op.getJsonArray("tags").getString(0) : "";
                byTag.computeIfAbsent(tag, t -> new Group(t, "", new ArrayList<>())).operations()
                        .add(new Operation(method.toUpperCase(Locale.ROOT), "/api/v1" + path, op.getString("summary", ""),
                                op.getString("description", ""), List.copyOf(parameters), ifMatch));
            }
        }
        title = info == null ? "" : info.getString("title", "") + " " + info.getString("version", "");
        description = info == null ? "" : info.getString("description", "");
        groups = byTag.values().stream().filter(g -> !g.operations().isEmpty()).toList();
    }
}
