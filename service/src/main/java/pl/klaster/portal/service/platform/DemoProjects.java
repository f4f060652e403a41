package pl.klaster.portal.service.platform;

import jakarta.persistence.EntityManager;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.project.ClusterRole;
import pl.klaster.portal.domain.project.Indicator;
import pl.klaster.portal.domain.project.IndicatorType;
import pl.klaster.portal.domain.project.Participation;
import pl.klaster.portal.domain.project.ParticipationChange;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ParticipationStatus;
import pl.klaster.portal.domain.project.Programme;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.domain.project.ProjectStatusChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo cluster's projects, after its public article: the European Lightweight Cluster Alliance (CO₂ cut,
 * recycling, a common brand, markets in the USA, Japan, India and Latin America), Better Factory (Horizon 2020,
 * led by VTT), the R&D project on polymer compounds with recycled tyre rubber, and three more. Dates and budgets
 * are demo values. Participations of the demo members in every state.
 */
final class DemoProjects {

    private static final String DEMO = "demo";

    private final EntityManager em;
    private final DemoMembers members;
    private final DemoPartners partners;
    private final LocalDate today = LocalDate.now();
    private final Map<String, Project> byKey = new LinkedHashMap<>();

    DemoProjects(EntityManager em, DemoMembers members, DemoPartners partners) {
        this.em = em;
        this.members = members;
        this.partners = partners;
    }

    Project project(String key) {
        return byKey.get(key);
    }

