package pl.klaster.portal.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read the properties of Java records, the same way on every Expression Language version the portal
 * runs on. The services return rows and summaries as records, and pages read two kinds of property from them:
 * <ul>
 *   <li>components: {@code #{row.legalName}} calls {@code row.legalName()}. EL 5.0 (Jakarta EE 10, Payara Server
 *       6) only knows JavaBean getters;</li>
 *   <li>derived bean-style properties: {@code #{row.full}} calls {@code row.isFull()}, {@code #{c.numeric}} calls
 *       {@code c.isNumeric()}. EL 6.0 (Jakarta EE 11, Payara Micro 7) resolves a record's properties by its
 *       components only, so without this such a page answers 500.</li>
 * </ul>
 * A component wins over a getter of the same name. Read-only, like records themselves. Registered in
 * faces-config.xml, so it is asked before the JavaBean resolver.
 */
public class RecordELResolver extends ELResolver {

    private final Map<Class<?>, Map<String, Method>> properties = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
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
        if (accessor(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        return properties.computeIfAbsent(base.getClass(), RecordELResolver::readableProperties).get(property.toString());
    }

    /** The components by name, then every public no-argument {@code isX()} (boolean) or {@code getX()} as x. */
    static Map<String, Method> readableProperties(Class<?> type) {
        Map<String, Method> map = new ConcurrentHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            map.put(c.getName(), c.getAccessor());
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            String property = null;
            if (name.startsWith("is") && name.length() > 2
                    && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                property = decapitalize(name.substring(2));
            } else if (name.startsWith("get") && name.length() > 3) {
                property = decapitalize(name.substring(3));
            }
            if (property != null) {
                map.putIfAbsent(property, m);
            }
        }
        return map;
    }

    private static String decapitalize(String name) {
        // as java.beans.Introspector: "URL" stays "URL", "Full" becomes "full"
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
