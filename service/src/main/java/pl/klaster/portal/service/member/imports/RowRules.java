package pl.klaster.portal.service.member.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.domain.validation.PolishIdentifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one row, without a database: copies a row's text into a member or a contact person (values the
 * entity cannot take, such as an unknown voivodeship, become messages), and turns the entity's Bean Validation
 * violations (the same constraints the member form and the services check) into messages for the row's fields.
 * A blank cell leaves the field as it is, so an update changes only what the file gives.
 */
public final class RowRules {

    private static final Map<String, ImportField> MEMBER_PATHS = Map.ofEntries(
            Map.entry("legalName", ImportField.LEGAL_NAME), Map.entry("shortName", ImportField.SHORT_NAME),
            Map.entry("nip", ImportField.NIP), Map.entry("nipGivenInPoland", ImportField.NIP),
            Map.entry("regon", ImportField.REGON), Map.entry("krs", ImportField.KRS),
            Map.entry("address.street", ImportField.STREET), Map.entry("address.postalCode", ImportField.POSTAL_CODE),
            Map.entry("address.postalCodeValidForCountry", ImportField.POSTAL_CODE),
            Map.entry("address.city", ImportField.CITY), Map.entry("address.voivodeship", ImportField.VOIVODESHIP),
            Map.entry("address.voivodeshipGivenInPoland", ImportField.VOIVODESHIP),
            Map.entry("address.countryCode", ImportField.COUNTRY), Map.entry("email", ImportField.EMAIL),
            Map.entry("phone", ImportField.PHONE), Map.entry("website", ImportField.WEBSITE),
            Map.entry("memberType", ImportField.MEMBER_TYPE), Map.entry("sizeClass", ImportField.SIZE_CLASS));
    private static final Map<String, ImportField> CONTACT_PATHS = Map.of(
            "firstName", ImportField.FIRST_NAME, "lastName", ImportField.LAST_NAME, "email", ImportField.CONTACT_EMAIL,
            "phone", ImportField.CONTACT_PHONE, "jobTitle", ImportField.JOB_TITLE);

    private static final Map<String, MemberType> MEMBER_TYPES = new HashMap<>();
    private static final Map<String, SizeClass> SIZE_CLASSES = new HashMap<>();
    private static final Map<String, String> COUNTRIES = Map.of("polska", "PL", "poland", "PL", "niemcy", "DE",
            "germany", "DE", "czechy", "CZ", "czech republic", "CZ");

    static {
        for (MemberType type : MemberType.values()) {
            MEMBER_TYPES.put(ImportField.normalise(type.name()), type);
        }
        names(MEMBER_TYPES, MemberType.ENTERPRISE, "przedsiebiorstwo", "firma", "company");
        names(MEMBER_TYPES, MemberType.RD_BODY, "jednostka badawczo rozwojowa", "jednostka badawcza", "instytut badawczy",
                "jbr", "b r", "r d", "r d body", "research body", "research organisation", "research organization");
        names(MEMBER_TYPES, MemberType.UNIVERSITY, "uczelnia", "szkola wyzsza");
        names(MEMBER_TYPES, MemberType.PUBLIC_BODY, "podmiot publiczny", "jst", "samorzad", "administracja publiczna");
        names(MEMBER_TYPES, MemberType.BUSINESS_SUPPORT, "instytucja otoczenia biznesu", "iob", "business support body");
        names(MEMBER_TYPES, MemberType.OTHER, "inny", "inne");
        for (SizeClass size : SizeClass.values()) {
            SIZE_CLASSES.put(ImportField.normalise(size.name()), size);
        }
        names(SIZE_CLASSES, SizeClass.MICRO, "mikro", "mikroprzedsiebiorstwo");
        names(SIZE_CLASSES, SizeClass.SMALL, "male", "mala", "maly", "male przedsiebiorstwo");
        names(SIZE_CLASSES, SizeClass.MEDIUM, "srednie", "srednia", "sredni", "srednie przedsiebiorstwo");
        names(SIZE_CLASSES, SizeClass.LARGE, "duze", "duza", "duzy", "duze przedsiebiorstwo");
    }

    private RowRules() {
    }

    @SafeVarargs
    private static <E> void names(Map<String, E> map, E value, String... names) {
        for (String name : names) {
            map.put(ImportField.normalise(name), value);
        }
    }