    void load() {
        Project elca = add("elca", "European Lightweight Cluster Alliance – rozwój i zastosowanie tworzyw polimerowych w Europie",
                "European Lightweight Cluster Alliance – development and use of polymer materials in Europe", "ELCA",
                ProjectKind.INTERNATIONALISATION, 7, ClusterRole.PARTNER, "elca", LocalDate.of(2016, 6, 1), LocalDate.of(2026, 12, 31),
                Money.eur("1200000.00"), Money.eur("95000.00"),
                "Zmniejszenie emisji CO₂ i zwiększenie recyklingu; wspólna marka sojuszu; otwarcie rynków USA, Japonii, Indii "
                        + "i Ameryki Łacińskiej dla firm klastrów. (wartości demonstracyjne)");
        elca.getIndicators().addAll(List.of(
                new Indicator(IndicatorType.CO2_REDUCTION, "Unikniona emisja CO₂ / CO₂ avoided", "t CO₂", new BigDecimal("500.00"), new BigDecimal("320.00")),
                new Indicator(IndicatorType.RECYCLED_CONTENT, "Udział recyklatu w wyrobach / recycled content", "%", new BigDecimal("25.00"), new BigDecimal("18.50")),
                new Indicator(IndicatorType.NEW_MARKETS, "Nowe rynki eksportowe / new export markets", "rynki / markets", new BigDecimal("4.00"), new BigDecimal("2.00"))));
        status(elca, ProjectStatus.RUNNING, LocalDate.of(2016, 6, 1));
        elca.getPartnerOrganisations().addAll(List.of(partners.partner("elca"), partners.partner("sachsen"), partners.partner("plasturgie")));

        Project betterFactory = add("betterFactory", "Better Factory – automatyzacja i spersonalizowane produkty dla MŚP",
                "Better Factory – automation and personalised products for SMEs", "Better Factory",
                ProjectKind.EU_CONSORTIUM, 1, ClusterRole.PARTNER, "vtt", LocalDate.of(2020, 10, 1), LocalDate.of(2024, 9, 30),
                Money.eur("8000000.00"), Money.eur("210000.00"),
                "Dostarczenie MŚP metodologii zwiększania automatyzacji produkcji i tworzenia nowych, spersonalizowanych produktów "
                        + "z wykorzystaniem technologii cyfrowych. Klaster jest jednym z dwóch uczestników z Polski. (kwoty demonstracyjne)");
        betterFactory.setGrantNumber("951813");
        betterFactory.setCallNumber("H2020-DT-2020-1");
        betterFactory.getIndicators().add(new Indicator(IndicatorType.SMES_SUPPORTED, "Wspierane MŚP / SMEs supported", "MŚP / SMEs",
                new BigDecimal("40.00"), new BigDecimal("36.00")));
        betterFactory.getPartnerOrganisations().add(partners.partner("vtt"));
        betterFactory.getRequiredCapabilities().addAll(capabilities(13L, 44L, 11L));
        status(betterFactory, ProjectStatus.SUBMITTED, LocalDate.of(2020, 3, 1));
        status(betterFactory, ProjectStatus.RUNNING, LocalDate.of(2020, 10, 1));
        status(betterFactory, ProjectStatus.COMPLETED, LocalDate.of(2024, 9, 30));

        Project tyres = add("tyres", "Rozwój technologii wytwarzania kompozycji polimerowych z recyklatem gumy oponowej w kierunku poszukiwania nowych produktów",
                "Developing the technology of polymer compounds with recycled tyre rubber towards new products", "GUMOREC",
                ProjectKind.RD, 5, ClusterRole.LEADER, null, today.minusMonths(8).withDayOfMonth(1), today.plusMonths(16).withDayOfMonth(1),
                Money.pln("3200000.00"), Money.pln("450000.00"),
                "Opracowanie kompozycji polimerowych z recyklatem gumy oponowej i wdrożenie nowych wyrobów u członków klastra. "
                        + "Poszukiwane zakłady pilotażowe z wtryskarkami. (kwoty demonstracyjne)");
        tyres.getIndicators().addAll(List.of(
                new Indicator(IndicatorType.RECYCLED_CONTENT, "Udział recyklatu gumy w kompozycji / rubber recyclate content", "%", new BigDecimal("30.00"), new BigDecimal("12.00")),
                new Indicator(IndicatorType.CO2_REDUCTION, "Unikniona emisja CO₂ / CO₂ avoided", "t CO₂", new BigDecimal("150.00"), new BigDecimal("20.00"))));
        tyres.getRequiredCapabilities().addAll(capabilities(14L, 27L, 1L, 15L));
        tyres.getRequiredPkdCodes().addAll(pkd("22.19.Z", "38.32.Z", "20.16.Z", "22.29.Z"));
        tyres.getConsortiumMembers().addAll(List.of(members.member("institute"), members.member("recykling")));
        status(tyres, ProjectStatus.RUNNING, tyres.getStartDate());
        tyres.setApplicationsOpen(true);
        tyres.setApplicationDeadline(today.plusDays(30));
        tyres.setMaxParticipants(5);

        Project academy = add("academy", "Akademia Automatyki i Robotyki dla MŚP", "Automation and Robotics Academy for SMEs", "AAR",
                ProjectKind.TRAINING, 3, ClusterRole.LEADER, null, today.minusMonths(3).withDayOfMonth(1), today.plusMonths(9).withDayOfMonth(1),
                Money.pln("780000.00"), Money.pln("780000.00"),
                "Szkolenia operatorów robotów i programistów PLC dla pracowników firm członkowskich. (kwoty demonstracyjne)");
        academy.getIndicators().add(new Indicator(IndicatorType.TRAINED_PEOPLE, "Przeszkolone osoby / people trained", "osoby / people",
                new BigDecimal("120.00"), new BigDecimal("45.00")));
        academy.getRequiredCapabilities().addAll(capabilities(13L, 44L));
        academy.getRequiredPkdCodes().addAll(pkd("33.20.Z", "85.32.B"));
        status(academy, ProjectStatus.RUNNING, academy.getStartDate());
        academy.setApplicationsOpen(true);
        academy.setApplicationDeadline(today.plusDays(45));
        academy.setMaxParticipants(12);

        Project fair = add("fair", "Wspólne stoisko klastra na targach tworzyw sztucznych", "The cluster's shared stand at a plastics trade fair",
                "STOISKO", ProjectKind.PROMOTION, 6, ClusterRole.LEADER, null, LocalDate.of(today.getYear() - 1, 2, 1),
                LocalDate.of(today.getYear() - 1, 11, 30), Money.pln("260000.00"), Money.pln("260000.00"),
                "Promocja oferty członków na wspólnym stoisku. (kwoty demonstracyjne)");
        status(fair, ProjectStatus.RUNNING, fair.getStartDate());
        status(fair, ProjectStatus.COMPLETED, fair.getEndDate());

        Project twin = add("twin", "Cyfrowy bliźniak narzędziowni", "Digital twin of the tool shop", "TWIN-TOOL",
                ProjectKind.RD, 2, ClusterRole.PARTNER, "sachsen", today.plusMonths(4).withDayOfMonth(1), today.plusMonths(40).withDayOfMonth(1),
                Money.eur("2400000.00"), Money.eur("180000.00"),
                "Wniosek złożony: cyfrowe bliźniaki form wtryskowych i tłoczników. (kwoty demonstracyjne)");
        twin.getRequiredCapabilities().addAll(capabilities(9L, 10L, 42L));
        twin.getRequiredPkdCodes().addAll(pkd("25.73.Z", "28.96.Z"));
        status(twin, ProjectStatus.SUBMITTED, today.minusMonths(1));

        participate(betterFactory, "automatyka", ParticipationStatus.ENDED, ParticipationRole.PILOT_SITE, "40.0", "38.5", null);
        participate(betterFactory, "polimer", ParticipationStatus.ENDED, ParticipationRole.PILOT_SITE, "25.0", "27.0", null);
        participate(elca, "institute", ParticipationStatus.APPROVED, ParticipationRole.PARTNER, "60.0", "42.0", null);
        participate(elca, "brda", ParticipationStatus.APPROVED, ParticipationRole.OBSERVER, "5.0", null, null);
        participate(tyres, "institute", ParticipationStatus.APPROVED, ParticipationRole.PARTNER, "180.0", "95.0", null);
        participate(tyres, "recykling", ParticipationStatus.APPROVED, ParticipationRole.SUBCONTRACTOR, "120.0", "60.0", null);
        participate(tyres, "nowe", ParticipationStatus.REJECTED, null, null, null, "Członkostwo w klastrze nie zostało jeszcze zatwierdzone.");
        participate(academy, "automatyka", ParticipationStatus.APPROVED, ParticipationRole.PARTNER, "30.0", "10.0", null);
        participate(academy, "school", ParticipationStatus.APPROVED, ParticipationRole.TRAINEE, "20.0", null, null);
        participate(academy, "fordon", ParticipationStatus.PENDING, null, null, null, null);
        participate(academy, "kowalski", ParticipationStatus.WITHDRAWN, null, null, null, null);
        participate(fair, "polimer", ParticipationStatus.ENDED, ParticipationRole.PARTNER, "4.0", "4.0", null);
        participate(fair, "metalplast", ParticipationStatus.ENDED, ParticipationRole.PARTNER, "4.0", "3.0", null);
    }

