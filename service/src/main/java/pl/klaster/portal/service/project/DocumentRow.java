package pl.klaster.portal.service.project;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A project document in a list (without its content). */
public record DocumentRow(long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
                          OffsetDateTime uploadedAt) implements Serializable {
}
