package pl.klaster.portal.service.member.imports;

/** What a file holds: member companies (matched by NIP), or contact persons (matched to a member by its NIP). */
public enum ImportKind {
    MEMBERS,
    CONTACTS
}
