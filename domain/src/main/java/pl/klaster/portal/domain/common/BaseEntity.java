package pl.klaster.portal.domain.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.io.Serializable;

/**
 * Every entity has a generated id (from its own database sequence, declared by the subclass) and a version
 * for optimistic locking: a save based on a stale copy is refused instead of silently overwriting.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    /** Used when a form carries the version it was loaded with, so a stale save is detected. */
    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || getId() == null) {
            return false;
        }
        return getId().equals(((BaseEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
