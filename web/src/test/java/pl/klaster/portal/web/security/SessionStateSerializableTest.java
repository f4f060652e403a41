package pl.klaster.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a session holds can be written to the data grid, so that a person's session (sign-in, open pages,
 * their filters and tables) survives on another node when theirs is lost. What a session holds: the
 * session-scoped beans and, through Faces' view map, the view-scoped beans. This test walks every field of every
 * such bean of the web module, and of every portal type those fields can reach (entities, rows, forms), following
 * generic type arguments ({@code List<MemberRow>}, {@code LazyRows<AuditRow>}): each must be serializable.
 * Injected fields are left out (the container's proxies serialize themselves), as are transient ones.
 * A field added with a type that cannot be serialized fails here, naming the path to it.
 */
class SessionStateSerializableTest {

    private static final String PORTAL = "pl.klaster.portal.";

    @Test
    void everythingASessionHoldsIsSerializable() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).as("types a session holds that cannot be serialized").isEmpty();
    }

    @Test
    void aLazyTableWithLambdasSerializes() throws IOException {
        String prefix = "row-";
        LazyRows<String> rows = new LazyRows<>(request -> null, row -> prefix + row);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(rows);
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            // checked where the type is used with an argument
        } else if (type instanceof Class<?> type1) {
            Class<?> c = type1.isArray() ? type1.getComponentType() : type1;
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            boolean portal = c.getName().startsWith(PORTAL);
            if (c.isInterface() && !portal && !c.getPackageName().equals("java.util.function")) {
                return; // List, Map, Set...: what they hold is checked through their type arguments
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (portal && !c.isEnum()) {
                fields(c, path, problems, seen);
            }
        }
    }

    private static void fields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith(PORTAL); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SecurityConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
