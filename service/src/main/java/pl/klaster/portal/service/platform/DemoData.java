package pl.klaster.portal.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.service.security.Passwords;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Loads the demo members and the demo accounts (all with the password {@value #DEMO_PASSWORD}) once, into an
 * empty database, and only when asked: {@code klaster.demo.data=auto} (the default) loads them into an embedded
 * H2 database only, {@code true} into any empty database, {@code false} never. A production PostgreSQL never
 * gets demo accounts unless somebody sets {@code KLASTER_DEMO_DATA=true}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String DEMO_PASSWORD = "demo-password";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "klaster.demo.data", defaultValue = "auto")
    private String demoData;

    @Inject
    @ConfigProperty(name = "db.url")
    private String dbUrl;

    @Inject
    private Passwords passwords;

    @PostConstruct
    void loadIfWanted() {
        if (!isWanted(demoData, dbUrl)) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        load();
        LOG.info("Demo data loaded: demo accounts admin, staff, board, member, member2, member3 (password " + DEMO_PASSWORD + ")");
    }

    /** The decision, apart from the container so it can be unit-tested. */
    static boolean isWanted(String setting, String dbUrl) {
        String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "auto" -> dbUrl != null && dbUrl.startsWith("jdbc:h2:");
            default -> false;
        };
    }

    private void load() {
        String hash = passwords.hasher().hash(DEMO_PASSWORD.toCharArray());
        DemoMembers members = new DemoMembers(em);
        members.load();
        DemoPartners partners = new DemoPartners(em);
        partners.load();
        DemoProjects projects = new DemoProjects(em, members, partners);
        projects.load();
        new DemoOutreach(em, members, partners, projects).load();

        account("admin", "Anna Administratorska", "admin@klaster.example", Role.ADMIN, null, hash);
        account("staff", "Sebastian Biurowy", "biuro@klaster.example", Role.STAFF, null, hash);
        account("board", "Barbara Zarządowa", "zarzad@klaster.example", Role.MANAGEMENT, null, hash);
        UserAccount member = account("member", "Marek Członkowski", "marek@polimer-bydgoszcz.example", Role.MEMBER,
                members.member("polimer"), hash);
        member.setCompanyAdmin(true);
        member.setContactPerson(members.contact("marek"));
        UserAccount member2 = account("member2", "Małgorzata Narzędziowa", "malgorzata@narzedziownia-fordon.example",
                Role.MEMBER, members.member("fordon"), hash);
        member2.setCompanyAdmin(true);
        member2.setContactPerson(members.contact("malgorzata"));
        UserAccount member3 = account("member3", "Katarzyna Robotyczna", "k.robotyczna@automatyka-kujawy.example",
                Role.MEMBER, members.member("automatyka"), hash);
        member3.setContactPerson(members.contact("katarzyna"));
    }

    private UserAccount account(String username, String fullName, String email, Role role, Member member, String hash) {
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setFullName(fullName);
        account.setEmail(email);
        account.setRole(role);
        account.setMember(member);
        account.setPasswordHash(hash);
        account.setActivatedAt(account.getCreatedAt());
        em.persist(account);
        return account;
    }
}
