package pl.klaster.portal.service.member.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field a file's column can be mapped to, of one {@link ImportKind}, with the header names (Polish and English,
 * compared without case, diacritics, spaces or punctuation) that propose it. The key field of each kind (NIP,
 * the member's NIP) must be mapped.
 */
public enum ImportField {
    NIP(ImportKind.MEMBERS, "nip", "numer nip", "tax id", "vat id", "vat number", "nip number"),
    LEGAL_NAME(ImportKind.MEMBERS, "nazwa", "pelna nazwa", "nazwa pelna", "nazwa firmy", "firma", "legal name", "name", "company", "company name"),
    SHORT_NAME(ImportKind.MEMBERS, "nazwa skrocona", "skrot", "short name", "abbreviation"),
    REGON(ImportKind.MEMBERS, "regon", "numer regon"),
    KRS(ImportKind.MEMBERS, "krs", "numer krs"),
    STREET(ImportKind.MEMBERS, "ulica", "ulica i numer", "adres", "street", "address"),
    POSTAL_CODE(ImportKind.MEMBERS, "kod pocztowy", "kod", "postal code", "postcode", "zip", "zip code"),
    CITY(ImportKind.MEMBERS, "miasto", "miejscowosc", "city", "town"),
    VOIVODESHIP(ImportKind.MEMBERS, "wojewodztwo", "woj", "voivodeship", "region", "province"),
    COUNTRY(ImportKind.MEMBERS, "kraj", "country", "country code"),
    EMAIL(ImportKind.MEMBERS, "email", "e mail", "adres email", "mail"),
    PHONE(ImportKind.MEMBERS, "telefon", "tel", "phone", "telephone"),
    WEBSITE(ImportKind.MEMBERS, "strona", "strona internetowa", "strona www", "www", "website", "web", "url"),
    MEMBER_TYPE(ImportKind.MEMBERS, "rodzaj", "rodzaj czlonka", "typ", "typ czlonka", "member type", "type"),
    SIZE_CLASS(ImportKind.MEMBERS, "wielkosc", "wielkosc firmy", "klasa wielkosci", "size", "size class", "company size"),

    MEMBER_NIP(ImportKind.CONTACTS, "nip", "nip czlonka", "nip firmy", "member nip", "company nip", "tax id"),
    FIRST_NAME(ImportKind.CONTACTS, "imie", "first name", "given name", "firstname"),
    LAST_NAME(ImportKind.CONTACTS, "nazwisko", "last name", "surname", "family name", "lastname"),
    CONTACT_EMAIL(ImportKind.CONTACTS, "email", "e mail", "adres email", "mail"),
    CONTACT_PHONE(ImportKind.CONTACTS, "telefon", "tel", "phone", "telephone", "mobile"),
    JOB_TITLE(ImportKind.CONTACTS, "stanowisko", "funkcja", "position", "job title", "title", "role");

    private final ImportKind kind;
    private final List<String> synonyms;

    ImportField(ImportKind kind, String... synonyms) {
        this.kind = kind;
        this.synonyms = Arrays.stream(synonyms).map(ImportField::normalise).toList();
    }

    public ImportKind kind() {
        return kind;
    }

    /** The field that identifies a row's record: NIP for members, the member's NIP for contacts. */
    public static ImportField keyOf(ImportKind kind) {
        return kind == ImportKind.MEMBERS ? NIP : MEMBER_NIP;
    }

    public static List<ImportField> of(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    /** The field of that kind whose names include the header, if any. */
    public static Optional<ImportField> forHeader(ImportKind kind, String header) {
        String name = normalise(header);
        return of(kind).stream().filter(f -> f.synonyms.contains(name) || f.name().replace("_", "").equalsIgnoreCase(name.replace(" ", "")))
                .findFirst();
    }

    /** Lower case, Polish letters without diacritics, every run of other characters one space, trimmed. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
