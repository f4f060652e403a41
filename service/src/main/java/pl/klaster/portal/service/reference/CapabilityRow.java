package pl.klaster.portal.service.reference;

import pl.klaster.portal.domain.member.CapabilityCategory;

import java.io.Serializable;

/** A capability tag. */
public record CapabilityRow(long id, String name, CapabilityCategory category) implements Serializable {
}
