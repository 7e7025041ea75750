package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.weerbaar.bot.Chromium;
import nl.weerbaar.bot.signals.InboxToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local web chat in a real browser: Debian's chromium, driven by its chromium-driver through
 * Selenium, on a phone-sized window, against the running application with the bundled catalogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserTest {
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private static final String BESPREEKBAAR_VRAAG = "Collega's durven het niet aan te kaarten als ze iets vermoeden";
    private static final List<String> BESPREEKBAAR_INTERVENTIES = List.of(
            "Creëren van een taboevrije cultuur: bespreekruimte bieden in teamoverleggen.",
            "Gespreksvaardigheidstraining: hoe start je een gesprek over vermoedens?",
            "Duidelijke gedragsverwachtingen en verantwoordelijkheden vastleggen in het schoolveiligheidsplan.");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("weerbaar") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("weerbaar.web.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @TempDir
    static Path profile;

    /** One browser for the class: starting Chromium costs seconds; each test gets a clean tab and origin. */
    private static ChromeDriver browser;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(profile, 390, 844);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void cleanTab() {
        List<String> tabs = List.copyOf(browser.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            browser.switchTo().window(tab).close();
        }
        browser.switchTo().window(tabs.get(0));
        // on the app's origin: forget its cookies (the chat session, a sign-in) and what its pages kept
        browser.get("http://localhost:" + port + "/");
        browser.manage().deleteAllCookies();
        browser.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.manage().logs().get(LogType.BROWSER); // read: only this test's console messages count
        wait = new WebDriverWait(browser, REPLY_TIMEOUT);
        wait.withMessage(() -> "the conversation so far:\n" + conversation());
    }

    @Test
    void aTeacherWhoPicksTheirLocatieAndAsksGetsTheInterventiesTheirAanspreekpuntAndTheBasistraining()
            throws IOException {
        openChat();
        pickLocatie("Locatie De Linde");

        send(BESPREEKBAAR_VRAAG);

        assertEquals(BESPREEKBAAR_INTERVENTIES, waitForInterventies());
        assertEquals(List.of(BESPREEKBAAR_VRAAG), ownMessages());
        WebElement aanspreekpunt = waitFor(By.cssSelector("#berichten .aanspreekpunt"));
        assertTrue(aanspreekpunt.getText().contains("Sanne de Vries"), aanspreekpunt.getText());
        assertTrue(aanspreekpunt.getText().contains("Locatie De Linde"), aanspreekpunt.getText());
        // the labels chat.js draws with come from the page (WebTeksten)
        assertTrue(
                aanspreekpunt.getText().startsWith(WebTeksten.CHAT_JOUW_AANSPREEKPUNT + " (Locatie De Linde): "),
                aanspreekpunt.getText());
        assertTrue(aanspreekpunt.getText().contains(WebTeksten.CHAT_EMAIL.strip()), aanspreekpunt.getText());
        WebElement mail = aanspreekpunt.findElement(By.cssSelector("a[href^='mailto:']"));
        assertEquals("mailto:s.devries@voorbeeldcollege.example", mail.getDomAttribute("href"));
        WebElement trainingen = waitFor(By.cssSelector("#berichten .trainingen"));
        assertTrue(
                trainingen.getText().contains("Basistraining Schoolveiligheid & Ondermijning"), trainingen.getText());
        assertEquals("Trainingen", trainingen.findElement(By.tagName("h3")).getText());
        assertEquals(
                "Wat je kunt doen:",
                browser.findElement(By.cssSelector("#berichten .tussenkop")).getText());
        assertEquals("de-linde", selectedLocatie());
        assertNoScriptErrors();

        Path screenshot = Path.of("target", "webchat.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);

        // acute danger: 112 and the aanspreekpunt as links that dial with one tap
        send("Er loopt nu een leerling met een mes door de gang die andere leerlingen bedreigt");
        WebElement bel112 = waitFor(By.cssSelector("#berichten .bellen a[href='tel:112']"));
        assertEquals("Bel 112", bel112.getText());
        assertEquals(
                "Bel Sanne de Vries: 010 000 0101",
                waitFor(By.cssSelector("#berichten .bellen a[href='tel:0100000101']"))
                        .getText());
        assertNoScriptErrors();
    }

    @Test
    void withoutALocatieTheAnswerComesAtOnceAndAsksForTheLocatieWhoseButtonBringsTheAanspreekpunt() {
        openChat();
        assertEquals("", selectedLocatie());

        send(BESPREEKBAAR_VRAAG);

        assertEquals(BESPREEKBAAR_INTERVENTIES, waitForInterventies());
        WebElement locatieVraag = waitFor(
                By.xpath(
                        "//div[@id='berichten']//div[contains(@class,'knoppen')][.//p[normalize-space()='Op welke locatie werk je?']]"));
        List<String> knoppen = locatieVraag.findElements(By.tagName("button")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toList());
        assertEquals(List.of("Locatie De Linde", "Locatie Het Baken"), knoppen);

        locatieVraag
                .findElement(By.xpath(".//button[normalize-space()='Locatie Het Baken']"))
                .click();

        WebElement aanspreekpunt = wait.until(d -> d.findElements(By.cssSelector("#berichten .aanspreekpunt")).stream()
                .filter(e -> e.getText().contains("Marieke Jansen"))
                .findFirst()
                .orElse(null));
        assertTrue(aanspreekpunt.getText().contains("Locatie Het Baken"), aanspreekpunt.getText());
        assertEquals("het-baken", selectedLocatie());
        assertEquals("het-baken", browser.executeScript("return window.localStorage.getItem('weerbaar.locatie');"));
        assertNoScriptErrors();
    }

    @Test
    void userTextIsShownLiterallyAndNeverRunsAsMarkup() {
        openChat();
        String script = "<script>alert(1)</script> *vet*";
        // markup that would run or render if it ever reached innerHTML, and Teams/Slack/Markdown syntax
        String markup = "<img src=x onerror=alert(2)> <at>x</at> [x](y) **vet** _schuin_";
        int scriptsBefore = browser.findElements(By.tagName("script")).size();

        send(script);
        wait.until(d -> d.findElements(By.cssSelector("#berichten .bericht.bot, #berichten .bericht.fout"))
                        .size()
                == 1);
        send(markup);
        wait.until(d -> d.findElements(By.cssSelector("#berichten .bericht.bot, #berichten .bericht.fout"))
                        .size()
                == 2);

        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(List.of(script, markup), ownMessages());
        for (WebElement eigen : browser.findElements(By.cssSelector("#berichten .bericht.gebruiker .eigen"))) {
            assertEquals(List.of(), eigen.findElements(By.xpath("./*")), "no element inside the user's text");
        }
        assertEquals(List.of(), browser.findElements(By.cssSelector("#berichten script, #berichten img, at")));
        assertEquals(scriptsBefore, browser.findElements(By.tagName("script")).size());
        assertNoScriptErrors();
    }

    @Test
    void theChatWorksWithTheKeyboardAlone() {
        openChat();

        for (int i = 0; i < 8 && !"tekst".equals(focused().getDomAttribute("id")); i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertEquals("tekst", focused().getDomAttribute("id"), "Tab reaches the question field");

        focused().sendKeys("eerste regel");
        focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        focused().sendKeys("tweede regel");
        assertEquals(
                "eerste regel\ntweede regel",
                browser.findElement(By.id("tekst")).getDomProperty("value"));
        assertEquals(List.of(), ownMessages(), "Shift+Enter does not send");

        focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        assertEquals("", browser.findElement(By.id("tekst")).getDomProperty("value"));
        focused().sendKeys(BESPREEKBAAR_VRAAG);
        focused().sendKeys(Keys.ENTER);

        assertEquals(BESPREEKBAAR_INTERVENTIES, waitForInterventies());
        assertEquals(List.of(BESPREEKBAAR_VRAAG), ownMessages());
        assertEquals("", browser.findElement(By.id("tekst")).getDomProperty("value"));
        assertEquals("tekst", focused().getDomAttribute("id"), "the focus stays in the question field");
        assertNoScriptErrors();
    }

    @Test
    void aReloadInTheSameTabKeepsTheConversationAndANewTabStartsEmpty() {
        openChat();
        pickLocatie("Locatie De Linde");
        send(BESPREEKBAAR_VRAAG);
        assertEquals(BESPREEKBAAR_INTERVENTIES, waitForInterventies());

        browser.navigate().refresh();

        assertEquals(BESPREEKBAAR_INTERVENTIES, waitForInterventies());
        assertEquals(List.of(BESPREEKBAAR_VRAAG), ownMessages());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#berichten .bericht.bot")).size());
        WebElement aanspreekpunt = waitFor(By.cssSelector("#berichten .aanspreekpunt"));
        assertTrue(aanspreekpunt.getText().contains("Sanne de Vries"), aanspreekpunt.getText());
        assertNoScriptErrors();

        browser.switchTo().newWindow(WindowType.TAB);
        openChat();
        assertEquals(List.of(), ownMessages(), "another tab has its own conversation");
        assertEquals(List.of(), browser.findElements(By.cssSelector("#berichten .bericht.bot")));
    }

    @Test
    void aSignalDraftContinuesFromItsButtonsAfterAReload() {
        String token = InboxToken.maak(
                "test-signalen-geheim",
                "j.bakker@voorbeeldcollege.example",
                Instant.now().plus(Duration.ofDays(1)));
        browser.get("http://localhost:" + port + "/inbox/login?token=" + token);
        browser.findElement(By.cssSelector("form[action='/inbox/login'] button[type='submit']"))
                .click();
        wait.until(d -> d.getCurrentUrl().endsWith("/inbox"));
        openChat();
        pickLocatie("Locatie De Linde");
        send("melden");
        waitForBotMessages(1);
        send("Een leerling staat elke pauze bij het hek op de uitkijk.");
        waitForBotMessages(2);
        List<String> voor = buttonsOfLastReply();
        assertTrue(voor.size() >= 2, "the draft asks with buttons: " + voor);
        String gesprekVoor = conversation();

        browser.navigate().refresh();

        waitForBotMessages(2);
        assertEquals(gesprekVoor, conversation(), "the same conversation after the reload");
        assertEquals(voor, buttonsOfLastReply());
        String vraagVoor = lastReply().getText();
        WebElement verder = lastReply().findElements(By.cssSelector(".knoppen button")).stream()
                .filter(b -> !b.getText().equals("Annuleren"))
                .findFirst()
                .orElseThrow();
        String gekozen = verder.getText();
        verder.click();

        waitForBotMessages(3);
        String volgende = lastReply().getText();
        assertTrue(
                !volgende.equals(vraagVoor)
                        && !volgende.contains("ken ik niet")
                        && !volgende.contains("verlopen")
                        && !volgende.contains("niets doorgegeven"),
                "after '" + gekozen + "' the draft goes on:\n" + volgende);
        assertEquals(gekozen, ownMessages().get(ownMessages().size() - 1));
        assertNoScriptErrors();

        // logging out of the inbox forgets the conversation in this tab: the next person sees none of it
        browser.get("http://localhost:" + port + "/inbox");
        browser.findElement(By.cssSelector("form[action='/inbox/uitloggen'] button[type='submit']"))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("form[action='/inbox/uitloggen']"))
                .isEmpty());
        openChat();
        browser.navigate().refresh();
        openChat();
        assertTrue(browser.findElements(By.cssSelector("#berichten .bericht")).isEmpty(), conversation());
        assertFalse(conversation().contains("bij het hek"), conversation());
    }

    @Test
    void anUnknownAddressIsADutchPageNotSpringsWhitelabelPage() {
        browser.get("http://localhost:" + port + "/bestaat-niet");

        assertEquals(
                "Deze pagina bestaat niet",
                browser.findElement(By.tagName("h1")).getText());
        assertEquals("nl", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.getTitle().startsWith("Deze pagina bestaat niet"), browser.getTitle());
        String pagina = browser.findElement(By.tagName("body")).getText();
        assertTrue(pagina.contains("Bij acuut gevaar: bel 112."), pagina);
        assertFalse(pagina.contains("Whitelabel"), pagina);

        browser.findElement(By.linkText("Verder naar Weerbaar")).click();
        assertEquals("Weerbaar", browser.findElement(By.tagName("h1")).getText());
    }

    private void waitForBotMessages(int count) {
        wait.until(
                d -> d.findElements(By.cssSelector("#berichten .bericht.bot")).size() == count);
    }

    private WebElement lastReply() {
        List<WebElement> replies = browser.findElements(By.cssSelector("#berichten .bericht.bot"));
        return replies.get(replies.size() - 1);
    }

    private List<String> buttonsOfLastReply() {
        return lastReply().findElements(By.cssSelector(".knoppen button")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toList());
    }

    private void openChat() {
        browser.get("http://localhost:" + port + "/");
        assertEquals("Weerbaar", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Bij acuut gevaar: bel 112."));
        WebElement log = browser.findElement(By.id("berichten"));
        assertEquals("log", log.getDomAttribute("role"));
        assertEquals("polite", log.getDomAttribute("aria-live"));
        // the locaties come from the directory
        wait.until(d -> new Select(d.findElement(By.id("locatie"))).getOptions().size() > 1);
    }

    private void send(String text) {
        WebElement vraag = browser.findElement(By.id("tekst"));
        vraag.sendKeys(text);
        vraag.sendKeys(Keys.ENTER);
    }

    private void pickLocatie(String naam) {
        new Select(browser.findElement(By.id("locatie"))).selectByVisibleText(naam);
    }

    private String selectedLocatie() {
        return browser.findElement(By.id("locatie")).getDomProperty("value");
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private WebElement waitFor(By by) {
        return wait.until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    private List<String> waitForInterventies() {
        By interventies = By.cssSelector("#berichten ol.interventies li");
        wait.until(d -> !d.findElements(interventies).isEmpty());
        return browser.findElements(interventies).stream()
                .map(e -> e.getDomProperty("textContent"))
                .collect(Collectors.toList());
    }

    private List<String> ownMessages() {
        return browser.findElements(By.cssSelector("#berichten .bericht.gebruiker .eigen")).stream()
                .map(e -> e.getDomProperty("textContent"))
                .collect(Collectors.toList());
    }

    private String conversation() {
        return browser.findElement(By.id("berichten")).getText();
    }

    private void assertNoScriptErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
        assertEquals(List.of(), errors, "errors in the browser console");
    }
}
