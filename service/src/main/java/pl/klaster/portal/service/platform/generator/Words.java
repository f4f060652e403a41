package pl.klaster.portal.service.platform.generator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The vocabulary of the generated data: Polish people's names, real cities with their voivodeship, postal codes
 * and dialling codes, company profiles (what a plastics processor or a tool shop is called, which PKD codes and
 * capabilities it has, how it describes itself), reasons, titles, fairs and missions. Invented names and
 * identifiers only; web and mail domains end in {@code .example}.
 */
final class Words {

    private Words() {
    }

    // ---- people ----------------------------------------------------------------------------------------------

    static final String[] MEN = {"Adam", "Andrzej", "Artur", "Bartłomiej", "Bogusław", "Damian", "Dariusz", "Dawid",
            "Grzegorz", "Hubert", "Ireneusz", "Jacek", "Jakub", "Jan", "Janusz", "Jarosław", "Jerzy", "Józef", "Kamil",
            "Karol", "Kazimierz", "Krzysztof", "Łukasz", "Maciej", "Marcin", "Marek", "Mariusz", "Mateusz", "Michał",
            "Mirosław", "Paweł", "Piotr", "Przemysław", "Radosław", "Rafał", "Robert", "Ryszard", "Sebastian",
            "Sławomir", "Stanisław", "Szymon", "Tadeusz", "Tomasz", "Witold", "Władysław", "Wojciech", "Zbigniew",
            "Zdzisław"};
    static final String[] WOMEN = {"Agata", "Agnieszka", "Aleksandra", "Alicja", "Anna", "Barbara", "Beata", "Bożena",
            "Danuta", "Dorota", "Edyta", "Elżbieta", "Emilia", "Ewa", "Grażyna", "Halina", "Hanna", "Iwona", "Izabela",
            "Jadwiga", "Joanna", "Jolanta", "Julia", "Justyna", "Karolina", "Katarzyna", "Kinga", "Krystyna", "Łucja",
            "Magdalena", "Małgorzata", "Maria", "Marta", "Monika", "Natalia", "Patrycja", "Paulina", "Renata", "Sylwia",
            "Teresa", "Urszula", "Weronika", "Wiesława", "Zofia", "Żaneta"};
    /** Surnames in their masculine form; {@link #surname} gives the feminine one. */
    static final String[] SURNAMES = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
            "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
            "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski",
            "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień",
            "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak",
            "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak",
            "Marciniak", "Wróblewski", "Zalewski", "Jakubowski", "Jasiński", "Zawadzki", "Sadowski", "Bąk",
            "Chmielewski", "Włodarczyk", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak",
            "Maciejewski", "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek", "Wysocki", "Adamski",
            "Kaźmierczak", "Wasilewski", "Sobczak", "Czerwiński", "Andrzejewski", "Cieślak", "Głowacki", "Zakrzewski",
            "Kołodziej", "Sikorski", "Krajewski", "Gajewski", "Szymczak", "Szulc", "Baranowski", "Laskowski",
            "Brzeziński", "Makowski", "Ziółkowski", "Przybylski", "Żak", "Łuczak", "Żurawski", "Ślusarczyk",
            "Gołębiowski", "Dziedzic", "Błaszczyk", "Kędzierski", "Śliwiński", "Żmuda", "Łukaszewski", "Grzelak",
            "Fordoński", "Nakielski", "Solecki", "Chełmiński"};

    /** The surname in the person's gender: Kowalski / Kowalska, Nowak / Nowak. */
    static String surname(String masculine, boolean woman) {
        if (!woman) {
            return masculine;
        }
        if (masculine.endsWith("ski") || masculine.endsWith("cki") || masculine.endsWith("dzki")) {
            return masculine.substring(0, masculine.length() - 1) + "a";
        }
        return masculine;
    }

    /** Job titles as (masculine, feminine); the first five are for the company's main contact. */
    static final String[][] JOB_TITLES = {
            {"Prezes zarządu", "Prezes zarządu"}, {"Właściciel", "Właścicielka"}, {"Dyrektor generalny", "Dyrektor generalna"},
            {"Członek zarządu", "Członkini zarządu"}, {"Dyrektor handlowy", "Dyrektor handlowa"},
            {"Dyrektor techniczny", "Dyrektor techniczna"}, {"Kierownik produkcji", "Kierowniczka produkcji"},
            {"Kierownik działu jakości", "Kierowniczka działu jakości"}, {"Główny technolog", "Główna technolog"},
            {"Specjalista ds. eksportu", "Specjalistka ds. eksportu"}, {"Specjalista ds. marketingu", "Specjalistka ds. marketingu"},
            {"Inżynier procesu", "Inżynier procesu"}, {"Konstruktor", "Konstruktorka"},
            {"Kierownik projektów B+R", "Kierowniczka projektów B+R"}, {"Specjalista ds. zakupów", "Specjalistka ds. zakupów"},
            {"Koordynator projektów UE", "Koordynatorka projektów UE"}, {"Handlowiec", "Handlowiec"},
            {"Pełnomocnik ds. współpracy z przemysłem", "Pełnomocniczka ds. współpracy z przemysłem"},
            {"Kierownik utrzymania ruchu", "Kierowniczka utrzymania ruchu"}, {"Asystent zarządu", "Asystentka zarządu"}};

    // ---- places ----------------------------------------------------------------------------------------------

    /** A Polish city: name, "w ..." form, voivodeship, first postal code (as a number) and how many follow, dialling code, weight. */
    record City(String name, String locative, String voivodeship, int firstPostal, int postalSpan, String dialling, int weight) {
        String postalCode(Dice dice) {
            int code = firstPostal + dice.between(0, postalSpan - 1);
            return String.format(Locale.ROOT, "%02d-%03d", code / 1000, code % 1000);
        }
    }

    static final City[] CITIES = {
            new City("Bydgoszcz", "w Bydgoszczy", "KUJAWSKO_POMORSKIE", 85001, 880, "52", 30),
            new City("Toruń", "w Toruniu", "KUJAWSKO_POMORSKIE", 87100, 67, "56", 12),
            new City("Włocławek", "we Włocławku", "KUJAWSKO_POMORSKIE", 87800, 21, "54", 5),
            new City("Grudziądz", "w Grudziądzu", "KUJAWSKO_POMORSKIE", 86300, 12, "56", 4),
            new City("Inowrocław", "w Inowrocławiu", "KUJAWSKO_POMORSKIE", 88100, 12, "52", 4),
            new City("Solec Kujawski", "w Solcu Kujawskim", "KUJAWSKO_POMORSKIE", 86050, 1, "52", 2),
            new City("Białe Błota", "w Białych Błotach", "KUJAWSKO_POMORSKIE", 86005, 1, "52", 2),
            new City("Osielsko", "w Osielsku", "KUJAWSKO_POMORSKIE", 86031, 1, "52", 2),
            new City("Nakło nad Notecią", "w Nakle nad Notecią", "KUJAWSKO_POMORSKIE", 89100, 1, "52", 2),
            new City("Świecie", "w Świeciu", "KUJAWSKO_POMORSKIE", 86100, 6, "52", 2),
            new City("Koronowo", "w Koronowie", "KUJAWSKO_POMORSKIE", 86010, 1, "52", 1),
            new City("Chełmno", "w Chełmnie", "KUJAWSKO_POMORSKIE", 86200, 1, "56", 1),
            new City("Chełmża", "w Chełmży", "KUJAWSKO_POMORSKIE", 87140, 1, "56", 1),
            new City("Brodnica", "w Brodnicy", "KUJAWSKO_POMORSKIE", 87300, 1, "56", 1),
            new City("Żnin", "w Żninie", "KUJAWSKO_POMORSKIE", 88400, 1, "52", 1),
            new City("Tuchola", "w Tucholi", "KUJAWSKO_POMORSKIE", 89500, 1, "52", 1),
            new City("Ciechocinek", "w Ciechocinku", "KUJAWSKO_POMORSKIE", 87720, 1, "54", 1),
            new City("Rypin", "w Rypinie", "KUJAWSKO_POMORSKIE", 87500, 1, "54", 1),
            new City("Wąbrzeźno", "w Wąbrzeźnie", "KUJAWSKO_POMORSKIE", 87200, 1, "56", 1),
            new City("Mogilno", "w Mogilnie", "KUJAWSKO_POMORSKIE", 88300, 1, "52", 1),
            new City("Warszawa", "w Warszawie", "MAZOWIECKIE", 1, 4999, "22", 5),
            new City("Płock", "w Płocku", "MAZOWIECKIE", 9400, 12, "24", 1),
            new City("Radom", "w Radomiu", "MAZOWIECKIE", 26600, 18, "48", 1),
            new City("Poznań", "w Poznaniu", "WIELKOPOLSKIE", 60001, 1896, "61", 4),
            new City("Piła", "w Pile", "WIELKOPOLSKIE", 64920, 1, "67", 1),
            new City("Kalisz", "w Kaliszu", "WIELKOPOLSKIE", 62800, 11, "62", 1),
            new City("Gniezno", "w Gnieźnie", "WIELKOPOLSKIE", 62200, 1, "61", 1),
            new City("Konin", "w Koninie", "WIELKOPOLSKIE", 62500, 11, "63", 1),
            new City("Ostrów Wielkopolski", "w Ostrowie Wielkopolskim", "WIELKOPOLSKIE", 63400, 1, "62", 1),
            new City("Gdańsk", "w Gdańsku", "POMORSKIE", 80001, 958, "58", 3),
            new City("Gdynia", "w Gdyni", "POMORSKIE", 81001, 589, "58", 2),
            new City("Słupsk", "w Słupsku", "POMORSKIE", 76200, 16, "59", 1),
            new City("Chojnice", "w Chojnicach", "POMORSKIE", 89600, 5, "52", 1),
            new City("Starogard Gdański", "w Starogardzie Gdańskim", "POMORSKIE", 83200, 1, "58", 1),
            new City("Łódź", "w Łodzi", "LODZKIE", 90001, 999, "42", 2),
            new City("Wrocław", "we Wrocławiu", "DOLNOSLASKIE", 50001, 999, "71", 2),
            new City("Legnica", "w Legnicy", "DOLNOSLASKIE", 59220, 1, "76", 1),
            new City("Świdnica", "w Świdnicy", "DOLNOSLASKIE", 58100, 1, "74", 1),
            new City("Jelenia Góra", "w Jeleniej Górze", "DOLNOSLASKIE", 58500, 74, "75", 1),
            new City("Kraków", "w Krakowie", "MALOPOLSKIE", 30001, 1982, "12", 2),
            new City("Tarnów", "w Tarnowie", "MALOPOLSKIE", 33100, 11, "14", 1),
            new City("Nowy Sącz", "w Nowym Sączu", "MALOPOLSKIE", 33300, 1, "18", 1),
            new City("Katowice", "w Katowicach", "SLASKIE", 40001, 999, "32", 2),
            new City("Gliwice", "w Gliwicach", "SLASKIE", 44100, 23, "32", 2),
            new City("Bielsko-Biała", "w Bielsku-Białej", "SLASKIE", 43300, 19, "33", 1),
            new City("Tychy", "w Tychach", "SLASKIE", 43100, 1, "32", 1),
            new City("Częstochowa", "w Częstochowie", "SLASKIE", 42200, 27, "34", 1),
            new City("Rzeszów", "w Rzeszowie", "PODKARPACKIE", 35001, 959, "17", 1),
            new City("Mielec", "w Mielcu", "PODKARPACKIE", 39300, 1, "17", 1),
            new City("Lublin", "w Lublinie", "LUBELSKIE", 20001, 999, "81", 1),
            new City("Zamość", "w Zamościu", "LUBELSKIE", 22400, 1, "84", 1),
            new City("Białystok", "w Białymstoku", "PODLASKIE", 15001, 950, "85", 1),
            new City("Łomża", "w Łomży", "PODLASKIE", 18400, 1, "86", 1),
            new City("Olsztyn", "w Olsztynie", "WARMINSKO_MAZURSKIE", 10001, 900, "89", 1),
            new City("Elbląg", "w Elblągu", "WARMINSKO_MAZURSKIE", 82300, 1, "55", 1),
            new City("Iława", "w Iławie", "WARMINSKO_MAZURSKIE", 14200, 1, "89", 1),
            new City("Szczecin", "w Szczecinie", "ZACHODNIOPOMORSKIE", 70001, 1899, "91", 1),
            new City("Koszalin", "w Koszalinie", "ZACHODNIOPOMORSKIE", 75001, 950, "94", 1),
            new City("Zielona Góra", "w Zielonej Górze", "LUBUSKIE", 65001, 950, "68", 1),
            new City("Gorzów Wielkopolski", "w Gorzowie Wielkopolskim", "LUBUSKIE", 66400, 1, "95", 1),
            new City("Opole", "w Opolu", "OPOLSKIE", 45001, 920, "77", 1),
            new City("Kielce", "w Kielcach", "SWIETOKRZYSKIE", 25001, 900, "41", 1),
            new City("Starachowice", "w Starachowicach", "SWIETOKRZYSKIE", 27200, 1, "41", 1)};

    static final String[] STREETS = {"ul. Przemysłowa", "ul. Fabryczna", "ul. Toruńska", "ul. Grunwaldzka",
            "ul. Fordońska", "ul. Inwalidów", "ul. Łęczycka", "ul. Żeglarska", "ul. Składowa", "ul. Magazynowa",
            "ul. Kolejowa", "ul. Polna", "ul. Lipowa", "ul. Leśna", "ul. Ogrodowa", "ul. Szkolna", "ul. Długa",
            "ul. Słoneczna", "ul. Źródlana", "ul. Łąkowa", "ul. Wiśniowa", "ul. Kasztanowa", "ul. Brzozowa",
            "ul. Świętojańska", "ul. Mickiewicza", "ul. Kościuszki", "ul. Sienkiewicza", "ul. Piłsudskiego",
            "ul. Jana Pawła II", "ul. Wojska Polskiego", "ul. 3 Maja", "ul. Rycerska", "ul. Hutnicza", "ul. Spawaczy",
            "ul. Metalowców", "ul. Chemików", "ul. Energetyków", "ul. Techników", "ul. Wspólna", "ul. Ślusarska",
            "ul. Zielona", "ul. Żelazna", "ul. Stalowa", "ul. Górnicza", "al. Niepodległości", "ul. Gdańska",
            "ul. Poznańska", "ul. Warszawska", "ul. Bydgoska", "ul. Nowa", "ul. Wrzosowa", "ul. Błękitna",
            "ul. Rzemieślnicza", "ul. Narzędziowców", "ul. Plastyczna", "ul. Łódzka"};

    /** A foreign member's country, city and postal code, the legal forms there, and its dialling code. */
    record Abroad(String country, String city, String postalCode, String[] forms, String dialling) {
    }

    static final Abroad[] ABROAD = {
            new Abroad("DE", "Chemnitz", "09126", new String[]{"GmbH", "GmbH & Co. KG"}, "+49"),
            new Abroad("DE", "Lüdenscheid", "58507", new String[]{"GmbH", "AG"}, "+49"),
            new Abroad("DE", "Stuttgart", "70173", new String[]{"GmbH"}, "+49"),
            new Abroad("CZ", "Brno", "602 00", new String[]{"s.r.o.", "a.s."}, "+420"),
            new Abroad("CZ", "Zlín", "760 01", new String[]{"s.r.o."}, "+420"),
            new Abroad("SK", "Žilina", "010 01", new String[]{"s.r.o."}, "+421"),
            new Abroad("LT", "Kaunas", "LT-44280", new String[]{"UAB"}, "+370"),
            new Abroad("NL", "Eindhoven", "5611 AB", new String[]{"B.V."}, "+31"),
            new Abroad("FR", "Oyonnax", "01100", new String[]{"SAS", "SARL"}, "+33"),
            new Abroad("IT", "Brescia", "25121", new String[]{"S.r.l.", "S.p.A."}, "+39"),
            new Abroad("SE", "Jönköping", "553 20", new String[]{"AB"}, "+46"),
            new Abroad("AT", "Linz", "4020", new String[]{"GmbH"}, "+43"),
            new Abroad("DK", "Aarhus", "8000", new String[]{"ApS", "A/S"}, "+45"),
            new Abroad("UA", "Lwów / Lviv", "79000", new String[]{"TOV"}, "+380")};

    // ---- companies -------------------------------------------------------------------------------------------

    /** What a kind of company is called, which PKD codes and capabilities it has, and how it describes itself (%s: for whom). */
    record Profile(String[] prefixes, String solePrefix, String[] pkd, long[] capabilities, String descriptionPl,
                   String descriptionEn, int weight) {
    }

    static final Profile[] PROFILES = {
            new Profile(new String[]{"Zakłady Tworzyw Sztucznych", "Przetwórstwo Tworzyw Sztucznych", "Wtryskownia",
                    "Zakład Produkcji Wyrobów z Tworzyw Sztucznych", "Fabryka Wyrobów z Tworzyw"}, "Przetwórstwo Tworzyw Sztucznych",
                    new String[]{"22.29.Z", "22.21.Z", "22.22.Z", "28.96.Z"}, new long[]{1, 21, 22, 23, 24, 41, 51, 53, 9, 14},
                    "Wtryskowe części techniczne z tworzyw sztucznych dla %s.", "Injection-moulded technical plastic parts for %s.", 22),
            new Profile(new String[]{"Wytłaczarnia", "Zakład Przetwórstwa Folii", "Produkcja Rur i Profili", "Folie Techniczne"},
                    "Produkcja Folii", new String[]{"22.21.Z", "22.22.Z", "22.23.Z"}, new long[]{2, 3, 4, 22, 25, 26, 51, 52},
                    "Folie, rury i profile wytłaczane z tworzyw dla %s.", "Extruded films, pipes and profiles for %s.", 8),
            new Profile(new String[]{"Narzędziownia", "Fabryka Form Wtryskowych", "Formy i Narzędzia", "Zakład Narzędziowy"},
                    "Usługi Narzędziowe", new String[]{"25.73.Z", "28.96.Z", "25.62.Z"}, new long[]{9, 10, 5, 42, 43, 51, 11},
                    "Projektowanie i budowa form wtryskowych oraz tłoczników dla %s.", "Design and making of injection moulds and stamping dies for %s.", 14),
            new Profile(new String[]{"Zakład Obróbki Metali", "Mechanika Precyzyjna", "Obróbka Skrawaniem", "Zakład Mechaniczny"},
                    "Usługi Ślusarsko-Tokarskie", new String[]{"25.62.Z", "25.61.Z", "33.11.Z", "25.94.Z"}, new long[]{5, 6, 7, 28, 29, 42, 51, 54},
                    "Precyzyjna obróbka CNC elementów metalowych dla %s.", "Precision CNC machining of metal parts for %s.", 16),
            new Profile(new String[]{"Konstrukcje Stalowe", "Zakład Konstrukcji Metalowych", "Przedsiębiorstwo Produkcyjno-Usługowe"},
                    "Usługi Spawalnicze", new String[]{"25.11.Z", "25.12.Z", "25.29.Z", "25.99.Z"}, new long[]{6, 7, 8, 45, 28, 56, 12},
                    "Konstrukcje stalowe, spawanie i cięcie laserowe dla %s.", "Steel structures, welding and laser cutting for %s.", 9),
            new Profile(new String[]{"Automatyka Przemysłowa", "Systemy Automatyki", "Robotyka", "Integrator Systemów"},
                    "Usługi Elektryczne i Automatyka", new String[]{"28.99.Z", "33.20.Z", "27.12.Z", "62.01.Z"}, new long[]{13, 44, 11, 15},
                    "Zrobotyzowane stanowiska i integracja systemów sterowania dla %s.", "Robotic cells and control systems integration for %s.", 10),
            new Profile(new String[]{"Recykling Tworzyw", "Zakład Odzysku Surowców", "Regranulaty"}, "Skup i Przerób Tworzyw",
                    new String[]{"38.32.Z", "22.19.Z", "20.16.Z", "22.11.Z"}, new long[]{14, 27, 22, 21, 52},
                    "Recykling tworzyw i gumy, regranulaty i kompaundy dla %s.", "Plastics and rubber recycling, regranulates and compounds for %s.", 5),
            new Profile(new String[]{"Kompozyty", "Laminaty Techniczne", "Lekkie Konstrukcje"}, "Wyroby z Laminatów",
                    new String[]{"22.29.Z", "20.16.Z", "29.32.Z"}, new long[]{30, 11, 4, 15},
                    "Lekkie elementy kompozytowe dla %s.", "Lightweight composite parts for %s.", 3),
            new Profile(new String[]{"Malarnia Proszkowa", "Galwanizernia", "Powłoki Ochronne", "Zakład Obróbki Powierzchni"},
                    "Malowanie Proszkowe", new String[]{"25.61.Z", "20.30.Z"}, new long[]{12, 52, 29},
                    "Malowanie proszkowe i powłoki ochronne dla %s.", "Powder coating and protective finishes for %s.", 4),
            new Profile(new String[]{"Fabryka Maszyn", "Budowa Maszyn", "Zakład Maszyn Specjalnych"}, "Budowa Maszyn",
                    new String[]{"28.41.Z", "28.96.Z", "28.22.Z", "28.29.Z", "28.99.Z"}, new long[]{5, 6, 13, 41, 42},
                    "Maszyny specjalne i urządzenia dla %s.", "Special-purpose machines for %s.", 5),
            new Profile(new String[]{"Komponenty Motoryzacyjne", "Auto-Części", "Zakład Części Samochodowych"}, "Produkcja Części",
                    new String[]{"29.32.Z", "22.19.Z", "25.50.Z", "29.31.Z"}, new long[]{1, 8, 53, 54, 5},
                    "Części i podzespoły dla %s.", "Parts and assemblies for %s.", 4),
            new Profile(new String[]{"Biuro Projektowe", "Inżynieria Produktu", "Centrum Projektowe"}, "Usługi Inżynierskie",
                    new String[]{"71.12.Z", "74.10.Z", "71.20.B", "72.19.Z"}, new long[]{15, 9, 11},
                    "Projektowanie wyrobów i dokumentacja techniczna dla %s.", "Product design and engineering documentation for %s.", 5),
            new Profile(new String[]{"Systemy Informatyczne", "Oprogramowanie Przemysłowe"}, "Usługi Informatyczne",
                    new String[]{"62.01.Z", "62.02.Z", "62.09.Z"}, new long[]{13, 15},
                    "Oprogramowanie MES i cyfryzacja produkcji dla %s.", "MES software and digital manufacturing for %s.", 4),
            new Profile(new String[]{"Hurtownia Tworzyw", "Handel Stalą", "Dystrybucja Maszyn"}, "Handel Hurtowy",
                    new String[]{"46.76.Z", "46.72.Z", "46.69.Z", "46.62.Z"}, new long[]{21, 22, 28, 29},
                    "Dystrybucja surowców i maszyn dla %s.", "Distribution of materials and machines for %s.", 3),
            new Profile(new String[]{"Odlewnia", "Odlewnia Metali Lekkich", "Odlewnia Żeliwa"}, "Odlewnictwo",
                    new String[]{"24.51.Z", "24.53.Z", "24.52.Z", "24.54.A"}, new long[]{29, 5, 51},
                    "Odlewy z żeliwa i metali lekkich dla %s.", "Iron and light-metal castings for %s.", 3),
            new Profile(new String[]{"Elektrotechnika", "Zakład Aparatury Elektrycznej", "Kable i Przewody"}, "Usługi Elektrotechniczne",
                    new String[]{"27.12.Z", "27.33.Z", "27.90.Z", "26.51.Z"}, new long[]{13, 51},
                    "Aparatura i osprzęt elektryczny dla %s.", "Electrical equipment and components for %s.", 3)};

    /** For whom: (Polish genitive, English). */
    static final String[][] INDUSTRIES = {{"motoryzacji", "the automotive industry"}, {"producentów AGD", "household appliance makers"},
            {"budownictwa", "construction"}, {"branży medycznej", "the medical sector"}, {"przemysłu spożywczego", "the food industry"},
            {"energetyki", "the energy sector"}, {"kolejnictwa", "rail"}, {"branży meblowej", "the furniture industry"},
            {"rolnictwa", "agriculture"}, {"przemysłu elektrotechnicznego", "the electrical industry"},
            {"branży opakowaniowej", "the packaging industry"}, {"przemysłu maszynowego", "machine builders"}};

    static final String[] BRAND_HEADS = {"Pol", "Plast", "Metal", "Stal", "Form", "Tech", "Mech", "Term", "Eko", "Auto",
            "Elektro", "Hydro", "Kuj", "Pomor", "Nord", "Wis", "Lech", "Gryf", "Orl", "Kor", "Tor", "Byd", "Fal", "Rol",
            "Pro", "Inter", "Mega", "Uni", "Omni", "Nova", "Vec", "Dar", "Rad", "Wol", "Sok", "Bel", "Kam", "Zam", "Lin"};
    static final String[] BRAND_TAILS = {"plast", "met", "tech", "mex", "pol", "form", "stal", "mech", "tron", "sys",
            "tool", "lux", "bud", "trans", "ex", "ol", "on", "ar", "bis", "pak", "flex", "mat", "dur", "gum"};
    static final String[] BRAND_WORDS = {"Orzeł", "Sokół", "Żuraw", "Dąb", "Wisła", "Brda", "Noteć", "Gryf", "Kujawy",
            "Pomorze", "Jantar", "Łoś", "Żubr", "Bóbr", "Kormoran", "Mazur", "Świt", "Zorza", "Śnieżka", "Bursztyn"};

    /** A made-up brand: "Polplast", "Gryfmet", "Sokół-Tech". */
    static String brand(Dice dice) {
        if (dice.chance(0.2)) {
            String tail = dice.pick(BRAND_TAILS);
            return dice.pick(BRAND_WORDS) + "-" + Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
        }
        return dice.pick(BRAND_HEADS) + dice.pick(BRAND_TAILS);
    }

    /**
     * Names of bodies that are not companies. {N} is the city, {L} its "w ..." form, {B} a brand, {F} a field of
     * research, {n} a school number.
     */
    static final String[] RD_NAMES = {"Instytut {F} {L}", "Centrum Badawczo-Rozwojowe {B} Sp. z o.o.",
            "Laboratorium Badań Materiałowych {B} Sp. z o.o."};
    static final String[] RD_FIELDS = {"Tworzyw Sztucznych", "Inżynierii Materiałowej", "Obróbki Plastycznej",
            "Technologii Spawalniczych", "Automatyki Przemysłowej", "Procesów Produkcyjnych", "Kompozytów"};
    static final String[] UNIVERSITY_NAMES = {"Wyższa Szkoła Inżynierii Produkcji {L}", "Akademia Techniczno-Ekonomiczna {L}",
            "Wyższa Szkoła Zarządzania i Technologii {L}", "Wyższa Szkoła Mechatroniki {L}", "Akademia Nauk Stosowanych {L}"};
    static final String[] PUBLIC_NAMES = {"Gmina Miasto {N}", "Urząd Miejski {L}", "Starostwo Powiatowe {L}", "Gmina {N}"};
    static final String[] SUPPORT_NAMES = {"Fundacja Rozwoju Przedsiębiorczości {B}", "Park Technologiczny {N}",
            "Inkubator Przedsiębiorczości {B}", "Izba Gospodarcza {B}", "Centrum Transferu Technologii {B}",
            "Agencja Rozwoju Regionalnego {B} S.A."};
    static final String[] OTHER_NAMES = {"Zespół Szkół Technicznych nr {n} {L}", "Technikum Mechaniczne nr {n} {L}",
            "Centrum Kształcenia Zawodowego nr {n} {L}", "Stowarzyszenie Inżynierów i Techników {B}"};
    /** Descriptions of bodies that are not companies, by member type (Polish, English). */
    static final String[][] BODY_DESCRIPTIONS = {
            {"Badania, analizy i prace rozwojowe dla przemysłu: tworzywa, metale, procesy.", "Research, testing and development for industry: plastics, metals, processes."},
            {"Uczelnia kształcąca inżynierów produkcji, mechaników i automatyków; współpraca z przemysłem.", "A university training production, mechanical and automation engineers; works with industry."},
            {"Samorząd, partner klastra: tereny inwestycyjne i wsparcie dla przedsiębiorców.", "Local government, partner of the cluster: investment sites and support for businesses."},
            {"Doradztwo, szkolenia i pozyskiwanie funduszy dla firm.", "Consulting, training and funding advice for companies."},
            {"Kształcenie operatorów CNC, mechatroników i techników tworzyw.", "Training CNC operators, mechatronics and plastics technicians."}};

    static String fill(String template, City city, String brand, String field, int number) {
        return template.replace("{N}", city.name()).replace("{L}", city.locative()).replace("{B}", brand)
                .replace("{F}", field).replace("{n}", Integer.toString(number));
    }

    // ---- membership and fees -----------------------------------------------------------------------------------

    static final String[] APPLICATION_REASONS = {"Deklaracja członkowska", "Deklaracja członkowska złożona przez zarząd spółki",
            "Wniosek o przystąpienie do klastra", "Deklaracja członkowska po spotkaniu informacyjnym"};
    static final String[] SUSPENSION_REASONS = {"Zaległe składki członkowskie za dwa lata", "Zawieszenie na wniosek członka (restrukturyzacja)",
            "Brak kontaktu z firmą od ponad roku", "Zawieszenie działalności gospodarczej"};
    static final String[] REINSTATEMENT_REASONS = {"Uregulowanie zaległych składek", "Wznowienie działalności",
            "Przywrócenie na wniosek członka"};
    static final String[] RESIGNATION_REASONS = {"Rezygnacja z członkostwa (zmiana profilu działalności)", "Likwidacja spółki",
            "Rezygnacja z powodów finansowych", "Połączenie z innym podmiotem", "Sprzedaż przedsiębiorstwa inwestorowi zagranicznemu"};
    static final String[] EXPULSION_REASONS = {"Wykluczenie uchwałą zarządu – nieopłacone składki za dwa lata",
            "Wykluczenie – działanie na szkodę klastra", "Wykluczenie – utrata statusu przedsiębiorcy"};
    static final String WITHDRAWAL_REASON = "Wycofanie deklaracji członkowskiej";
    static final String[] PAYMENT_NOTES = {"Przelew / bank transfer", "Przelew – faktura FV/%d/%d", "Wpłata gotówkowa w biurze klastra",
            "Przelew z konta firmowego"};

    // ---- projects --------------------------------------------------------------------------------------------

    /** Project subjects as (Polish genitive, English). */
    static final String[][] TOPICS = {{"recyklingu tworzyw sztucznych", "plastics recycling"},
            {"kompozycji polimerowych z recyklatem gumy", "polymer compounds with rubber recyclate"},
            {"form wtryskowych z chłodzeniem konforemnym", "injection moulds with conformal cooling"},
            {"lekkich konstrukcji kompozytowych", "lightweight composite structures"},
            {"zrobotyzowanych stanowisk spawalniczych", "robotic welding cells"},
            {"cyfrowego bliźniaka narzędziowni", "a digital twin of the tool shop"},
            {"biodegradowalnych opakowań technicznych", "biodegradable technical packaging"},
            {"druku 3D części zamiennych", "3D-printed spare parts"},
            {"energooszczędnych procesów wtrysku", "energy-efficient injection moulding"},
            {"systemów wizyjnej kontroli jakości", "vision-based quality inspection"},
            {"gospodarki o obiegu zamkniętym w przetwórstwie", "the circular economy in processing"},
            {"automatyzacji obróbki CNC", "automated CNC machining"},
            {"elementów z aluminium dla e-mobilności", "aluminium parts for e-mobility"},
            {"śladu węglowego wyrobów z tworzyw", "the carbon footprint of plastic products"},
            {"kompetencji operatorów robotów", "robot operators' skills"},
            {"eksportu firm klastra na rynki pozaeuropejskie", "cluster firms' exports beyond Europe"},
            {"Przemysłu 4.0 w MŚP", "Industry 4.0 in SMEs"},
            {"zielonych kompetencji w przemyśle", "green skills in industry"}};
    /** How a project's title starts, by kind (Polish, English). */
    static final String[][][] TITLE_STARTS = {
            {{"Rozwój technologii", "Developing technologies of"}, {"Badania nad zastosowaniem", "Research into the use of"},
                    {"Opracowanie i wdrożenie", "Development and deployment of"}},
            {{"Szkolenia z zakresu", "Training in"}, {"Akademia", "Academy of"}, {"Program rozwoju kompetencji z zakresu", "Skills programme in"}},
            {{"Internacjonalizacja firm w obszarze", "Internationalisation of firms in"}, {"Ekspansja zagraniczna w obszarze", "Going abroad in"}},
            {{"Promocja oferty klastra w zakresie", "Promoting the cluster's offer in"}, {"Wspólna marka w obszarze", "A joint brand in"}},
            {{"Europejskie partnerstwo na rzecz", "A European partnership for"}, {"Konsorcjum badawcze na rzecz", "A research consortium for"}}};
    static final String[] PROJECT_REJECTIONS = {"Wniosek odrzucony – niewystarczająca liczba punktów",
            "Wniosek odrzucony na etapie oceny formalnej", "Brak środków w naborze"};
    static final String[] PROJECT_CANCELLATIONS = {"Projekt anulowany – wycofanie się lidera konsorcjum",
            "Projekt anulowany – rozwiązanie umowy o dofinansowanie", "Projekt anulowany za porozumieniem stron"};
    static final String[] MOTIVATIONS = {"Chcemy przetestować nową technologię na naszej linii produkcyjnej.",
            "Nasza firma ma doświadczenie w podobnych projektach i wolne moce przerobowe.",
            "Projekt pasuje do naszej strategii rozwoju eksportu.", "Szukamy partnerów do wspólnego wdrożenia.",
            "Chcemy przeszkolić pracowników działu produkcji.", "Możemy udostępnić halę jako zakład pilotażowy.",
            "Zależy nam na obniżeniu śladu węglowego naszych wyrobów."};
    static final String[] PARTICIPATION_REJECTIONS = {"Profil firmy nie odpowiada zakresowi projektu.",
            "Limit uczestników został wyczerpany.", "Brak wymaganych certyfikatów.", "Zaległe składki członkowskie."};

    /** Indicators by type: (type, name, unit, typical planned value). */
    static final String[][] INDICATORS = {
            {"CO2_REDUCTION", "Unikniona emisja CO₂ / CO₂ avoided", "t CO₂", "400"},
            {"RECYCLED_CONTENT", "Udział recyklatu w wyrobach / recycled content", "%", "25"},
            {"SMES_SUPPORTED", "Wspierane MŚP / SMEs supported", "MŚP / SMEs", "30"},
            {"NEW_MARKETS", "Nowe rynki eksportowe / new export markets", "rynki / markets", "4"},
            {"TRAINED_PEOPLE", "Przeszkolone osoby / people trained", "osoby / people", "120"},
            {"OTHER", "Nowe produkty wdrożone / new products launched", "produkty / products", "5"},
            {"OTHER", "Zgłoszenia patentowe / patent applications", "zgłoszenia / filings", "2"}};

    // ---- partners and outreach -----------------------------------------------------------------------------------

    /** Foreign places of partners and activities: country, city (as shown), dialling code. */
    static final String[][] FOREIGN_PLACES = {{"DE", "Chemnitz"}, {"DE", "Stuttgart"}, {"DE", "Monachium / Munich"},
            {"DE", "Düsseldorf"}, {"DE", "Lüdenscheid"}, {"FR", "Lyon"}, {"FR", "Oyonnax"}, {"FR", "Paryż / Paris"},
            {"IT", "Mediolan / Milan"}, {"IT", "Brescia"}, {"ES", "Barcelona"}, {"ES", "Bilbao"}, {"NL", "Eindhoven"},
            {"BE", "Bruksela / Brussels"}, {"FI", "Espoo"}, {"FI", "Tampere"}, {"SE", "Jönköping"}, {"SE", "Göteborg"},
            {"AT", "Linz"}, {"CZ", "Brno"}, {"CZ", "Zlín"}, {"SK", "Žilina"}, {"US", "Akron"}, {"US", "Detroit"},
            {"JP", "Osaka"}, {"JP", "Nagoja / Nagoya"}, {"IN", "Pune"}, {"MX", "Monterrey"}, {"BR", "São Paulo"},
            {"CA", "Toronto"}, {"DK", "Aarhus"}, {"NO", "Oslo"}, {"GB", "Birmingham"}};
    static final String[] CLUSTER_NAMES = {"%s Polymer Cluster", "%s Advanced Manufacturing Cluster", "%s Tooling Network",
            "%s Automotive Cluster", "%s Lightweight Network", "%s Plastics Valley"};
    static final String[] INSTITUTE_NAMES = {"%s Institute of Polymer Technology", "%s Centre for Materials Research",
            "%s Manufacturing Technology Centre"};
    static final String[][] CHAMBERS = {{"DE", "Polsko-Niemiecka Izba Przemysłowo-Handlowa"}, {"FR", "Francusko-Polska Izba Gospodarcza"},
            {"IT", "Włosko-Polska Izba Handlowo-Przemysłowa"}, {"ES", "Hiszpańsko-Polska Izba Gospodarcza"},
            {"SE", "Szwedzko-Polska Izba Handlowa"}, {"JP", "Polsko-Japońska Izba Gospodarcza"},
            {"IN", "Polsko-Indyjska Izba Przemysłowo-Handlowa"}, {"MX", "Polsko-Meksykańska Izba Gospodarcza"},
            {"US", "Amerykańska Izba Handlowa w Polsce"}, {"CA", "Kanadyjsko-Polska Izba Gospodarcza"},
            {"NL", "Holendersko-Polska Izba Gospodarcza"}, {"CZ", "Czesko-Polska Izba Handlowa"}};
    static final String[] ALLIANCE_NAMES = {"European %s Cluster Alliance", "%s Network Europe", "Alliance for %s in Europe"};
    static final String[] ALLIANCE_TOPICS = {"Lightweight", "Plastics Circularity", "Smart Manufacturing", "Moulds and Dies",
            "Composites", "Robotics"};
    /** Names of partners' people by country: first names, then surnames. */
    static final String[][][] FOREIGN_PEOPLE = {
            {{"DE", "AT"}, {"Thomas", "Anja", "Jürgen", "Sabine", "Stefan", "Katrin"}, {"Müller", "Schröder", "Weiß", "Becker", "Hoffmann", "Schäfer"}},
            {{"FR", "BE"}, {"Élodie", "François", "Hélène", "Julien", "Céline"}, {"Lefèvre", "Dubois", "Moreau", "Girard", "Lemaître"}},
            {{"IT"}, {"Giulia", "Marco", "Chiara", "Luca"}, {"Bianchi", "Rossi", "Ferrari", "Colombo"}},
            {{"ES", "MX"}, {"José", "Lucía", "Andrés", "María José"}, {"García", "Martínez", "Fernández", "Núñez"}},
            {{"BR"}, {"João", "Ana", "Luís"}, {"Silva", "Gonçalves", "Araújo"}},
            {{"SE", "NO", "DK"}, {"Åsa", "Lars", "Björn", "Ingrid"}, {"Lindström", "Johansson", "Sørensen", "Ødegård"}},
            {{"FI"}, {"Mikko", "Aino", "Jukka"}, {"Virtanen", "Mäkinen", "Häkkinen"}},
            {{"CZ", "SK"}, {"Jiří", "Petra", "Tomáš", "Lenka"}, {"Novák", "Dvořáková", "Černý", "Kučerová"}},
            {{"JP"}, {"Hiroshi", "Yuki", "Takeshi"}, {"Tanaka", "Suzuki", "Watanabe"}},
            {{"IN"}, {"Priya", "Rahul", "Anjali"}, {"Sharma", "Patel", "Iyer"}},
            {{"US", "CA", "GB"}, {"Jennifer", "Michael", "Sarah", "David"}, {"Johnson", "Miller", "O'Brien", "Walker"}}};

    /** Target markets the generator makes unless the database already has them: Polish name, English name, priority, countries. */
    static final Object[][] MARKETS = {
            {"USA", "USA", 1, new String[]{"US"}}, {"Niemcy", "Germany", 1, new String[]{"DE"}},
            {"Japonia", "Japan", 2, new String[]{"JP"}}, {"Indie", "India", 2, new String[]{"IN"}},
            {"Ameryka Łacińska", "Latin America", 3, new String[]{"MX", "BR", "AR", "CL", "CO", "PE"}},
            {"Skandynawia", "Scandinavia", 2, new String[]{"SE", "NO", "DK", "FI"}}, {"Kanada", "Canada", 3, new String[]{"CA"}},
            {"Chiny", "China", 4, new String[]{"CN"}}, {"Korea Południowa", "South Korea", 4, new String[]{"KR"}},
            {"Bliski Wschód", "Middle East", 4, new String[]{"AE", "SA", "QA"}},
            {"Europa Środkowa", "Central Europe", 2, new String[]{"CZ", "SK", "HU", "AT"}},
            {"Beneluks", "Benelux", 3, new String[]{"BE", "NL", "LU"}}, {"Francja", "France", 2, new String[]{"FR"}},
            {"Wielka Brytania", "United Kingdom", 3, new String[]{"GB"}},
            {"Włochy i Hiszpania", "Italy and Spain", 3, new String[]{"IT", "ES"}}, {"Ukraina", "Ukraine", 3, new String[]{"UA"}}};

    /** Export markets of members (ISO codes) with their weights. */
    static final String[] EXPORT_COUNTRIES = {"DE", "CZ", "FR", "NL", "SE", "IT", "GB", "SK", "US", "DK", "AT", "BE", "NO",
            "LT", "ES", "UA", "FI", "HU", "RO", "MX", "IN", "JP", "CN", "CA", "BR", "TR"};
    static final double[] EXPORT_WEIGHTS = {30, 10, 8, 7, 6, 6, 6, 5, 6, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1};

    /** Trade fairs: Polish name, English name, city, country. */
    static final String[][] FAIRS = {{"Targi Fakuma", "Fakuma", "Friedrichshafen", "DE"}, {"Targi K", "K show", "Düsseldorf", "DE"},
            {"Targi Hannover Messe", "Hannover Messe", "Hanower / Hannover", "DE"}, {"Targi EMO", "EMO", "Hanower / Hannover", "DE"},
            {"Targi Automatica", "Automatica", "Monachium / Munich", "DE"}, {"Targi Plastpol", "Plastpol", "Kielce", "PL"},
            {"Targi ITM Industry Europe", "ITM Industry Europe", "Poznań", "PL"}, {"Targi STOM", "STOM", "Kielce", "PL"},
            {"Targi MSV", "MSV Engineering Fair", "Brno", "CZ"}, {"Targi Elmia Subcontractor", "Elmia Subcontractor", "Jönköping", "SE"},
            {"Targi NPE", "NPE", "Orlando", "US"}, {"Targi Plastimagen México", "Plastimagen México", "Meksyk / Mexico City", "MX"},
            {"Targi Chinaplas", "Chinaplas", "Szanghaj / Shanghai", "CN"}, {"Targi JEC World", "JEC World", "Paryż / Paris", "FR"},
            {"Targi Plast Milano", "Plast Milano", "Mediolan / Milan", "IT"}, {"Targi Equiplast", "Equiplast", "Barcelona", "ES"},
            {"Targi Interplas", "Interplas", "Birmingham", "GB"}, {"Targi Feiplastic", "Feiplastic", "São Paulo", "BR"},
            {"Targi IMTEX", "IMTEX", "Bengaluru", "IN"}, {"Targi INTERMOLD", "INTERMOLD Japan", "Tokio / Tokyo", "JP"},
            {"Targi Plastics Recycling Show Europe", "Plastics Recycling Show Europe", "Amsterdam", "NL"}};
    /** Trade missions: "to ..." in Polish and English, city, country. */
    static final String[][] MISSIONS = {{"do USA", "to the USA", "Detroit", "US"}, {"do Japonii", "to Japan", "Osaka", "JP"},
            {"do Indii", "to India", "Pune", "IN"}, {"do Meksyku", "to Mexico", "Monterrey", "MX"},
            {"do Brazylii", "to Brazil", "São Paulo", "BR"}, {"do Kanady", "to Canada", "Toronto", "CA"},
            {"do Niemiec", "to Germany", "Stuttgart", "DE"}, {"do Szwecji", "to Sweden", "Göteborg", "SE"},
            {"do Zjednoczonych Emiratów Arabskich", "to the United Arab Emirates", "Dubaj / Dubai", "AE"},
            {"do Korei Południowej", "to South Korea", "Seul / Seoul", "KR"}, {"do Wietnamu", "to Vietnam", "Ho Chi Minh", "VN"},
            {"do Francji", "to France", "Lyon", "FR"}, {"do Włoch", "to Italy", "Brescia", "IT"}, {"do Czech", "to Czechia", "Brno", "CZ"},
            {"do Ukrainy", "to Ukraine", "Lwów / Lviv", "UA"}, {"do Norwegii", "to Norway", "Oslo", "NO"}};
    static final String[][] B2B_TOPICS = {{"przetwórstwo tworzyw", "plastics processing"}, {"motoryzacja", "automotive"},
            {"narzędziownie", "toolmaking"}, {"recykling i GOZ", "recycling and the circular economy"},
            {"automatyka przemysłowa", "industrial automation"}, {"lekkie konstrukcje", "lightweight design"}};
    static final String[][] B2B_PLACES = {{"Bydgoszcz", "PL"}, {"Toruń", "PL"}, {"Poznań", "PL"}, {"Chemnitz", "DE"},
            {"Brno", "CZ"}, {"Jönköping", "SE"}, {"Lyon", "FR"}, {"Osaka", "JP"}, {"Pune", "IN"}, {"Monterrey", "MX"},
            {"Eindhoven", "NL"}, {"Akron", "US"}};
    static final String[][] CONFERENCES = {{"Konferencja ELCA", "ELCA conference", "Bruksela / Brussels", "BE"},
            {"Forum Klastrów Polskich", "Polish Cluster Forum", "Warszawa", "PL"},
            {"Kongres Przemysłu Tworzyw Sztucznych", "Plastics Industry Congress", "Bydgoszcz", "PL"},
            {"European Cluster Conference", "European Cluster Conference", "Bruksela / Brussels", "BE"},
            {"Konferencja Gospodarka o obiegu zamkniętym", "Circular Economy Conference", "Toruń", "PL"},
            {"Forum Przemysłu 4.0", "Industry 4.0 Forum", "Gdańsk", "PL"},
            {"Konferencja Polymer Valley", "Polymer Valley Conference", "Akron", "US"},
            {"Kunststoff-Forum", "Kunststoff-Forum", "Chemnitz", "DE"}};
    static final String[][] STUDY_VISITS = {{"Fraunhofer IPT (Akwizgran)", "Fraunhofer IPT (Aachen)", "Akwizgran / Aachen", "DE"},
            {"klastrze Plasturgie (Lyon)", "the Plasturgie cluster (Lyon)", "Lyon", "FR"}, {"VTT (Espoo)", "VTT (Espoo)", "Espoo", "FI"},
            {"Brainport Eindhoven", "Brainport Eindhoven", "Eindhoven", "NL"},
            {"Kansai Monozukuri Network (Osaka)", "Kansai Monozukuri Network (Osaka)", "Osaka", "JP"},
            {"zakładach motoryzacyjnych w Zlinie", "automotive plants in Zlín", "Zlín", "CZ"},
            {"centrum recyklingu w Tampere", "a recycling centre in Tampere", "Tampere", "FI"},
            {"parku technologicznym w Toruniu", "a technology park in Toruń", "Toruń", "PL"}};
    static final String[][] WEBINARS = {{"Eksport do USA: certyfikacja UL i cła", "Exporting to the USA: UL certification and customs"},
            {"Rynek indyjski dla dostawców motoryzacyjnych", "The Indian market for automotive suppliers"},
            {"Ślad węglowy wyrobów z tworzyw", "The carbon footprint of plastic products"},
            {"Rozporządzenie PPWR – co oznacza dla przetwórców", "The PPWR regulation – what it means for processors"},
            {"Dotacje z programu FENG dla MŚP", "FENG grants for SMEs"}, {"Cyfrowy bliźniak w narzędziowni", "The digital twin in the tool shop"},
            {"Japońska kultura biznesu", "Japanese business culture"}, {"Incoterms 2020 w praktyce", "Incoterms 2020 in practice"},
            {"Cyberbezpieczeństwo OT w zakładzie", "OT cybersecurity in the plant"},
            {"Recyklat w wyrobach technicznych", "Recyclate in technical parts"},
            {"Finansowanie eksportu z KUKE", "Export finance with KUKE"}};
    static final String[] DECLINE_REASONS = {"Profil firmy nie odpowiada tematyce wydarzenia", "Zaległe składki członkowskie",
            "Limit miejsc dla jednej branży wyczerpany"};
    static final String[] CANCEL_REASONS = {"Rezygnacja firmy – brak dostępnych pracowników", "Zmiana planów wyjazdowych",
            "Kolizja terminów z audytem klienta"};
    static final String[] OUTCOME_NOTES = {"Rozmowy z dystrybutorem w toku.", "Zaproszenie do złożenia oferty.",
            "Podpisana umowa NDA.", "Dwa zapytania ofertowe po targach.", "Kontakt z producentem OEM – próbki w przygotowaniu.",
            "Wizyta klienta w zakładzie zaplanowana na kolejny kwartał."};

    // ---- text helpers ----------------------------------------------------------------------------------------

    /** Lower-case ASCII for addresses: "Łódź Sokół-Tech" gives "lodz-sokol-tech". */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss"), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
