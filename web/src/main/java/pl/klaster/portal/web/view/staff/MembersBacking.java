package pl.klaster.portal.web.view.staff;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.service.member.MemberFilter;
import pl.klaster.portal.service.member.MemberRow;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** {@code /staff/members.xhtml}: the member list with its filters and search box, paged in the database. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    @Inject
    private ReferenceDataService reference;

    private String text;
    private MemberStatus status;
    private MemberType memberType;
    private SizeClass sizeClass;
    private Voivodeship voivodeship;
    private String pkdCode;
    private Long capabilityId;
    private FeeStatus feeStatus;
    private Integer feeYear = LocalDate.now().getYear();
    private LazyRows<MemberRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> members.search(filter(), request), MemberRow::id);
    }

    private MemberFilter filter() {
        return new MemberFilter(text, status, memberType, sizeClass, voivodeship, pkdCode, capabilityId, feeStatus, feeYear);
    }

    /** Applies the filters (the table starts again at its first page). */
    public void search() {
        rows.reset();
    }

    public void clear() {
        text = null;
        status = null;
        memberType = null;
        sizeClass = null;
        voivodeship = null;
        pkdCode = null;
        capabilityId = null;
        feeStatus = null;
        feeYear = LocalDate.now().getYear();
        rows.reset();
    }

    public LazyRows<MemberRow> getRows() {
        return rows;
    }

    public List<CapabilityRow> getCapabilities() {
        return RequestMemo.of(RequestMemo.class, "capabilities", reference::capabilities); // options, not state
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public MemberType getMemberType() {
        return memberType;
    }

    public void setMemberType(MemberType memberType) {
        this.memberType = memberType;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public Voivodeship getVoivodeship() {
        return voivodeship;
    }

    public void setVoivodeship(Voivodeship voivodeship) {
        this.voivodeship = voivodeship;
    }

    public String getPkdCode() {
        return pkdCode;
    }

    public void setPkdCode(String pkdCode) {
        this.pkdCode = pkdCode;
    }

    public Long getCapabilityId() {
        return capabilityId;
    }

    public void setCapabilityId(Long capabilityId) {
        this.capabilityId = capabilityId;
    }

    public FeeStatus getFeeStatus() {
        return feeStatus;
    }

    public void setFeeStatus(FeeStatus feeStatus) {
        this.feeStatus = feeStatus;
    }

    public Integer getFeeYear() {
        return feeYear;
    }

    public void setFeeYear(Integer feeYear) {
        this.feeYear = feeYear;
    }
}
