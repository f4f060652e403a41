package pl.klaster.portal.service.account;

import pl.klaster.portal.domain.account.Role;

import java.io.Serializable;

/**
 * What the pages need to know about the signed-in person; small and serialisable so it can live in the
 * (replicated) session.
 *
 * @param memberId   the member company of a MEMBER account, null for other roles
 * @param memberName the company's display name, null for other roles
 */
public record SignedInAccount(String username, String fullName, Role role, Long memberId, String memberName,
                              boolean companyAdmin) implements Serializable {
}
