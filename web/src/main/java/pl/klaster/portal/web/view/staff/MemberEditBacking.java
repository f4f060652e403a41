package pl.klaster.portal.web.view.staff;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.CapabilityCategory;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.service.member.LogoService;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.PkdRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.view.MemberForm;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /staff/member-edit.xhtml[?id=]}: creates a member or edits every field of one. A save based on a
 * stale copy is refused; the form keeps what was typed and offers to reload.
 */
@Named
@ViewScoped
public class MemberEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;
    @Inject
    private ReferenceDataService reference;
    @Inject
    private LogoService logos;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private Member member;
    private List<String> pkdCodes = new ArrayList<>();
    private List<Long> capabilityIds = new ArrayList<>();
    private List<String> exportMarkets = new ArrayList<>();
    private boolean stale;
    private String newCapability;
    private CapabilityCategory newCapabilityCategory = CapabilityCategory.PROCESS;

    public void load() {
        if (id == null) {
            member = new Member();
            return;
        }
        Member loaded = calls.get(() -> members.get(id), java.util.Map.of());
        if (loaded != null) {
            use(loaded);
        }
    }

    private void use(Member loaded) {
        member = loaded;
        pkdCodes = new ArrayList<>(loaded.getPkdCodes().stream().map(PkdCode::getCode).toList());
        capabilityIds = new ArrayList<>(loaded.getCapabilities().stream().map(Capability::getId).toList());
        exportMarkets = new ArrayList<>(loaded.getExportMarkets());
        stale = false;
    }

    public String save() {
        member.getExportMarkets().clear();
        member.getExportMarkets().addAll(exportMarkets);
        boolean creating = member.getId() == null;
        Member saved = calls.get(() -> members.save(member, pkdCodes, capabilityIds), MemberForm.FIELDS);
        if (saved == null) {
            stale = FacesTexts.hasMessage("common.stale");
            return null;
        }
        FacesTexts.info(creating ? "member.created" : "member.saved");
        FacesTexts.keepForRedirect();
        return "/staff/member?faces-redirect=true&id=" + saved.getId();
    }

    /** After a refused stale save: loads the record as it is now (the typed changes are dropped). */
    public void reloadLatest() {
        Member latest = calls.get(() -> members.get(member.getId()), java.util.Map.of());
        if (latest != null) {
            use(latest);
            FacesTexts.info("common.reloaded");
        }
    }

    public List<PkdRow> completePkd(String text) {
        return reference.findPkd(text, 30);
    }

    public List<String> completePkdCodes(String text) {
        return reference.findPkd(text, 30).stream().map(PkdRow::code).toList();
    }

    public String pkdLabel(String code) {
        return reference.pkd(List.of(code)).stream().findFirst()
                .map(p -> p.code() + " " + p.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())).orElse(code);
    }

    public void addCapability() {
        CapabilityRow added = calls.get(() -> reference.addCapability(newCapability, newCapabilityCategory),
                java.util.Map.of("name", "capabilityForm:newCapability"));
        if (added != null) {
            RequestMemo.forget(RequestMemo.class, "capabilities");
            capabilityIds.add(added.id());
            newCapability = null;
            FacesTexts.info("capability.added", added.name());
        }
    }

    public void uploadLogo(FileUploadEvent event) throws IOException {
        byte[] data = event.getFile().getContent();
        if (calls.run(() -> logos.upload(member.getId(), data), java.util.Map.of("logo", "logoForm:logo"))) {
            FacesTexts.info("member.logo.saved");
            Member latest = members.get(member.getId());
            member.setHasLogo(latest.isHasLogo());
            member.setVersion(latest.getVersion());
        }
    }

    public String cancel() {
        return id == null ? "/staff/members?faces-redirect=true" : "/staff/member?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Member getMember() {
        return member;
    }

    public List<String> getPkdCodes() {
        return pkdCodes;
    }

    public void setPkdCodes(List<String> pkdCodes) {
        this.pkdCodes = pkdCodes;
    }

    public List<Long> getCapabilityIds() {
        return capabilityIds;
    }

    public void setCapabilityIds(List<Long> capabilityIds) {
        this.capabilityIds = capabilityIds;
    }

    public List<String> getExportMarkets() {
        return exportMarkets;
    }

    public void setExportMarkets(List<String> exportMarkets) {
        this.exportMarkets = exportMarkets;
    }

    public List<CapabilityRow> getCapabilities() {
        return RequestMemo.of(RequestMemo.class, "capabilities", reference::capabilities); // options, not state
    }

    public boolean isStale() {
        return stale;
    }

    public String getNewCapability() {
        return newCapability;
    }

    public void setNewCapability(String newCapability) {
        this.newCapability = newCapability;
    }

    public CapabilityCategory getNewCapabilityCategory() {
        return newCapabilityCategory;
    }

    public void setNewCapabilityCategory(CapabilityCategory newCapabilityCategory) {
        this.newCapabilityCategory = newCapabilityCategory;
    }
}
