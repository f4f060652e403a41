package pl.klaster.portal.web.view.member;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.member.DirectoryRow;
import pl.klaster.portal.service.member.DirectoryService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /member/directory.xhtml}: the other active members, searchable by name, capability and PKD code. */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;
    @Inject
    private ReferenceDataService reference;

    private String text;
    private Long capabilityId;
    private String pkdCode;
    private LazyRows<DirectoryRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> directory.search(text, capabilityId, pkdCode, request), DirectoryRow::id);
    }

    public void search() {
        rows.reset();
    }

    public LazyRows<DirectoryRow> getRows() {
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

    public Long getCapabilityId() {
        return capabilityId;
    }

    public void setCapabilityId(Long capabilityId) {
        this.capabilityId = capabilityId;
    }

    public String getPkdCode() {
        return pkdCode;
    }

    public void setPkdCode(String pkdCode) {
        this.pkdCode = pkdCode;
    }
}
