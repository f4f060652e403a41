package pl.klaster.portal.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read records by component and by derived bean-style getters; EL 6 (Payara Micro 7) resolves only
 * components, so the portal's resolver must answer both itself.
 */
class RecordELResolverTest {

    public record Row(String name, int places, int taken, boolean active) {
        public boolean isFull() {
            return taken >= places;
        }

        public String getLabel() {
            return name + " (" + taken + "/" + places + ")";
        }

        /** Same name as a component: the component wins. */
        public boolean isActive() {
            return false;
        }

        public String describe(String prefix) {
            return prefix + name;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsComponents() {
        assertThat(value(new Row("Hannover Messe", 10, 3, true), "name")).isEqualTo("Hannover Messe");
        assertThat(value(new Row("Hannover Messe", 10, 3, true), "places")).isEqualTo(10);
    }

    @Test
    void readsDerivedIsAndGetPropertiesThatElSixDoesNotSee() {
        assertThat(value(new Row("K 2025", 2, 2, true), "full")).isEqualTo(true);
        assertThat(value(new Row("K 2025", 2, 1, true), "full")).isEqualTo(false);
        assertThat(value(new Row("K 2025", 2, 1, true), "label")).isEqualTo("K 2025 (1/2)");
    }

    @Test
    void componentWinsOverAGetterOfTheSameName() {
        assertThat(value(new Row("K 2025", 2, 1, true), "active")).isEqualTo(true);
    }

    @Test
    void leavesUnknownPropertiesAndOtherObjectsToTheNextResolver() {
        TestContext context = new TestContext();
        assertThat(resolver.getValue(context, new Row("a", 1, 0, true), "describe")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, "not a record", "bytes")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        TestContext context = new TestContext();
        assertThat(resolver.isReadOnly(context, new Row("a", 1, 0, true), "full")).isTrue();
        assertThat(context.isPropertyResolved()).isTrue();
    }

    private Object value(Object base, String property) {
        TestContext context = new TestContext();
        Object value = resolver.getValue(context, base, property);
        assertThat(context.isPropertyResolved()).as("%s resolved", property).isTrue();
        return value;
    }

    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
