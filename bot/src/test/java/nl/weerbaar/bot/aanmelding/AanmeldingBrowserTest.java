package nl.weerbaar.bot.aanmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.Chromium;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Melden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in in a real browser (Debian's chromium through Selenium, started by {@code
 * Chromium} like the other browser tests) through the whole redirect flow: the application sends the browser to
 * the provider (mock-oauth2-server), the provider back with a code, the application exchanges it
 * and opens the page that was asked for.
 */
class AanmeldingBrowserTest extends AanmeldingContext {
    private static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})");

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    static Path profiel;

    /** One browser for all tests (a start costs seconds); each test begins without cookies. */
    private static ChromeDriver browser;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(profiel, 1024, 900);
    }

    @BeforeEach
    void zonderCookies() {
        browser.get(url("/aanmelden/uitgelogd"));
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // a form post replaces the page while a condition reads it: read the new page on the next poll
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("body")).getText());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAanspreekpuntSignsInSeesOnlyHerLocatiesSignalsAndPicksOneUp() {
        String linde = "Linde-" + UUID.randomUUID();
        String baken = "Baken-" + UUID.randomUUID();
        String ref = meld("l.visser@voorbeeldcollege.example", "Lotte Visser", "de-linde", linde);
        meld("d.smit@voorbeeldcollege.example", "Daan Smit", "het-baken", baken);

        browser.get(url("/inbox"));
        kiesAanbieder("Microsoft", SchoolIdp::sanne);

        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/inbox"));
        String pagina = tekst();
        assertTrue(pagina.contains(linde), "her locatie's signal");
        assertFalse(pagina.contains(baken), "not another locatie's");
        WebElement kaart = browser.findElement(
                By.xpath("//article[.//dd[contains(., '" + ref + "')] or contains(., '" + ref + "')]"));
        kaart.findElement(By.xpath(".//button[normalize-space()='Opgepakt']")).click();

        wait.until(d -> tekst().contains("Je hebt signaal " + ref + " opgepakt."));
        assertEquals(
                "OPGEPAKT",
                jdbc.sql("select status from signaal where referentie = :r")
                        .param("r", ref)
                        .query(String.class)
                        .single());
    }

    @Test
    void aTeacherIsRefusedTheInboxAndGetsAWebChatThatKnowsHerNameAndLocatieAndPassesASignal() {
        browser.get(url("/inbox"));
        kiesAanbieder("Microsoft", SchoolIdp::daan);

        wait.until(d -> tekst().contains(AanmeldingTeksten.GEEN_INBOX));
        assertTrue(tekst().contains("Daan Smit"), "who is signed in, by the directory's name");
        browser.findElement(By.linkText(AanmeldingTeksten.NAAR_CHAT)).click();

        wait.until(d -> !d.findElements(By.id("ingelogd")).isEmpty());
        assertTrue(browser.findElement(By.id("ingelogd")).getText().contains("Daan Smit"));
        stuur("wie is mijn aanspreekpunt");
        wait.until(d -> gesprek().contains("Marieke Jansen"));
        assertTrue(gesprek().contains("Locatie Het Baken"), "his locatie from the directory, not asked");

        String marker = "Browsermarker-" + UUID.randomUUID();
        stuur("melden");
        wait.until(d -> gesprek().contains("112"));
        stuur("Een leerling wordt na school opgewacht door oudere jongens. " + marker);
        druk("Nee");
        druk("Overslaan");
        druk("Versturen");
        wait.until(d -> REFERENTIE.matcher(gesprek()).find());
        Matcher m = REFERENTIE.matcher(gesprek());
        assertTrue(m.find());
        assertTrue(gesprek().contains("Doorgegeven aan Marieke Jansen."), gesprek());
        Map<String, Object> rij = jdbc.sql(
                        "select locatie_id, melder_naam, melder_id from signaal where referentie = :r")
                .param("r", m.group(1))
                .query()
                .singleRow();
        assertEquals("het-baken", rij.get("LOCATIE_ID"));
        assertEquals("Daan Smit", rij.get("MELDER_NAAM"));
        assertEquals("inbox:d.smit@voorbeeldcollege.example", rij.get("MELDER_ID"));
    }

    @Test
    void anAdminReachesTheAdminPageAndItsApiWithHerSessionAndHerNegeerIsStoredUnderHerName() {
        String tekst = "Browservraag-" + UUID.randomUUID() + " over de kluisjes op de gang";
        jdbc.sql("""
                        insert into onbeantwoorde_vraag (tekst, kanaal, locatie_id, gesteld_op)
                        values (:t, 'web', null, :op)""")
                .param("t", tekst)
                .param("op", java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(2))))
                .update();
        long id = jdbc.sql("select id from onbeantwoorde_vraag where tekst = :t")
                .param("t", tekst)
                .query(Long.class)
                .single();

        browser.get(url("/admin"));
        kiesAanbieder("Google", SchoolIdp::femke);

        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/admin"));
        assertEquals("Femke de Boer", browser.findElement(By.id("ingelogd")).getText());
        wait.until(d -> d.findElement(By.id("beheer")).isDisplayed());
        // the page's own calls to the admin API went with her session: the catalogue status is shown
        wait.until(d -> !d.findElement(By.id("status")).getText().isBlank());
        assertFalse(browser.findElement(By.id("aanmelden")).isDisplayed(), "no token asked");

        // a change through the page: "Negeer" is a POST with the page's CSRF header and her session
        By vraag = By.cssSelector("#vragen li.vraag[data-id='" + id + "']");
        wait.until(d -> !d.findElements(vraag).isEmpty());
        browser.findElement(vraag).findElement(By.cssSelector("button.negeer")).click();
        wait.until(
                d -> d.findElement(By.id("vraagMelding")).getText().contains("De vraag staat niet meer in de lijst."));
        wait.until(d -> d.findElements(vraag).isEmpty());
        assertEquals(
                "Femke de Boer <f.deboer@voorbeeldcollege.example>",
                jdbc.sql("select genegeerd_door from onbeantwoorde_vraag where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single(),
                "the audit names the signed-in admin, not the admin API");
        assertEquals(
                "Femke de Boer <f.deboer@voorbeeldcollege.example>",
                jdbc.sql("select actor from onbeantwoord_inzage order by id desc limit 1")
                        .query(String.class)
                        .single(),
                "her reading of the list is audited under her name");
    }

    @Test
    void afterLoggingOutTheNextPersonInTheTabDoesNotSeeTheTeachersConversation() {
        browser.get(url("/aanmelden"));
        SchoolIdp.daan();
        browser.findElement(By.linkText(AanmeldingTeksten.inloggenMet("Microsoft")))
                .click();
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
        wait.until(d -> !d.findElements(By.id("ingelogd")).isEmpty());

        String marker = "Privemarker-" + UUID.randomUUID();
        stuur("melden");
        wait.until(d -> gesprek().contains("112"));
        stuur("Een leerling komt steeds met blauwe plekken op school. " + marker);
        // the draft's next question: the step was stored on the server and the words are in the tab
        wait.until(d -> !d.findElements(By.xpath("//*[@id='berichten']//button[normalize-space()='Nee']"))
                .isEmpty());
        browser.navigate().refresh();
        wait.until(d -> gesprek().contains(marker));
        // no open draft left behind for Daan's other tests
        int antwoorden =
                browser.findElements(By.cssSelector("#berichten .bericht.bot")).size();
        druk("Annuleren");
        wait.until(
                d -> d.findElements(By.cssSelector("#berichten .bericht.bot")).size() > antwoorden);

        browser.findElement(By.id("uitloggen")).click();
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/aanmelden/uitgelogd"));
        browser.get(url("/"));
        wait.until(d -> !d.findElements(By.id("inloggen")).isEmpty());
        browser.navigate().refresh();
        wait.until(d -> !d.findElements(By.id("inloggen")).isEmpty());
        assertFalse(gesprek().contains(marker), "the previous teacher's words are gone: " + gesprek());
        assertEquals(
                Boolean.FALSE,
                browser.executeScript(
                        "return (sessionStorage.getItem('weerbaar.gesprek') || '').includes(arguments[0])", marker),
                "not kept in the tab either");
    }

    @Test
    void aConversationKeptUnderAnotherSignInIsNotShownAfterANewSignInInTheSameTab() {
        String marker = "Vreemdmarker-" + UUID.randomUUID();
        browser.get(url("/aanmelden"));
        SchoolIdp.daan();
        browser.findElement(By.linkText(AanmeldingTeksten.inloggenMet("Microsoft")))
                .click();
        wait.until(d -> !d.findElements(By.id("ingelogd")).isEmpty());
        stuur("wie is mijn aanspreekpunt");
        wait.until(d -> gesprek().contains("Marieke Jansen"));
        // as if the logout never ran its script (a closed laptop, an expired session): another session's
        // conversation is in the tab
        browser.executeScript(
                "const g = JSON.parse(sessionStorage.getItem('weerbaar.gesprek'));"
                        + " g.gesprek.push({eigen: arguments[0]});"
                        + " sessionStorage.setItem('weerbaar.gesprek', JSON.stringify(g));",
                marker);
        browser.navigate().refresh();
        wait.until(d -> gesprek().contains(marker));

        browser.manage().deleteAllCookies();
        browser.get(url("/aanmelden"));
        SchoolIdp.sanne();
        browser.findElement(By.linkText(AanmeldingTeksten.inloggenMet("Microsoft")))
                .click();
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
        wait.until(d -> d.findElement(By.id("ingelogd")).getText().contains("Sanne"));
        assertFalse(gesprek().contains(marker), "Daan's conversation is not Sanne's: " + gesprek());
        assertFalse(gesprek().contains("Marieke Jansen"), gesprek());
    }

    @Test
    void anAccountOfAnotherTenantIsRefusedWithTheDutchPage() {
        browser.get(url("/aanmelden"));
        SchoolIdp.entra(UUID.randomUUID().toString(), SchoolIdp.ANDERE_TENANT, "x@andereschool.example", "X");
        browser.findElement(By.linkText(AanmeldingTeksten.inloggenMet("Microsoft")))
                .click();

        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/aanmelden/geweigerd"));
        assertTrue(tekst().contains(AanmeldingTeksten.GEWEIGERD), tekst());
        assertTrue(browser.findElements(By.id("ingelogd")).isEmpty(), "nobody signed in");
    }

    @Test
    void loggingOutEndsTheSessionSoTheOldCookieOpensNothing() throws Exception {
        browser.get(url("/inbox"));
        kiesAanbieder("Microsoft", SchoolIdp::sanne);
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/inbox"));
        Cookie sessie = browser.manage().getCookieNamed("weerbaar_sessie");
        assertEquals(200, inbox(sessie.getValue()).statusCode(), "the cookie opens the inbox");

        browser.findElement(By.xpath("//button[normalize-space()='" + AanmeldingTeksten.UITLOGGEN + "']"))
                .click();

        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/aanmelden/uitgelogd"));
        assertTrue(tekst().contains(AanmeldingTeksten.UITGELOGD));
        assertEquals(303, inbox(sessie.getValue()).statusCode(), "the old cookie signs nobody in");
        String id = new String(java.util.Base64.getDecoder().decode(sessie.getValue()));
        assertEquals(
                0,
                jdbc.sql("select count(*) from spring_session where session_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single(),
                "the session row is gone");
    }

    private HttpResponse<String> inbox(String sessie) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/inbox")))
                                .header("Cookie", "weerbaar_sessie=" + sessie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** On the choice of providers: the account the provider will sign in, then its button. */
    private void kiesAanbieder(String aanbieder, Runnable account) {
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/aanmelden"));
        account.run();
        browser.findElement(By.linkText(AanmeldingTeksten.inloggenMet(aanbieder)))
                .click();
    }

    private String meld(String email, String naam, String locatie, String tekst) {
        return Melden.meld(gesprek, Afzender.webIngelogd(email, naam), locatie, tekst + " wordt opgewacht.", false);
    }

    private String tekst() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String gesprek() {
        return browser.findElement(By.id("berichten")).getText();
    }

    private void stuur(String tekst) {
        WebElement vraag = browser.findElement(By.id("tekst"));
        vraag.sendKeys(tekst);
        vraag.sendKeys(Keys.ENTER);
    }

    /** Presses the newest button with this label in the conversation. */
    private void druk(String label) {
        By knop = By.xpath("//*[@id='berichten']//button[normalize-space()='" + label + "']");
        wait.until(d -> !d.findElements(knop).isEmpty());
        List<WebElement> knoppen = browser.findElements(knop);
        knoppen.get(knoppen.size() - 1).click();
    }
}
