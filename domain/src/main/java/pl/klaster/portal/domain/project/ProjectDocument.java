package pl.klaster.portal.domain.project;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A document attached to a project: PDF, DOCX, XLSX, ODT, PNG or JPG (recognised from the content, not the name),
 * at most {@value #MAX_BYTES} bytes, stored with its SHA-256 checksum. Immutable once uploaded.
 */
@Entity
@Table(name = "project_document")
public class ProjectDocument implements Serializable {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "project_document_seq", sequenceName = "project_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ProjectDocument() {
    }

    public ProjectDocument(Project project, String fileName, String contentType, byte[] data, String sha256, String uploadedBy) {
        this.project = project;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data.clone();
        this.sizeBytes = data.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data == null ? null : data.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
