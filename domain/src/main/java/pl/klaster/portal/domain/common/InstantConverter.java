package pl.klaster.portal.domain.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Stores {@link Instant}s in {@code TIMESTAMP WITH TIME ZONE} columns. EclipseLink 4.0 (in Payara 6) does not map
 * {@code Instant} itself and would serialise it into a binary value. Values are written as JDBC timestamps;
 * what comes back differs by driver (PostgreSQL gives a {@link Timestamp}, H2 an {@link OffsetDateTime}), so the
 * database side is typed {@code Object} and every form is read.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a point in time: " + value.getClass().getName());
    }
}
