package pl.klaster.portal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.klaster.portal.domain.account.Role;

import java.util.concurrent.Callable;

/** Runs code as the demo account {@code member3} (role MEMBER). */
@Stateless
@LocalBean
@RunAs(Role.Names.MEMBER)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsThirdMember implements Caller {

    @Override
    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
