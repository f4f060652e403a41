package pl.klaster.portal.domain.member;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A member's logo: an image (PNG, JPEG, GIF or WebP, recognised from its content) of at most
 * {@value #MAX_BYTES} bytes, kept apart from the member so lists never load it.
 */
@Entity
@Table(name = "member_logo")
public class MemberLogo implements Serializable {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most pixels a logo may have on a side: shown at most 200 px wide, it never needs more. */
    public static final int MAX_SIDE = 4000;
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected MemberLogo() {
    }

    public MemberLogo(Long memberId) {
        this.memberId = memberId;
    }

    public void replace(String contentType, byte[] data, String sha256) {
        this.contentType = contentType;
        this.data = data.clone();
        this.sha256 = sha256;
        this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data == null ? null : data.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
