package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import nl.weerbaar.bot.BeheerTest;
import nl.weerbaar.bot.Chromium;
import nl.weerbaar.bot.catalog.CatalogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin page's script in a real browser ({@link Chromium}), on a 390 px phone screen, sharing {@link BeheerTest}'s application: one
 * browser for the class, signed in with the token once.
 */
class AdminPaginaBrowserTest extends BeheerTest {
    private static final int TELEFOON = 390;

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profiel;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalogs;

    EigenVragen vragen;

    /** In every text of this test, so its groups and cards are its own in the shared database. */
    String kenmerk;

    @BeforeAll
    static void startBrowser() throws IOException {
        profiel = Files.createTempDirectory("weerbaar-admin-browser");
        browser = Chromium.start(profiel, TELEFOON, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openDePaginaAangemeld() {
        browser.get("http://127.0.0.1:" + port + "/admin");
        if (browser.findElement(By.id("aanmelden")).isDisplayed()) {
            browser.findElement(By.id("token")).sendKeys(TOKEN);
            browser.findElement(By.cssSelector("#tokenForm button[type=submit]"))
                    .click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("beheer")));
    }

    @BeforeEach
    void eigenVragen() {
        vragen = new EigenVragen(jdbc, "pagina", Duration.ofDays(2));
        kenmerk = vragen.kenmerk;
    }

    @AfterEach
    void ruimOp() {
        vragen.ruimOp();
    }

    long vraag(String tekst, String kanaal, String locatie, int seconden) {
        return vragen.vraag(tekst, kanaal, locatie, seconden);
    }

    /** Reloads the page and waits for this test's cards. */
    List<WebElement> kaarten(int aantal) {
        browser.navigate().refresh();
        return wait.until(d -> {
            List<WebElement> kaarten = d.findElements(By.cssSelector("#vragen li.vraag")).stream()
                    .filter(k -> tekst(k).startsWith(kenmerk))
                    .toList();
            return kaarten.size() == aantal ? kaarten : null;
        });
    }

    static String tekst(WebElement kaart) {
        return kaart.findElement(By.cssSelector(".tekst")).getText();
    }

    WebElement kaart(long id) {
        return browser.findElement(By.cssSelector("#vragen li.vraag[data-id='" + id + "']"));
    }

    /** The message about the last action, once there is one (a new catalogue version can take seconds). */
    String melding() {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            String m = d.findElement(By.id("vraagMelding")).getText();
            return m.isBlank() || m.equals(AdminTeksten.VOEG_TOE_BEZIG) ? null : m;
        });
    }

    boolean weg(long id) {
        return browser.findElements(By.cssSelector("#vragen li.vraag[data-id='" + id + "']"))
                .isEmpty();
    }

    @Test
    void onA390PxPhoneTheFilledPageHasNoHorizontalScrolling() throws IOException {
        vraag("ja", "WEB", "de-linde", 1);
        vraag("Ja!", "TEAMS", "het-baken", 2);
        vraag(
                "https://voorbeeld.example/een-heel-lange-link-zonder-spaties-die-een-leraar-plakte-"
                        + "en-die-de-kaart-niet-breder-mag-maken-dan-het-scherm",
                "SLACK",
                null,
                3);
        vraag(
                "Hoe bespreek ik met het team wat we op het plein zien zonder dat iemand zich aangevallen voelt?",
                "WEB",
                "de-linde",
                4);

        List<WebElement> kaarten = kaarten(3);

        long breedte = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        browser.executeScript("arguments[0].scrollIntoView();", kaarten.get(0));
        Path screenshot = Path.of("target", "admin-pagina-390.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(breedte <= TELEFOON, "the page is " + breedte + " px wide on a " + TELEFOON + " px screen");
        for (WebElement kaart : kaarten) {
            WebElement keuze = kaart.findElement(By.cssSelector("select.knelpuntkeuze"));
            long rechts = (Long)
                    browser.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right);", keuze);
            assertTrue(rechts <= TELEFOON, "the knelpunt dropdown ends at " + rechts + " px");
        }
        WebElement ja = kaarten.stream()
                .filter(k -> tekst(k).endsWith(" Ja!"))
                .findFirst()
                .orElseThrow();
        String over = ja.findElement(By.cssSelector(".over")).getText();
        assertTrue(over.startsWith("Teams · Locatie Het Baken · "), over);
        assertTrue(over.endsWith(" · 2× gevraagd"), over);
        assertEquals(
                "Negeer alle 2",
                ja.findElement(By.cssSelector("button.negeer-alle")).getText());
        String versies = browser.findElement(By.id("versies")).getAttribute("textContent");
        assertTrue(versies.contains("Map") && versies.contains("Bij het starten"), versies);
        assertTrue(!versies.contains("MAP") && !versies.contains("admin-api"), versies);
    }

    @Test
    void negeerAndNegeerAlleTakeQuestionsOffTheListWithAPlainDutchMessage() {
        long jaOud = vraag("ja", "WEB", "de-linde", 1);
        long jaNieuw = vraag("Ja.", "WEB", "de-linde", 2);
        long groet = vraag("Goedemorgen", "SLACK", null, 3);
        kaarten(2);

        kaart(jaNieuw).findElement(By.cssSelector("button.negeer-alle")).click();

        assertEquals(
                "2 vergelijkbare vragen staan niet meer in de lijst. Vergelijkbare vragen die nog komen, blijven 30"
                        + " dagen uit de lijst.",
                melding());
        wait.until(d -> weg(jaNieuw));
        kaart(groet).findElement(By.cssSelector("button.negeer")).click();
        wait.until(d -> weg(groet));
        assertEquals("De vraag staat niet meer in de lijst.", melding());
        assertEquals(
                List.of(jaOud + " admin-api", jaNieuw + " admin-api", groet + " admin-api"),
                jdbc.sql("select id || ' ' || genegeerd_door from onbeantwoorde_vraag where tekst like :t order by id")
                        .param("t", kenmerk + "%")
                        .query(String.class)
                        .list());
    }

    @Test
    void voegToeShowsTheDifferenceFirstAndAfterActiveerAddsTheQuestionToTheChosenKnelpuntAndSaysSoInPlainDutch() {
        // Close to the knelpunt's own phrasings: the other tests sharing this catalogue answer as before.
        String zin = "Hoe krijg ik mijn sectie zover dat ze dit onderwerp durven te bespreken";
        long id = vraag(zin, "WEB", "de-linde", 1);
        long andere = vraag(zin + "?", "TEAMS", "de-linde", 2);
        kaarten(1);
        String knelpunt = "Bereidheid: Collega's vinden het lastig om het onderwerp bespreekbaar te maken";

        new Select(kaart(andere).findElement(By.cssSelector("select.knelpuntkeuze"))).selectByVisibleText(knelpunt);
        kaart(andere).findElement(By.cssSelector("button.voegtoe")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("voorvertoning")));
        assertEquals(
                "Voorbeeldzin toevoegen bij " + knelpunt,
                browser.findElement(By.id("voorvertoningWat")).getText());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("voorvertoningVerschil"),
                "Bij bereidheid-bespreekbaar 1 voorbeeldzin toegevoegd: \u201c" + kenmerk
                        + " Hoe krijg ik mijn sectie"));
        assertFalse(
                catalogs.current()
                        .orElseThrow()
                        .herkenning()
                        .voorbeeldenVan("bereidheid-bespreekbaar")
                        .contains(kenmerk + " " + zin + "?"),
                "not before Activeer");
        assertFalse(weg(andere), "the question stays in the list until Activeer");

        // every text the message area shows, also the busy note that may last only milliseconds
        browser.executeScript("window.meldingen = []; new MutationObserver(() => window.meldingen.push("
                + "document.getElementById('vraagMelding').textContent)).observe("
                + "document.getElementById('vraagMelding'), { childList: true, subtree: true, characterData: true });");
        browser.findElement(By.id("activeer")).click();

        assertEquals("De zin staat nu bij \u2018" + knelpunt + "\u2019; Weerbaar herkent hem vanaf nu.", melding());
        assertEquals(
                AdminTeksten.VOEG_TOE_BEZIG,
                ((List<?>) browser.executeScript("return window.meldingen;")).get(0),
                "the busy note while Weerbaar learns the phrasing");
        assertFalse(browser.findElement(By.id("voorvertoning")).isDisplayed());
        wait.until(d -> weg(andere));
        assertTrue(weg(id), "the whole group is forgotten");
        assertEquals(
                0L,
                jdbc.sql("select count(*) from onbeantwoorde_vraag where id in (:ids)")
                        .param("ids", List.of(id, andere))
                        .query(Long.class)
                        .single());
        assertTrue(catalogs.current()
                .orElseThrow()
                .herkenning()
                .voorbeeldenVan("bereidheid-bespreekbaar")
                .contains(kenmerk + " " + zin + "?"));
    }
}
