package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.BeheerTest;
import nl.weerbaar.bot.Chromium;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin page's changes in a real browser ({@link Chromium}; one browser for the class): every change is shown as a
 * difference first and is served only after "Activeer"; the organisation form writes a new
 * version; the validator's problems are shown at their field. Each test puts the version it found
 * back afterwards, since the context (BeheerTest's) is shared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminWijzigingenBrowserTest extends BeheerTest {
    private static final Duration WACHT = Duration.ofSeconds(30);
    /** Lotte Visser: a staff member of De Linde in the directory (Slack). */
    private static final Afzender LOTTE = new Afzender(Kanaal.SLACK, "U0LINDE10", "Lotte", null, "T1", null);

    @Autowired
    CatalogService catalogs;

    @Autowired
    Gesprek gesprek;

    private Path profiel;
    private ChromeDriver browser;
    private WebDriverWait wacht;
    private long versieVoor;

    @BeforeAll
    void startBrowser() throws IOException {
        profiel = Files.createTempDirectory("weerbaar-beheer-chromium");
        browser = Chromium.start(profiel, 1280, 1000);
        wacht = new WebDriverWait(browser, WACHT);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void aanmelden() throws Exception {
        versieVoor = AdminFixtures.JSON
                .readTree(admin("/admin/status").body())
                .path("catalogus")
                .path("versieId")
                .asLong();
        browser.get("http://127.0.0.1:" + port + "/admin");
        browser.executeScript("sessionStorage.clear();");
        browser.navigate().refresh();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")))
                .sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#tokenForm button")).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-locaties-0-aanspreekpunt-telefoon")));
    }

    /** Puts the version the test found back (directly, through the API), for the other tests of the context. */
    @AfterEach
    void zetVersieTerug() throws Exception {
        long nu = AdminFixtures.JSON
                .readTree(admin("/admin/status").body())
                .path("catalogus")
                .path("versieId")
                .asLong();
        if (nu == versieVoor) {
            return;
        }
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/admin/catalog/versions/" + versieVoor + "/restore"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void anUploadedZipIsShownAsADifferenceServedOnlyAfterActiveerAndTheFolderCanBeImportedBackTheSameWay()
            throws Exception {
        Path zip = Files.createTempFile(profiel, "catalogus", ".zip");
        Map<String, String> metWilg = AdminFixtures.catalogusA();
        metWilg.put("organisatie.yaml", resource("/admin/organisatie-nieuwe-locatie.yaml"));
        Files.write(zip, AdminFixtures.zip(metWilg, "catalogus/"));

        browser.findElement(By.id("zip")).sendKeys(zip.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();

        WebElement voorvertoning = zichtbaar("voorvertoning");
        wachtOpTekst(
                "voorvertoningVerschil",
                "Nieuwe locatie: Locatie De Wilg (de-wilg), met aanspreekpunt Pieter Claes en backup Ilse Mulder.");
        assertEquals(
                List.of(
                        "Locaties",
                        "Nieuwe locatie: Locatie De Wilg (de-wilg), met aanspreekpunt Pieter Claes en backup Ilse Mulder."),
                browser.findElement(By.id("voorvertoningVerschil"))
                        .getText()
                        .lines()
                        .toList());
        assertTrue(
                catalogs.current().orElseThrow().directory().locatie("de-wilg").isEmpty(),
                "not served before Activeer");

        browser.findElement(By.id("activeer")).click();

        wachtOpTekst("catalogusMelding", "is actief");
        assertFalse(voorvertoning.isDisplayed());
        assertTrue(
                catalogs.current().orElseThrow().directory().locatie("de-wilg").isPresent());
        // the bundled catalogue (the "folder") now differs from what is served: the page says so
        wachtOpTekst("mapMelding", "Locatie verwijderd: Locatie De Wilg (de-wilg).");
        assertTrue(
                browser.findElement(By.id("mapMelding")).getText().startsWith("De map is niet gewijzigd sinds versie "),
                browser.findElement(By.id("mapMelding")).getText());

        browser.findElement(By.id("mapImporteer")).click();

        wachtOpTekst("voorvertoningVerschil", "Locatie verwijderd: Locatie De Wilg (de-wilg).");
        assertTrue(
                catalogs.current().orElseThrow().directory().locatie("de-wilg").isPresent(), "still served");
        browser.findElement(By.id("activeer")).click();
        wacht.until(d ->
                catalogs.current().orElseThrow().directory().locatie("de-wilg").isEmpty());
        wacht.until(ExpectedConditions.textToBe(By.id("mapMelding"), ""));
    }

    @Test
    void anAanspreekpuntsPhoneEditedOnThePageIsInTheNextChatAnswerAfterActiveer() {
        assertTrue(aanspreekpunt().contains("010 000 0101"), aanspreekpunt());
        WebElement telefoon = browser.findElement(By.id("org-locaties-0-aanspreekpunt-telefoon"));
        assertEquals("010 000 0101", telefoon.getDomProperty("value"));

        telefoon.clear();
        telefoon.sendKeys("010 000 0177");
        browser.findElement(By.id("organisatieBekijk")).click();

        zichtbaar("voorvertoning");
        wachtOpTekst(
                "voorvertoningVerschil",
                "Aanspreekpunt van Locatie De Linde (Sanne de Vries): telefoon 010 000 0177 (was 010 000 0101).");
        assertTrue(aanspreekpunt().contains("010 000 0101"), "not before Activeer: " + aanspreekpunt());

        browser.findElement(By.id("activeer")).click();

        wachtOpTekst("organisatieFouten", "is actief");
        String antwoord = aanspreekpunt();
        assertTrue(antwoord.contains("Sanne de Vries") && antwoord.contains("010 000 0177"), antwoord);
    }

    @Test
    void aValidationErrorIsShownAtItsFieldAndNothingIsPreviewed() {
        WebElement email = browser.findElement(By.id("org-locaties-0-backup-email"));
        email.clear();
        email.sendKeys("geen-adres");

        browser.findElement(By.id("organisatieBekijk")).click();

        WebElement fout =
                wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-locaties-0-backup-email-fout")));
        assertEquals("'geen-adres' is geen e-mailadres.", fout.getText());
        assertEquals("true", email.getDomAttribute("aria-invalid"));
        assertEquals(
                fout,
                browser.findElement(By.cssSelector("#org-locaties-0-backup-email + .veldfout")),
                "right after the field");
        assertTrue(
                browser.findElement(By.id("organisatieFouten")).getText().startsWith("Het formulier heeft 1 probleem"),
                browser.findElement(By.id("organisatieFouten")).getText());
        assertFalse(browser.findElement(By.id("voorvertoning")).isDisplayed());
    }

    @Test
    void anAdminsOtherAccountsAreAListFieldAWrongEntryIsShownAtItAndAGoodListIsPreviewed() {
        WebElement accounts = browser.findElement(By.id("org-admins-0-accounts"));
        accounts.sendKeys("femke.beheer@voorbeeldcollege.example, femke-prive");

        browser.findElement(By.id("organisatieBekijk")).click();

        WebElement fout =
                wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-admins-0-accounts-fout")));
        assertTrue(
                fout.getText().startsWith("'femke-prive' is geen e-mailadres en geen Entra object id"), fout.getText());
        assertEquals("true", accounts.getDomAttribute("aria-invalid"));

        accounts.clear();
        accounts.sendKeys("femke.beheer@voorbeeldcollege.example");
        browser.findElement(By.id("organisatieBekijk")).click();

        zichtbaar("voorvertoning");
        wachtOpTekst(
                "voorvertoningVerschil",
                "Beheerder (Femke de Boer): andere accounts femke.beheer@voorbeeldcollege.example (was (leeg)).");
    }

    /** The aanspreekpunt part of the reply to "wie is mijn aanspreekpunt", as text. */
    private String aanspreekpunt() {
        Antwoord a = gesprek.beantwoord(Bericht.tekst(LOTTE, null, "wie is mijn aanspreekpunt"));
        return a.onderdelen().stream()
                .filter(Antwoord.AanspreekpuntDeel.class::isInstance)
                .map(Object::toString)
                .findFirst()
                .orElse(a.toString());
    }

    private WebElement zichtbaar(String id) {
        return wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void wachtOpTekst(String id, String tekst) {
        wacht.withMessage(() -> "#" + id + ": " + browser.findElement(By.id(id)).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), tekst));
    }

    private static String resource(String naam) throws IOException {
        try (InputStream in = AdminWijzigingenBrowserTest.class.getResourceAsStream(naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
