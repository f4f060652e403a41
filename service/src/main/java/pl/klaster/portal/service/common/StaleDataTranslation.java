package pl.klaster.portal.service.common;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Around every service call that writes: flushes the changes while still inside the transaction, so that a
 * concurrent change found by the version check becomes a {@link StaleDataException} (a message for the user)
 * instead of a failed commit (an error page). Callers never see a JPA exception.
 */
public class StaleDataTranslation {

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object flushInsideTheTransaction(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (OptimisticLockException e) {
            throw new StaleDataException();
        }
    }
}
