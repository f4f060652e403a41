package pl.klaster.portal.web.faces;

import jakarta.faces.context.FacesContext;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page shows but need not remember: loaded once per request and forgotten when the request ends.
 * <p>
 * A view-scoped bean lives in the HTTP session for as long as its view is kept (Mojarra keeps several views per
 * session, see web.xml), and the session is written to the data grid on a cluster. A list that is only displayed
 * (upcoming activities, open projects, the capability options of a form) would be kept in every such view of every
 * session; here it is loaded again when a request renders it, which costs one query and keeps the session small.
 * Lists whose rows carry actions (a "cancel" button per row) stay in the bean: a postback must find the row it was
 * rendered with, not the row now at the same position.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /** The value named {@code name} of {@code owner} for this request: loaded by {@code load} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T of(Object owner, String name, Supplier<T> load) {
        Map<String, Object> values = values(owner);
        if (!values.containsKey(name)) {
            values.put(name, load.get());
        }
        return (T) values.get(name);
    }

    /** Forgets the value (after an action changed it), so the rendering loads it afresh. */
    public static void forget(Object owner, String name) {
        values(owner).remove(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Object owner) {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Map<Object, Map<String, Object>> byOwner = (Map<Object, Map<String, Object>>)
                request.computeIfAbsent(RequestMemo.class, k -> new IdentityHashMap<>());
        return byOwner.computeIfAbsent(owner, k -> new HashMap<>());
    }
}
