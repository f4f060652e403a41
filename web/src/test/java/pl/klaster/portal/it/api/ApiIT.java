package pl.klaster.portal.it.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.service.outreach.ActivityForm;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.project.ProjectForm;
import pl.klaster.portal.service.project.ProjectService;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The REST API driven from outside with a real HTTP client against the real server: tokens made the way a person
 * makes them (signed in, from the portal), every resource, the access rules of each role and company, paging,
 * problem+json errors, ETag / If-Match, and the OpenAPI document validated as OpenAPI 3. The first test runs in
 * the server and only makes what the others need and no other test touches (an open project, an activity
 * starting today), so the tests also hold on the shared PostgreSQL database of CI.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final String PASSWORD = "demo-password";
    private static final String MARKER = "APIIT";
    private static final String PROBLEM = "application/problem+json";

    /** One token per demo account, made once for the class. */
    private static final Map<String, String> TOKENS = new HashMap<>();
    /** Objects the earlier tests made, for the access matrix: member's application, registration... */
    private static final Map<String, String> MADE = new HashMap<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ApiIT.class);
    }

    @Inject
    ProjectService projects;
    @Inject
    OutreachService outreach;
    @Inject
    AsStaff asStaff;

    @ArquillianResource
    URL base;

    // ---- in the server: what the client tests need ----

    @Test
    @Order(1)
    void fixturesForTheClient() throws Exception {
        for (String title : List.of(MARKER + " A " + TestData.unique("p"), MARKER + " B " + TestData.unique("p"))) {
            ProjectForm form = TestData.project(title);
            Project created = asStaff.call(() -> projects.save(form));
            asStaff.run(() -> projects.openApplications(created.getId(), created.getVersion(), LocalDate.now().plusDays(10), null));
        }
        ActivityForm form = new ActivityForm();
        OutreachActivity a = form.getActivity();
        a.setType(ActivityType.TRADE_MISSION);
        a.setTitlePl(MARKER + " " + TestData.unique("a"));
        a.setTitleEn(a.getTitlePl() + " (EN)");
        a.setStartDate(LocalDate.now());
        a.setEndDate(LocalDate.now().plusDays(2));
        a.setRegistrationDeadline(LocalDate.now());
        a.setCity("Chicago");
        a.setCountryCode("US");
        a.setCapacity(1);
        a.setCost(new Money(new BigDecimal("1500.00"), "PLN"));
        assertNotNull(asStaff.call(() -> outreach.save(form)).getId());
    }

    // ---- from outside ----

    private ApiClient client() {
        return new ApiClient(base);
    }

    private String token(String user) throws Exception {
        synchronized (TOKENS) {
            if (!TOKENS.containsKey(user)) {
                ApiClient signedIn = client();
                signedIn.signIn(user, PASSWORD);
                TOKENS.put(user, signedIn.newToken("ApiIT " + user));
            }
            return TOKENS.get(user);
        }
    }

    private static void assertProblem(ApiClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as("content type of " + answer).startsWith(PROBLEM);
        JsonNode body = answer.json();
        assertThat(body.path("type").asText()).isEqualTo("urn:klaster-portal:problem:" + type);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at pl.", "at java.", "Payara", "Caused by");
    }

    private static Set<String> fields(ApiClient.Answer answer) {
        Set<String> fields = new HashSet<>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private long ownMemberId(String user) throws Exception {
        ApiClient.Answer own = client().get("api/v1/members/own", token(user));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        return own.json().path("id").asLong();
    }

    /** The newest fixture of a list (the marker in the title; the highest id is this run's). */
    private long fixture(String listPath, String user) throws Exception {
        ApiClient.Answer list = client().get(listPath + (listPath.contains("?") ? "&" : "?") + "q=" + MARKER + "&size=200", token(user));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().path("items").spliterator(), false)
                .mapToLong(i -> i.path("id").asLong()).max().orElseThrow(() -> new AssertionError("no fixture in " + list));
    }

    @Test
    @Order(2)
    @RunAsClient
    void callersWithoutAValidTokenGetAProblemNotData() throws Exception {
        ApiClient anonymous = client();
        ApiClient.Answer none = anonymous.get("api/v1/members", null);
        assertProblem(none, 401, "unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(anonymous.get("api/v1/directory", "not-a-token"), 401, "unauthorized");
        assertProblem(anonymous.get("api/v1/directory", null, "Authorization", "Basic c3RhZmY6ZGVtby1wYXNzd29yZA=="), 401, "unauthorized");
        assertProblem(anonymous.get("api/v1/no-such-resource", token("staff")), 404, "not-found");
        assertProblem(anonymous.send("DELETE", "api/v1/directory", token("staff"), null), 405, "method-not-allowed");
        ApiClient.Answer polish = anonymous.get("api/v1/members", null, "Accept-Language", "pl");
        ApiClient.Answer english = anonymous.get("api/v1/members", null, "Accept-Language", "en");
        assertThat(polish.json().path("title").asText()).isEqualTo("Wymagane uwierzytelnienie");
        assertThat(english.json().path("title").asText()).isEqualTo("Authentication required");
    }

    @Test
    @Order(3)
    @RunAsClient
    void tokensAreMadeBySignedInPeopleShownOnceAndStopWorkingWhenRevoked() throws Exception {
        ApiClient session = client();
        session.signIn("member", PASSWORD);
        // the portal's own session may call the API, but a change needs the header another site cannot send
        assertThat(session.get("api/v1/members/own", null).status()).isEqualTo(200);
        assertProblem(session.send("POST", "api/v1/tokens", null, "{\"name\":\"forged\"}"), 403, "cross-site");
        assertProblem(session.send("POST", "api/v1/tokens", null, "{\"name\":\"  \"}", "X-Requested-With", "x"), 422, "business-rule");

        String secret = session.newToken("CRM sync");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        ApiClient.Answer mine = session.get("api/v1/tokens", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("CRM sync").doesNotContain(secret);
        long id = StreamSupport.stream(mine.json().spliterator(), false)
                .filter(t -> t.path("name").asText().equals("CRM sync") && t.path("revokedAt").isMissingNode())
                .mapToLong(t -> t.path("id").asLong()).max().orElseThrow();

        ApiClient program = client();
        ApiClient.Answer byToken = program.get("api/v1/members/own", secret);
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.raw().headers().allValues("Set-Cookie")).as("a token call opens no session").isEmpty();
        assertProblem(program.get("api/v1/members/own", null), 401, "unauthorized"); // a token call leaves no session behind
        assertProblem(session.send("DELETE", "api/v1/tokens/999999999", null, null, "X-Requested-With", "x"), 404, "not-found");
        assertThat(session.send("DELETE", "api/v1/tokens/" + id, null, null, "X-Requested-With", "x").status()).isEqualTo(204);
        assertProblem(program.get("api/v1/members/own", secret), 401, "unauthorized");
    }

    @Test
    @Order(3)
    @RunAsClient
    void finding6_aTokenCannotMakeOrRevokeTokensAndMakingOneAsksThePasswordAgain() throws Exception {
        ApiClient session = client();
        session.signIn("member", PASSWORD);
        assertProblem(session.send("POST", "api/v1/tokens", null, "{\"name\":\"no password\"}", "X-Requested-With", "x"),
                422, "business-rule");
        assertProblem(session.send("POST", "api/v1/tokens", null, "{\"name\":\"wrong\",\"password\":\"not-it\"}",
                "X-Requested-With", "x"), 422, "business-rule");
        String first = session.newToken("first");
        ApiClient thief = client();
        assertProblem(thief.send("POST", "api/v1/tokens", first, "{\"name\":\"second\",\"password\":\"" + PASSWORD + "\"}"),
                403, "forbidden");
        String other = session.newToken("other");
        long otherId = StreamSupport.stream(session.get("api/v1/tokens", null).json().spliterator(), false)
                .filter(t -> t.path("name").asText().equals("other") && t.path("revokedAt").isMissingNode())
                .mapToLong(t -> t.path("id").asLong()).max().orElseThrow();
        assertProblem(thief.send("DELETE", "api/v1/tokens/" + otherId, first, null), 403, "forbidden");
        assertThat(thief.get("api/v1/members/own", other).status()).as("the owner's other token still works").isEqualTo(200);
    }

    @Test
    @Order(4)
    @RunAsClient
    void listsArePagedWithATotalAndTheSameFiltersAsThePages() throws Exception {
        ApiClient api = client();
        String staff = token("staff");
        JsonNode first = api.get("api/v1/members?page=1&size=2&sort=legalName", staff).json();
        JsonNode second = api.get("api/v1/members?page=2&size=2&sort=legalName", staff).json();
        long total = first.path("total").asLong();
        assertThat(total).isGreaterThan(4);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("pages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(second.path("page").asInt()).isEqualTo(2);
        Set<Long> ids = new HashSet<>();
        first.path("items").forEach(i -> ids.add(i.path("id").asLong()));
        second.path("items").forEach(i -> assertThat(ids.add(i.path("id").asLong())).as("page 2 repeats a row of page 1").isTrue());

        JsonNode active = api.get("api/v1/members?status=ACTIVE&size=200", staff).json();
        assertThat(active.path("total").asLong()).isLessThanOrEqualTo(total).isPositive();
        active.path("items").forEach(i -> assertThat(i.path("status").asText()).isEqualTo("ACTIVE"));

        ApiClient.Answer zero = api.get("api/v1/members?size=0&page=0", staff);
        assertProblem(zero, 400, "validation");
        assertThat(fields(zero)).containsExactlyInAnyOrder("size", "page");
        assertThat(fields(api.get("api/v1/members?size=201", staff))).containsExactly("size");
        assertThat(fields(api.get("api/v1/members?page=abc", staff))).containsExactly("page");
        assertThat(fields(api.get("api/v1/members?status=NOPE", staff))).containsExactly("status");
        assertThat(fields(api.get("api/v1/activities?from=2026-02-30", staff))).containsExactly("from");

        JsonNode activities = api.get("api/v1/activities?page=1&size=1", token("member")).json();
        assertThat(activities.path("items")).hasSize(1);
        assertThat(activities.path("total").asLong()).isGreaterThan(1);
        JsonNode directory = api.get("api/v1/directory?size=5", token("member")).json();
        assertThat(directory.path("total").asLong()).isPositive();
        long listed = directory.path("items").get(0).path("id").asLong();
        assertThat(api.get("api/v1/directory/" + listed, token("board")).status()).isEqualTo(200);
        JsonNode projectsPage = api.get("api/v1/projects?size=3&status=RUNNING", token("board")).json();
        projectsPage.path("items").forEach(p -> assertThat(p.path("status").asText()).isEqualTo("RUNNING"));
    }

    @Test
    @Order(5)
    @RunAsClient
    void eachRoleAndCompanyReachesWhatItsPagesReachAndNoMore() throws Exception {
        ApiClient api = client();
        long own = ownMemberId("member");
        long other = ownMemberId("member2");
        // a member company: its own record, the directory, never another company's data nor the staff's lists
        assertThat(api.get("api/v1/members/" + own, token("member")).status()).isEqualTo(200);
        assertProblem(api.get("api/v1/members/" + other, token("member")), 404, "not-found");
        assertProblem(api.get("api/v1/members/" + other + "/participations", token("member")), 404, "not-found");
        assertProblem(api.get("api/v1/members/" + other + "/contacts", token("member")), 404, "not-found");
        assertThat(api.get("api/v1/members/" + own + "/contacts", token("member")).status()).isEqualTo(200);
        assertProblem(api.get("api/v1/members", token("member")), 403, "forbidden");
        assertProblem(api.get("api/v1/projects", token("member")), 403, "forbidden");
        assertProblem(api.get("api/v1/applications", token("member")), 403, "forbidden");
        assertProblem(api.get("api/v1/reports/dashboard", token("member")), 403, "forbidden");
        assertProblem(api.get("api/v1/reports/fees", token("member")), 403, "forbidden");
        assertProblem(api.send("PUT", "api/v1/members/" + own, token("member"), "{}", "If-Match", "\"v0\""), 403, "forbidden");
        // management reads everything and changes nothing
        assertThat(api.get("api/v1/members/" + other, token("board")).status()).isEqualTo(200);
        assertThat(api.get("api/v1/members/" + other + "/participations", token("board")).status()).isEqualTo(200);
        assertThat(api.get("api/v1/reports/dashboard", token("board")).status()).isEqualTo(200);
        assertProblem(api.send("POST", "api/v1/members", token("board"), "{}"), 403, "forbidden");
        assertProblem(api.get("api/v1/members/own", token("board")), 403, "forbidden");
        // staff and the administrator administer
        assertThat(api.get("api/v1/applications", token("staff")).status()).isEqualTo(200);
        assertThat(api.get("api/v1/members/" + other + "/contacts", token("admin")).status()).isEqualTo(200);
        assertProblem(api.get("api/v1/members/999999999", token("staff")), 404, "not-found");
        assertProblem(api.get("api/v1/members/abc", token("staff")), 404, "not-found");
    }

    @Test
    @Order(6)
    @RunAsClient
    void staffCreateAndUpdateMembersAndAStaleUpdateNeverOverwrites() throws Exception {
        ApiClient api = client();
        String staff = token("staff");
        ApiClient.Answer empty = api.send("POST", "api/v1/members", staff, "{}");
        assertProblem(empty, 400, "validation");
        assertThat(fields(empty)).contains("legalName", "memberType", "sizeClass");
        assertProblem(api.send("POST", "api/v1/members", staff, "{\"legalName\": "), 400, "bad-request");
        assertProblem(api.send("POST", "api/v1/members", staff, "{\"legalName\":\"X\",\"memberType\":\"NOPE\"}"), 400, "bad-request");
        assertProblem(api.send("POST", "api/v1/members", staff, "legalName=X", "Content-Type", "text/plain"), 415, "unsupported-media-type");
        ApiClient.Answer badNip = api.send("POST", "api/v1/members", staff, member("Zła Spółka", "1234567890"));
        assertProblem(badNip, 400, "validation");
        assertThat(fields(badNip)).containsExactly("nip");
        assertThat(badNip.json().path("errors").get(0).path("message").asText()).isNotBlank().doesNotContain("{");

        String nip = TestData.nip();
        ApiClient.Answer created = api.send("POST", "api/v1/members", staff, member("Formy Wtryskowe API Sp. z o.o.", nip));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).matches(".*/api/v1/members/\\d+");
        assertThat(created.json().path("status").asText()).isEqualTo("APPLIED");
        String location = created.header("Location").substring(created.header("Location").indexOf("api/v1"));
        ApiClient.Answer taken = api.send("POST", "api/v1/members", staff, member("Kopia", nip));
        assertProblem(taken, 422, "business-rule");
        assertThat(fields(taken)).containsExactly("nip");

        ApiClient.Answer read = api.get(location, staff);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"v" + read.json().path("version").asLong() + "\"");
        String renamed = member("Formy Wtryskowe API S.A.", nip);
        assertProblem(api.send("PUT", location, staff, renamed), 428, "precondition-required");
        ApiClient.Answer updated = api.send("PUT", location, staff, renamed, "If-Match", etag);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        ApiClient.Answer stale = api.send("PUT", location, staff, member("Nadpisane", nip), "If-Match", etag);
        assertProblem(stale, 412, "stale");
        assertThat(api.get(location, staff).json().path("legalName").asText()).isEqualTo("Formy Wtryskowe API S.A.");
        assertProblem(api.send("PUT", location, staff, renamed, "If-Match", "\"garbage\""), 412, "stale");
        assertThat(api.get("api/v1/members?q=" + nip, staff).json().path("total").asLong()).isEqualTo(1);
    }

    /** A write whose answer was lost (the database outage of .ci/db-outage) can be sent again without a second member. */
    @Test
    @Order(6)
    @RunAsClient
    void aCreateRepeatedWithItsIdempotencyKeyAnswersTheFirstMemberAndWritesNoSecond() throws Exception {
        ApiClient api = client();
        String staff = token("staff");
        String nip = TestData.nip();
        String body = member("Powtórzona Sp. z o.o.", nip);
        String key = "retry-" + nip;
        ApiClient.Answer first = api.send("POST", "api/v1/members", staff, body, "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        ApiClient.Answer again = api.send("POST", "api/v1/members", staff, body, "Idempotency-Key", key);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(api.get("api/v1/members?q=" + nip, staff).json().path("total").asLong()).isEqualTo(1);

        ApiClient.Answer otherBody = api.send("POST", "api/v1/members", staff, member("Inna Sp. z o.o.", TestData.nip()),
                "Idempotency-Key", key);
        assertProblem(otherBody, 422, "business-rule");
        assertThat(otherBody.json().path("detail").asText()).contains("Idempotency-Key");
        ApiClient.Answer badKey = api.send("POST", "api/v1/members", staff, member("Zły Klucz", TestData.nip()),
                "Idempotency-Key", "spaces are not allowed");
        assertProblem(badKey, 400, "validation");
        assertThat(fields(badKey)).containsExactly("Idempotency-Key");
        // without a key a repeat is a new request: refused here because the NIP is taken, never a second member
        assertProblem(api.send("POST", "api/v1/members", staff, body), 422, "business-rule");
        assertThat(api.get("api/v1/members?q=" + nip, staff).json().path("total").asLong()).isEqualTo(1);
    }

    private static String member(String name, String nip) {
        return "{\"legalName\":\"" + name + "\",\"nip\":\"" + nip + "\",\"street\":\"ul. Przemysłowa 1\",\"postalCode\":\"85-758\","
                + "\"city\":\"Bydgoszcz\",\"voivodeship\":\"KUJAWSKO_POMORSKIE\",\"memberType\":\"ENTERPRISE\",\"sizeClass\":\"SMALL\","
                + "\"email\":\"biuro@example.pl\",\"pkdCodes\":[\"22.29.Z\"],\"exportMarkets\":[\"DE\"]}";
    }

    @Test
    @Order(7)
    @RunAsClient
    void aMemberAppliesAndWithdrawsAndStaffApproveOrReject() throws Exception {
        ApiClient api = client();
        List<Long> open = new ArrayList<>();
        for (JsonNode p : api.get("api/v1/projects?open=true&size=200&q=" + MARKER, token("staff")).json().path("items")) {
            open.add(p.path("id").asLong());
        }
        open.sort(null);
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        long projectA = open.get(open.size() - 2);
        long projectB = open.get(open.size() - 1);
        assertThat(api.get("api/v1/projects/" + projectA, token("member")).status()).isEqualTo(200);

        String body = "{\"projectId\":" + projectA + ",\"motivation\":\"Mamy wtryskarki i narzędziownię\",\"offeredEffort\":2.5}";
        ApiClient.Answer applied = api.send("POST", "api/v1/applications", token("member"), body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().path("status").asText()).isEqualTo("PENDING");
        String location = applied.header("Location").substring(applied.header("Location").indexOf("api/v1"));
        assertProblem(api.send("POST", "api/v1/applications", token("member"), body), 422, "business-rule");
        assertProblem(api.get(location, token("member2")), 404, "not-found");
        assertProblem(api.send("POST", location + "/withdraw", token("member2"), null, "If-Match", applied.header("ETag")), 404, "not-found");
        assertProblem(api.send("POST", location + "/withdraw", token("member"), null), 428, "precondition-required");
        assertProblem(api.send("POST", location + "/withdraw", token("member"), null, "If-Match", "\"v999\""), 412, "stale");
        MADE.put("application", location.substring(location.lastIndexOf('/') + 1));
        MADE.put("project", String.valueOf(projectB));
        ApiClient.Answer withdrawn = api.send("POST", location + "/withdraw", token("member"), null, "If-Match", applied.header("ETag"));
        assertThat(withdrawn.json().path("status").asText()).as(withdrawn.toString()).isEqualTo("WITHDRAWN");
        assertThat(api.get(location + "/history", token("member")).json()).hasSize(2);

        ApiClient.Answer second = api.send("POST", "api/v1/applications", token("member2"),
                "{\"projectId\":" + projectA + ",\"motivation\":\"Automatyka\"}");
        String secondAt = second.header("Location").substring(second.header("Location").indexOf("api/v1"));
        assertProblem(api.send("POST", secondAt + "/approve", token("member2"), "{\"role\":\"PARTNER\",\"plannedEffort\":3}",
                "If-Match", second.header("ETag")), 403, "forbidden");
        ApiClient.Answer approved = api.send("POST", secondAt + "/approve", token("staff"), "{\"role\":\"PARTNER\",\"plannedEffort\":3}",
                "If-Match", second.header("ETag"));
        assertThat(approved.json().path("status").asText()).as(approved.toString()).isEqualTo("APPROVED");
        JsonNode seenByMember2 = api.get("api/v1/projects/" + projectA + "/participants", token("member2")).json();
        JsonNode seenByStaff = api.get("api/v1/projects/" + projectA + "/participants", token("staff")).json();
        seenByMember2.forEach(p -> assertThat(p.path("memberId").asLong()).isEqualTo(second.json().path("memberId").asLong()));
        assertThat(seenByStaff.size()).isGreaterThan(seenByMember2.size());

        ApiClient.Answer third = api.send("POST", "api/v1/applications", token("member3"), "{\"projectId\":" + projectB + ",\"motivation\":\"Metal\"}");
        String thirdAt = third.header("Location").substring(third.header("Location").indexOf("api/v1"));
        ApiClient.Answer noReason = api.send("POST", thirdAt + "/reject", token("staff"), "{\"reason\":\" \"}", "If-Match", third.header("ETag"));
        assertThat(noReason.status()).as(noReason.toString()).isIn(400, 422);
        assertThat(fields(noReason)).containsExactly("reason");
        ApiClient.Answer rejected = api.send("POST", thirdAt + "/reject", token("staff"), "{\"reason\":\"Brak miejsc\"}", "If-Match", third.header("ETag"));
        assertThat(rejected.json().path("status").asText()).as(rejected.toString()).isEqualTo("REJECTED");
        assertThat(api.get("api/v1/members/" + ownMemberId("member3") + "/participations", token("member3")).body()).contains("REJECTED");
    }

    @Test
    @Order(8)
    @RunAsClient
    void membersRegisterForActivitiesCancelAndReportOutcomes() throws Exception {
        ApiClient api = client();
        long activity = fixture("api/v1/activities", "staff");
        assertThat(api.get("api/v1/activities/" + activity, token("member")).json().path("capacity").asInt()).isEqualTo(1);
        long firstContact = api.get("api/v1/members/" + ownMemberId("member") + "/contacts", token("member")).json().get(0).path("id").asLong();
        long otherContact = api.get("api/v1/members/" + ownMemberId("member2") + "/contacts", token("member2")).json().get(0).path("id").asLong();

        assertProblem(api.send("POST", "api/v1/activities/" + activity + "/registrations", token("member"),
                "{\"contactIds\":[" + otherContact + "]}"), 422, "business-rule");
        ApiClient.Answer mine = api.send("POST", "api/v1/activities/" + activity + "/registrations", token("member"),
                "{\"contactIds\":[" + firstContact + "]}");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
        assertThat(mine.json().path("status").asText()).isEqualTo("REGISTERED");
        ApiClient.Answer waiting = api.send("POST", "api/v1/activities/" + activity + "/registrations", token("member2"),
                "{\"contactIds\":[" + otherContact + "]}");
        assertThat(waiting.json().path("status").asText()).as(waiting.toString()).isEqualTo("WAITING");
        String mineAt = mine.header("Location").substring(mine.header("Location").indexOf("api/v1"));
        String waitingAt = waiting.header("Location").substring(waiting.header("Location").indexOf("api/v1"));
        assertProblem(api.get(mineAt, token("member2")), 404, "not-found");
        MADE.put("registration", mineAt.substring(mineAt.lastIndexOf('/') + 1));
        MADE.put("activity", String.valueOf(activity));
        assertThat(api.get("api/v1/activities/" + activity + "/registrations", token("member")).json()).hasSize(1);
        assertThat(api.get("api/v1/activities/" + activity + "/registrations", token("staff")).json()).hasSize(2);

        assertProblem(api.send("DELETE", mineAt, token("member"), null), 428, "precondition-required");
        ApiClient.Answer cancelled = api.send("DELETE", mineAt, token("member"), null, "If-Match", mine.header("ETag"));
        assertThat(cancelled.json().path("status").asText()).as(cancelled.toString()).isEqualTo("CANCELLED");
        assertThat(api.get(waitingAt, token("member2")).json().path("status").asText()).as("the freed place goes to the waiting")
                .isEqualTo("REGISTERED");

        assertProblem(api.send("PUT", mineAt + "/outcome", token("member"), "{\"leads\":1}", "If-Match", "\"v0\""), 422, "business-rule");
        ApiClient.Answer blank = api.get(waitingAt + "/outcome", token("member2"));
        String outcome = "{\"b2bMeetings\":4,\"contactsMade\":9,\"leads\":2,\"agreements\":1,\"exportAmount\":125000.50,"
                + "\"exportCurrency\":\"PLN\",\"countries\":[\"US\",\"CA\"],\"notes\":\"<script>alert(1)</script>\"}";
        ApiClient.Answer reported = api.send("PUT", waitingAt + "/outcome", token("member2"), outcome, "If-Match", blank.header("ETag"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().path("leads").asInt()).isEqualTo(2);
        assertThat(reported.json().path("notes").asText()).isEqualTo("<script>alert(1)</script>");
        ApiClient.Answer again = api.send("PUT", waitingAt + "/outcome", token("member2"), outcome.replace("\"leads\":2", "\"leads\":3"),
                "If-Match", reported.header("ETag"));
        assertThat(again.json().path("leads").asInt()).as(again.toString()).isEqualTo(3);
        assertProblem(api.send("PUT", waitingAt + "/outcome", token("member2"), outcome, "If-Match", reported.header("ETag")), 412, "stale");
        assertThat(fields(api.send("PUT", waitingAt + "/outcome", token("member2"), "{\"leads\":-1}", "If-Match", again.header("ETag"))))
                .containsExactly("leads");
        assertProblem(api.send("PUT", waitingAt + "/outcome", token("member"), outcome, "If-Match", again.header("ETag")), 404, "not-found");
        assertThat(api.get("api/v1/activities/" + activity + "/outcomes", token("board")).body()).contains("\"leads\":3");
    }

    @Test
    @Order(9)
    @RunAsClient
    void reportsAndTheDashboardAreTheSameFiguresAsData() throws Exception {
        ApiClient api = client();
        int year = LocalDate.now().getYear();
        JsonNode dashboard = api.get("api/v1/reports/dashboard?year=" + year, token("board")).json();
        assertThat(dashboard.path("year").asInt()).isEqualTo(year);
        assertThat(dashboard.path("current").path("members").asLong()).isPositive();
        assertThat(dashboard.path("previous").path("year").asInt()).isEqualTo(year - 1);

        for (String kind : List.of("eccp", "esca", "kkk", "fees", "participation", "funnel")) {
            ApiClient.Answer report = api.get("api/v1/reports/" + kind + "?year=" + year, token("staff"), "Accept-Language", "en");
            assertThat(report.status()).as(kind + ": " + report).isEqualTo(200);
            JsonNode json = report.json();
            assertThat(json.path("columns").size()).as(kind).isPositive();
            json.path("rows").forEach(r -> assertThat(r.path("cells").size()).isEqualTo(json.path("columns").size()));
        }
        JsonNode fees = api.get("api/v1/reports/fees?year=" + year, token("board")).json();
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal total = null;
        for (JsonNode row : fees.path("rows")) {
            if (row.path("kind").asText().equals("DATA")) {
                due = due.add(row.path("cells").get(5).decimalValue());
            } else if (row.path("kind").asText().equals("TOTAL")) {
                total = row.path("cells").get(5).decimalValue();
            }
        }
        assertThat(total).as("the fee report's total due").isNotNull();
        assertThat(due).isEqualByComparingTo(total);
        assertThat(fees.path("columns").get(5).path("currency").asText()).isEqualTo("PLN");

        assertThat(fields(api.get("api/v1/reports/dashboard?year=abc", token("board")))).containsExactly("year");
        assertProblem(api.get("api/v1/reports/fees?year=1200", token("board")), 400, "validation");
        assertProblem(api.get("api/v1/reports/fees?year=" + year + "&memberType=NOPE", token("board")), 400, "validation");
        assertProblem(api.get("api/v1/reports/nothing", token("board")), 404, "not-found");
    }

    @Test
    @Order(10)
    @RunAsClient
    void theOpenApiDocumentIsValidOpenApi3AndDescribesEveryResource() throws Exception {
        ApiClient.Answer document = client().get("openapi", null, "Accept", "application/json");
        assertThat(document.status()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        assertThat(parsed.getMessages()).as("OpenAPI 3 validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("Klaster Portal API");
        Set<String> paths = parsed.getOpenAPI().getPaths().keySet();
        assertThat(paths.stream().map(p -> p.replaceFirst("^/api/v1", "")).toList()).contains("/members", "/members/{id}", "/members/own",
                "/directory", "/projects", "/projects/{id}/participants", "/applications", "/applications/{id}/approve",
                "/applications/{id}/reject", "/applications/{id}/withdraw", "/activities", "/activities/{id}/registrations",
                "/registrations/{id}", "/registrations/{id}/outcome", "/reports/dashboard", "/reports/{kind}", "/tokens", "/tokens/{id}");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("token");
    }

    /**
     * The access matrix of the API: every operation of the OpenAPI document × anonymous, a member company's user
     * on its own company's object, another company's user on that object, management, staff and the administrator.
     * "A" means allowed (the call reaches its rule and gets past authorization: any status but 401, 403, 404 and
     * 5xx); changes are sent stale or invalid, so the matrix changes nothing. An operation without a row fails.
     */
    @Test
    @Order(12)
    @RunAsClient
    void everyOperationAnswersEachCallerAsTheMatrixSays() throws Exception {
        String own = String.valueOf(ownMemberId("member"));
        Map<String, String> ids = new HashMap<>(MADE);
        ids.put("own", own);
        ids.put("entry", client().get("api/v1/directory?size=1", token("member")).json().path("items").get(0).path("id").asText());
        ids.put("kind", "fees");
        assertThat(ids).containsKeys("application", "registration", "activity", "project");
        String stale = "\"v999999\"";
        //            method    path                                    body                                   anon   own    other  board  staff  admin
        Object[][] matrix = {
                {"GET", "/members", null, 401, 403, 403, "A", "A", "A"},
                {"POST", "/members", "{}", 401, 403, 403, 403, "A", "A"},
                {"GET", "/members/own", null, 401, "A", "A", 403, 403, 403},
                {"GET", "/members/{own}", null, 401, "A", 404, "A", "A", "A"},
                {"PUT", "/members/{own}", "{}", 401, 403, 404, 403, "A", "A"},
                {"GET", "/members/{own}/participations", null, 401, "A", 404, "A", "A", "A"},
                {"GET", "/members/{own}/contacts", null, 401, "A", 404, "A", "A", "A"},
                {"GET", "/directory", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/directory/{entry}", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/projects", null, 401, 403, 403, "A", "A", "A"},
                {"GET", "/projects/open", null, 401, "A", "A", 403, 403, 403},
                {"GET", "/projects/{project}", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/projects/{project}/participants", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/applications", null, 401, 403, 403, 403, "A", "A"},
                {"POST", "/applications", "{\"projectId\":{project},\"motivation\":\" \"}", 401, "A", "A", 403, 403, 403},
                {"GET", "/applications/{application}", null, 401, "A", 404, "A", "A", "A"},
                {"GET", "/applications/{application}/history", null, 401, "A", 404, "A", "A", "A"},
                {"POST", "/applications/{application}/withdraw", null, 401, "A", 404, 403, 403, 403},
                {"POST", "/applications/{application}/approve", "{}", 401, 403, 403, 403, "A", "A"},
                {"POST", "/applications/{application}/reject", "{}", 401, 403, 403, 403, "A", "A"},
                {"GET", "/activities", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/activities/{activity}", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/activities/{activity}/registrations", null, 401, "A", "A", "A", "A", "A"},
                {"POST", "/activities/{activity}/registrations", "{\"contactIds\":[]}", 401, "A", "A", 403, 403, 403},
                {"GET", "/activities/{activity}/outcomes", null, 401, "A", "A", "A", "A", "A"},
                {"GET", "/registrations/{registration}", null, 401, "A", 404, "A", "A", "A"},
                {"DELETE", "/registrations/{registration}", null, 401, "A", 404, 403, "A", "A"},
                {"GET", "/registrations/{registration}/outcome", null, 401, "A", 404, "A", "A", "A"},
                {"PUT", "/registrations/{registration}/outcome", "{}", 401, "A", 404, 403, 403, 403},
                {"GET", "/reports/dashboard", null, 401, 403, 403, "A", "A", "A"},
                {"GET", "/reports/{kind}", null, 401, 403, 403, "A", "A", "A"},
                {"GET", "/tokens", null, 401, "A", "A", "A", "A", "A"},
                // tokens are managed from a signed-in session only, never with a token (issue 24, finding 6)
                {"POST", "/tokens", "{\"name\":\"\"}", 401, 403, 403, 403, 403, 403},
                {"DELETE", "/tokens/{id}", null, 401, 403, 403, 403, 403, 403},
        };
        String[] callers = {null, "member", "member2", "board", "staff", "admin"};
        ids.put("id", "999999999");

        Set<String> documented = new java.util.TreeSet<>();
        JsonNode paths = ApiClient.JSON.readTree(client().get("openapi", null, "Accept", "application/json").body()).path("paths");
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase() + " " + path.replaceFirst("^/api/v1", "").replaceAll("\\{[^}]+}", "{}"))));
        Set<String> inMatrix = new java.util.TreeSet<>();
        for (Object[] row : matrix) {
            inMatrix.add(row[0] + " " + ((String) row[1]).replaceAll("\\{[^}]+}", "{}"));
        }
        assertThat(inMatrix).as("every operation of the API has a row in the matrix, and every row is an operation").isEqualTo(documented);

        List<String> wrong = new ArrayList<>();
        ApiClient api = client();
        for (Object[] row : matrix) {
            String path = "api/v1" + fill((String) row[1], ids);
            String body = row[2] == null ? null : fill((String) row[2], ids);
            for (int c = 0; c < callers.length; c++) {
                String token = callers[c] == null ? null : token(callers[c]);
                ApiClient.Answer answer = api.send((String) row[0], path, token, body, "If-Match", stale);
                Object expected = row[3 + c];
                boolean ok = "A".equals(expected)
                        ? answer.status() < 500 && answer.status() != 401 && answer.status() != 403 && answer.status() != 404
                        : answer.status() == (Integer) expected;
                if (!ok) {
                    wrong.add(row[0] + " " + path + " as " + (callers[c] == null ? "anonymous" : callers[c]) + ": expected " + expected
                            + ", got " + answer.status() + " " + answer.body().substring(0, Math.min(160, answer.body().length())));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    }

    /** Values no field expects: empty, huge, right-to-left and other scripts, markup, SQL, numbers out of range, bad dates. */
    private static final List<String> HOSTILE = List.of("", " ", "x".repeat(10_000), "\u202Eevil\u202C ąęłżźć 漢字 🎉 مرحبا",
            "<script>alert(1)</script>", "<b onmouseover=alert(1)>x</b>", "' OR '1'='1", "1; DROP TABLE member;--", "%00", "\u0000",
            "-1", "0", "99999999999999999999", "1e309", "NaN", "2026-02-30", "31.12.2026", "true", "null", "[]", "{}");

    /**
     * Every list parameter, path id and body field of the API gets the battery: the answer is data or a 4xx problem,
     * never a 5xx; refused writes save nothing; stored markup comes back as text, and the pages show it escaped.
     */
    @Test
    @Order(13)
    @RunAsClient
    void hostileInputGetsAFieldMessageOrA4xxNeverA5xxAndNothingHalfSaved() throws Exception {
        ApiClient api = client();
        String staff = token("staff");
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> lists = Map.of(
                "members", List.of("q", "status", "memberType", "sizeClass", "voivodeship", "pkd", "capability", "feeStatus", "feeYear", "page", "size", "sort", "order"),
                "projects", List.of("q", "status", "kind", "programme", "open", "page", "size", "sort", "order"),
                "activities", List.of("q", "type", "market", "from", "to", "page", "size", "sort", "order"),
                "directory", List.of("q", "capability", "pkd", "page", "size"),
                "applications", List.of("page", "size"),
                "reports/dashboard", List.of("year"),
                "reports/participation", List.of("year", "from", "to", "memberType", "sizeClass", "programme"));
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            for (String parameter : list.getValue()) {
                for (String value : HOSTILE) {
                    if (value.length() > 2_000) {
                        value = value.substring(0, 2_000); // a query string is a URL: servers refuse very long ones before any code runs
                    }
                    String path = "api/v1/" + list.getKey() + "?" + parameter + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
                    check(failures, path, api.get(path, staff));
                }
            }
        }
        for (String id : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%2e%2e", "1%20OR%201=1")) {
            for (String resource : List.of("members/", "projects/", "applications/", "activities/", "registrations/", "directory/", "tokens/")) {
                check(failures, "GET api/v1/" + resource + id, api.get("api/v1/" + resource + id, staff));
            }
        }

        String marker = "HALF" + System.nanoTime();
        String valid = member(marker + " Sp. z o.o.", TestData.nip());
        JsonNode fields = ApiClient.JSON.readTree(valid);
        fields.fieldNames().forEachRemaining(field -> {
            for (String value : HOSTILE) {
                com.fasterxml.jackson.databind.node.ObjectNode body = fields.deepCopy();
                body.put(field, value);
                if (!field.equals("legalName")) {
                    body.put("nip", "1234567890"); // an invalid NIP as well, so none of these may be saved
                }
                try {
                    check(failures, "POST members " + field, api.send("POST", "api/v1/members", staff, body.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        for (String json : List.of("[]", "\"text\"", "123", "{\"legalName\":[1,2]}", "{\"memberType\":5}", "{\"pkdCodes\":\"22.29.Z\"}",
                "{\"appliedOn\":\"2026-02-30\"}", "{\"capabilityIds\":[\"x\"]}", "{" + "\"a\":1,".repeat(5000) + "\"b\":2}")) {
            check(failures, "POST members " + json.substring(0, Math.min(40, json.length())), api.send("POST", "api/v1/members", staff, json));
            check(failures, "POST applications", api.send("POST", "api/v1/applications", token("member"), json));
            check(failures, "POST tokens", api.send("POST", "api/v1/tokens", token("member"), json));
            check(failures, "POST approve", api.send("POST", "api/v1/applications/" + MADE.get("application") + "/approve", staff, json, "If-Match", "\"v1\""));
        }
        check(failures, "tokens with a 10,000-character name", api.send("POST", "api/v1/tokens", token("member"), "{\"name\":\"" + "x".repeat(10_000) + "\"}"));
        assertThat(failures).as("hostile requests answered with 5xx or not as a problem").isEmpty();
        assertThat(api.get("api/v1/members?q=" + marker, staff).json().path("total").asLong()).as("refused writes saved nothing").isZero();

        String markup = "<script>alert('x')</script> Formy " + marker;
        ApiClient.Answer stored = api.send("POST", "api/v1/members", staff, member(markup, TestData.nip()));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().path("legalName").asText()).as("markup is kept as text").isEqualTo(markup);
        ApiClient pages = client();
        pages.signIn("staff", PASSWORD);
        String page = pages.get("staff/member.xhtml?id=" + stored.json().path("id").asLong(), null).body();
        assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert('x')");
    }

    private static void check(List<String> failures, String what, ApiClient.Answer answer) {
        if (answer.status() >= 500 || (answer.status() >= 400 && !String.valueOf(answer.contentType()).startsWith(PROBLEM))) {
            failures.add(what + " -> " + answer.status() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
    }

    private static String fill(String template, Map<String, String> ids) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    @Test
    @Order(11)
    @RunAsClient
    void finding15_healthIsServedAndPayarasMetricsAreNotPublic() throws Exception {
        ApiClient api = client();
        ApiClient.Answer ready = api.get("health/ready", null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("database");
        assertThat(api.get("health/live", null).status()).isEqualTo(200);
        // heap, threads and pool sizes are for the monitoring of a deployment, not for anybody (issue 24, finding 15)
        ApiClient.Answer metrics = api.get("metrics", null);
        assertThat(metrics.status()).as(metrics.toString()).isIn(401, 403, 404);
    }
}
