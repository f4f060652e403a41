package pl.klaster.portal.domain.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member company's registration for an outreach activity, with the contact persons it sends. While live it
 * holds the member's "active key", unique per activity, so a company is registered at most once. The waiting
 * list is ordered by the time of registration.
 */
@Entity
@Table(name = "registration")
public class Registration extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private OutreachActivity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "active_key")
    private Long activeKey;

    @ManyToMany
    @JoinTable(name = "registration_person", joinColumns = @JoinColumn(name = "registration_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_person_id"))
    @OrderBy("lastName")
    private Set<ContactPerson> persons = new LinkedHashSet<>();

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64, updatable = false)
    private String registeredBy;

    @Column(name = "status_changed_at", nullable = false)
    private OffsetDateTime statusChangedAt;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    protected Registration() {
    }

    public Registration(OutreachActivity activity, Member member, RegistrationStatus status, String registeredBy) {
        this.activity = activity;
        this.member = member;
        this.registeredBy = registeredBy;
        this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        changeStatus(status, null);
    }

    public void changeStatus(RegistrationStatus to, String reason) {
        this.status = to;
        this.activeKey = to.isLive() ? member.getId() : null;
        this.statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.statusReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    /** When a registration moved in from elsewhere (an import, the demo data) was really made. */
    public void backdate(OffsetDateTime madeAt) {
        this.registeredAt = madeAt;
        this.statusChangedAt = madeAt;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", status.name());
        s.put("persons", persons.stream().map(ContactPerson::getFullName).sorted().collect(Collectors.joining(", ")));
        s.put("reason", statusReason);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public OutreachActivity getActivity() {
        return activity;
    }

    public Member getMember() {
        return member;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Set<ContactPerson> getPersons() {
        return persons;
    }

    public void setPersons(Set<ContactPerson> persons) {
        this.persons = persons;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public OffsetDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }
}
