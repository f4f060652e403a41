package pl.klaster.portal.domain.outreach;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 24, finding 8: an activity without a cost could not be saved (a NullPointerException in its audit state). */
class OutreachActivityCostTest {

    @Test
    void finding8_anActivityLoadedWithoutACostHasAnAuditStateAndAnEmptyCost() throws Exception {
        OutreachActivity activity = new OutreachActivity();
        // what EclipseLink does when both cost columns are null: the embedded value is null, not an empty Money
        Field cost = OutreachActivity.class.getDeclaredField("cost");
        cost.setAccessible(true);
        cost.set(activity, null);
        assertTrue(activity.auditState().containsKey("cost"));
        assertNotNull(activity.getCost(), "the form binds the cost's amount and currency");
        assertEquals(activity.getCost().toString(), activity.auditState().get("cost"));
    }
}
