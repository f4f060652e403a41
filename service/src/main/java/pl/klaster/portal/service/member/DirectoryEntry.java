package pl.klaster.portal.service.member;

import java.io.Serializable;
import java.util.List;

/**
 * A member's public profile: what any signed-in member of the cluster may see of another active member.
 * Only the contact persons who agreed to appear in the directory.
 */
public record DirectoryEntry(long id, String name, String legalName, String city, String website,
                             String descriptionPl, String descriptionEn, boolean hasLogo, List<String> capabilities,
                             List<String> pkdCodes, List<String> exportMarkets, List<Person> persons) implements Serializable {

    /** A contact person who agreed to be shown. */
    public record Person(String firstName, String lastName, String jobTitle, String email, String phone) implements Serializable {

        public String name() {
            return firstName + " " + lastName;
        }
    }
}
