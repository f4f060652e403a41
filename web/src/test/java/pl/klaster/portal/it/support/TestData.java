package pl.klaster.portal.it.support;

import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.domain.project.ClusterRole;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.service.project.ProjectForm;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data each test makes for itself: valid, random identifiers (so tests never collide, also on a shared
 * PostgreSQL database) and complete members ready to be saved.
 */
public final class TestData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private TestData() {
    }

    /** A random NIP with a correct check digit. */
    public static String nip() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + RANDOM.nextInt(9);
            for (int i = 1; i < 9; i++) {
                d[i] = RANDOM.nextInt(10);
            }
            for (int i = 0; i < 9; i++) {
                sum += d[i] * NIP_WEIGHTS[i];
            }
            if (sum % 11 != 10) {
                StringBuilder nip = new StringBuilder();
                for (int digit : d) {
                    nip.append(digit);
                }
                return nip.append(sum % 11).toString();
            }
        }
    }

    /** 123-456-32-18 style. */
    public static String dashed(String nip) {
        return nip.substring(0, 3) + "-" + nip.substring(3, 6) + "-" + nip.substring(6, 8) + "-" + nip.substring(8);
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    /** A complete, valid, unsaved member. */
    public static Member member(String legalName) {
        Member m = new Member();
        m.setLegalName(legalName);
        m.setNip(nip());
        m.setMemberType(MemberType.ENTERPRISE);
        m.setSizeClass(SizeClass.SMALL);
        Address a = new Address();
        a.setStreet("ul. Testowa 1");
        a.setPostalCode("85-001");
        a.setCity("Bydgoszcz");
        a.setVoivodeship(Voivodeship.KUJAWSKO_POMORSKIE);
        m.setAddress(a);
        return m;
    }

    /** A complete, valid, unsaved R&D project led by the cluster (programme 2), running from a month ago for a year. */
    public static ProjectForm project(String title) {
        ProjectForm form = new ProjectForm();
        Project p = form.getProject();
        p.setTitlePl(title);
        p.setTitleEn(title + " (EN)");
        p.setKind(ProjectKind.RD);
        p.setClusterRole(ClusterRole.LEADER);
        p.setStartDate(LocalDate.now().minusMonths(1));
        p.setEndDate(LocalDate.now().plusYears(1));
        p.setTotalBudget(Money.pln("1000000.00"));
        p.setClusterShare(Money.pln("250000.00"));
        form.setProgrammeId(2L);
        return form;
    }

    /** The token of the first portal link in a mail ({@code ...?token=...}). */
    public static String token(String mail) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
        if (!m.find()) {
            throw new IllegalStateException("No link with a token in: " + mail);
        }
        return m.group(1);
    }
}