    private Project add(String key, String titlePl, String titleEn, String acronym, ProjectKind kind, long programmeId,
                        ClusterRole role, String leadKey, LocalDate start, LocalDate end, Money budget, Money share, String objectives) {
        Project p = new Project();
        p.setTitlePl(titlePl);
        p.setTitleEn(titleEn);
        p.setAcronym(acronym);
        p.setKind(kind);
        p.setProgramme(em.find(Programme.class, programmeId));
        p.setClusterRole(role);
        p.setLeadPartner(leadKey == null ? null : partners.partner(leadKey));
        p.setStartDate(start);
        p.setEndDate(end);
        p.setTotalBudget(budget);
        p.setClusterShare(share);
        p.setObjectives(objectives);
        em.persist(p);
        em.persist(new ProjectStatusChange(p, null, ProjectStatus.PLANNED, start.minusMonths(6), "demo", DEMO));
        byKey.put(key, p);
        return p;
    }

    private void status(Project p, ProjectStatus to, LocalDate on) {
        em.persist(new ProjectStatusChange(p, p.getStatus(), to, on, "demo", DEMO));
        p.setStatus(to);
    }

    private void participate(Project project, String memberKey, ParticipationStatus status, ParticipationRole role,
                             String planned, String reported, String reason) {
        Member member = members.member(memberKey);
        Participation x = new Participation(project, member, "fordon".equals(memberKey) ? "member2" : DEMO);
        x.setMotivation("Zgłoszenie demonstracyjne / demo application: " + member.getDisplayName());
        x.setOfferedEffort(planned == null ? new BigDecimal("10.0") : new BigDecimal(planned));
        em.persist(x);
        em.persist(new ParticipationChange(x, null, ParticipationStatus.PENDING, project.getStartDate(), null, DEMO));
        if (status != ParticipationStatus.PENDING) {
            ParticipationStatus via = status == ParticipationStatus.ENDED ? ParticipationStatus.APPROVED : status;
            em.persist(new ParticipationChange(x, ParticipationStatus.PENDING, via, project.getStartDate(), reason, DEMO));
            x.changeStatus(via);
            if (via == ParticipationStatus.APPROVED || via == ParticipationStatus.REJECTED) {
                x.decided(DEMO, reason);
            }
            x.setRole(role);
            x.setPlannedEffort(planned == null ? null : new BigDecimal(planned));
            x.setReportedEffort(reported == null ? null : new BigDecimal(reported));
            x.setStartDate(via == ParticipationStatus.APPROVED ? project.getStartDate() : null);
            if (status == ParticipationStatus.ENDED) {
                em.persist(new ParticipationChange(x, ParticipationStatus.APPROVED, ParticipationStatus.ENDED, project.getEndDate(), null, DEMO));
                x.changeStatus(ParticipationStatus.ENDED);
                x.setEndDate(project.getEndDate());
            }
        }
    }

    private Set<Capability> capabilities(Long... ids) {
        Set<Capability> result = new java.util.LinkedHashSet<>();
        for (Long id : ids) {
            result.add(em.find(Capability.class, id));
        }
        return result;
    }

    private Set<PkdCode> pkd(String... codes) {
        Set<PkdCode> result = new java.util.LinkedHashSet<>();
        for (String code : codes) {
            result.add(em.find(PkdCode.class, code));
        }
        return result;
    }
}
