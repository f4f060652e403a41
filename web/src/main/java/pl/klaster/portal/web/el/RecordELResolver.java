package pl.klaster.portal.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read the components of Java records ({@code #{row.legalName}} calls {@code row.legalName()}).
 * The services return rows and summaries as records; EL 5.0 (Jakarta EE 10) only knows JavaBean getters, and
 * record support arrives with EL 6.0. Read-only, like records themselves. Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    private final Map<Class<?>, Map<String, RecordComponent>> components = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private RecordComponent component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        Map<String, RecordComponent> byName = components.computeIfAbsent(base.getClass(), type -> {
            Map<String, RecordComponent> map = new ConcurrentHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                map.put(c.getName(), c);
            }
            return map;
        });
        // not a component (e.g. a derived isFull()): left to the JavaBean resolver further down the chain, which
        // reports a property that does not exist at all
        return byName.get(property.toString());
    }
}
