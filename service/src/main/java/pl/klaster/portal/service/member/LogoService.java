package pl.klaster.portal.service.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberLogo;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Members' logos: uploaded by staff or the company itself (an image recognised from its content, at most
 * 2 MB), shown to every signed-in user for active members and to staff for all.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class LogoService {

    /** A logo to serve. */
    public record Logo(String contentType, byte[] data, String sha256) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public void upload(long memberId, byte[] data) {
        caller.requireStaffOrOwn(memberId);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException();
        }
        if (data == null || data.length == 0) {
            throw BusinessException.onField("logo", "validation.required");
        }
        if (data.length > MemberLogo.MAX_BYTES) {
            throw BusinessException.onField("logo", "member.logo.tooLarge", MemberLogo.MAX_BYTES / (1024 * 1024));
        }
        // the size in pixels from the header, before anything is decoded (issue 24, finding 14)
        ImageType.Header header = ImageType.header(data).orElseThrow(() -> BusinessException.onField("logo", "member.logo.notImage"));
        if (header.width() > MemberLogo.MAX_SIDE || header.height() > MemberLogo.MAX_SIDE) {
            throw BusinessException.onField("logo", "member.logo.tooManyPixels", header.width(), header.height(), MemberLogo.MAX_SIDE);
        }
        String type = ImageType.of(data).orElseThrow(() -> BusinessException.onField("logo", "member.logo.notImage"));
        MemberLogo logo = em.find(MemberLogo.class, memberId);
        if (logo == null) {
            logo = new MemberLogo(memberId);
            logo.replace(type, data, sha256(data));
            em.persist(logo);
        } else {
            logo.replace(type, data, sha256(data));
        }
        Map<String, String> before = member.auditState();
        member.setHasLogo(true);
        audit.changed(caller.username(), MemberService.ENTITY, memberId, memberId, before, member.auditState());
        audit.event(caller.username(), MemberService.ENTITY, memberId, memberId, "LOGO", type + ", " + data.length + " B");
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public Optional<Logo> logo(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.isHasLogo()) {
            return Optional.empty();
        }
        boolean visible = caller.isStaff() || caller.isManagement() || member.getStatus() == MemberStatus.ACTIVE
                || Long.valueOf(memberId).equals(caller.memberId());
        if (!visible) {
            return Optional.empty();
        }
        MemberLogo logo = em.find(MemberLogo.class, memberId);
        return logo == null ? Optional.empty() : Optional.of(new Logo(logo.getContentType(), logo.getData(), logo.getSha256()));
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
