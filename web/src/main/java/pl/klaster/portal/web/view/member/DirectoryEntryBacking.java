package pl.klaster.portal.web.view.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.member.DirectoryEntry;
import pl.klaster.portal.service.member.DirectoryService;
import pl.klaster.portal.web.faces.ServiceCalls;

import java.util.Map;

/** {@code /member/directory-entry.xhtml?id=}: one active member's public profile. */
@Named
@RequestScoped
public class DirectoryEntryBacking {

    @Inject
    private DirectoryService directory;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private DirectoryEntry entry;

    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        entry = calls.get(() -> directory.entry(id), Map.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DirectoryEntry getEntry() {
        return entry;
    }
}