    /** Copies the row's values into the member; returns the values it could not take. */
    public static List<RowMessage> apply(ColumnMapping mapping, ParsedFile.Row row, Member member) {
        List<RowMessage> problems = new ArrayList<>();
        set(mapping, row, ImportField.LEGAL_NAME, member::setLegalName);
        set(mapping, row, ImportField.SHORT_NAME, member::setShortName);
        set(mapping, row, ImportField.NIP, member::setNip);
        set(mapping, row, ImportField.REGON, member::setRegon);
        set(mapping, row, ImportField.KRS, member::setKrs);
        set(mapping, row, ImportField.EMAIL, member::setEmail);
        set(mapping, row, ImportField.PHONE, member::setPhone);
        set(mapping, row, ImportField.WEBSITE, member::setWebsite);
        Address address = member.getAddress() == null ? new Address() : member.getAddress();
        member.setAddress(address);
        set(mapping, row, ImportField.STREET, address::setStreet);
        set(mapping, row, ImportField.POSTAL_CODE, address::setPostalCode);
        set(mapping, row, ImportField.CITY, address::setCity);
        String country = mapping.value(row, ImportField.COUNTRY);
        if (country != null) {
            String code = COUNTRIES.getOrDefault(ImportField.normalise(country), country.toUpperCase(Locale.ROOT));
            address.setCountryCode(code);
        }
        String voivodeship = mapping.value(row, ImportField.VOIVODESHIP);
        if (voivodeship != null) {
            Optional<Voivodeship> v = voivodeship(voivodeship);
            v.ifPresent(address::setVoivodeship);
            if (v.isEmpty()) {
                problems.add(RowMessage.of(ImportField.VOIVODESHIP, "import.row.unknownValue", voivodeship));
            }
        }
        String type = mapping.value(row, ImportField.MEMBER_TYPE);
        if (type != null) {
            MemberType t = MEMBER_TYPES.get(ImportField.normalise(type));
            member.setMemberType(t == null ? member.getMemberType() : t);
            if (t == null) {
                problems.add(RowMessage.of(ImportField.MEMBER_TYPE, "import.row.unknownValue", type));
            }
        }
        String size = mapping.value(row, ImportField.SIZE_CLASS);
        if (size != null) {
            SizeClass s = SIZE_CLASSES.get(ImportField.normalise(size));
            member.setSizeClass(s == null ? member.getSizeClass() : s);
            if (s == null) {
                problems.add(RowMessage.of(ImportField.SIZE_CLASS, "import.row.unknownValue", size));
            }
        }
        return problems;
    }

    /** Copies the row's values into the contact person. */
    public static void apply(ColumnMapping mapping, ParsedFile.Row row, ContactPerson contact) {
        set(mapping, row, ImportField.FIRST_NAME, contact::setFirstName);
        set(mapping, row, ImportField.LAST_NAME, contact::setLastName);
        set(mapping, row, ImportField.CONTACT_EMAIL, contact::setEmail);
        set(mapping, row, ImportField.CONTACT_PHONE, contact::setPhone);
        set(mapping, row, ImportField.JOB_TITLE, contact::setJobTitle);
    }

    /** A voivodeship by its Polish name (with or without "woj."), its constant, or its TERYT code. */
    static Optional<Voivodeship> voivodeship(String text) {
        String name = ImportField.normalise(text).replaceFirst("^(wojewodztwo|woj) ", "");
        for (Voivodeship v : Voivodeship.values()) {
            if (ImportField.normalise(v.name()).equals(name) || v.getTerytCode().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The entity's constraint violations as messages, each at the row's field it concerns, in a stable order. */
    public static <T> List<RowMessage> violations(Validator validator, T entity) {
        Map<String, ImportField> paths = entity instanceof ContactPerson ? CONTACT_PATHS : MEMBER_PATHS;
        List<RowMessage> messages = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(entity)) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : "validation.invalid";
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            ImportField field = paths.get(v.getPropertyPath().toString());
            messages.add(max == null ? RowMessage.of(field, key) : RowMessage.of(field, key, max));
        }
        messages.sort(Comparator.comparing((RowMessage m) -> m.field() == null ? -1 : m.field().ordinal()).thenComparing(RowMessage::key));
        return messages;
    }

    /** The NIP of a row's key column, digits only; null when there is none. */
    public static String nip(ColumnMapping mapping, ParsedFile.Row row, ImportKind kind) {
        return PolishIdentifiers.normaliseNip(mapping.value(row, ImportField.keyOf(kind)));
    }

    private static void set(ColumnMapping mapping, ParsedFile.Row row, ImportField field, java.util.function.Consumer<String> setter) {
        String value = mapping.value(row, field);
        if (value != null) {
            setter.accept(value);
        }
    }
}
