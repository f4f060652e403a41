package pl.klaster.portal.web.security;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session rules as deployed (ASVS 3.3.1, 3.4): a session ends after 30 minutes without a request, its cookie
 * is HttpOnly, SameSite=Lax and only a cookie (never a URL parameter); the cookie's Secure flag follows the request
 * (Payara's default "dynamic": Secure whenever the session starts over HTTPS). SecurityIT checks the cookie on the
 * wire and sign-out; the idle timeout is the container's, configured here.
 */
class SessionConfigurationTest {

    private static String value(String file, String xpath) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new File(file));
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document).trim();
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndTheirCookieIsHttpOnlyLaxAndCookieOnly() throws Exception {
        String web = "src/main/webapp/WEB-INF/web.xml";
        assertThat(value(web, "/*[local-name()='web-app']/*[local-name()='session-config']/*[local-name()='session-timeout']")).isEqualTo("30");
        assertThat(value(web, "//*[local-name()='cookie-config']/*[local-name()='http-only']")).isEqualTo("true");
        assertThat(value(web, "//*[local-name()='session-config']/*[local-name()='tracking-mode']")).isEqualTo("COOKIE");
        for (String payara : new String[]{"src/main/webapp/WEB-INF/payara-web.xml", "src/test/resources/it/payara-web.xml"}) {
            assertThat(value(payara, "//cookie-properties/property[@name='cookieSameSite']/@value")).as(payara).isEqualTo("Lax");
            assertThat(value(payara, "//cookie-properties/property[@name='cookieSecure']/@value")).as(payara).isIn("", "dynamic");
        }
    }
}
