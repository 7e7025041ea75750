package nl.weerbaar.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.weerbaar.bot.signals.InboxToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a whole: usage and help per command, wrong use, and {@code inbox-link}. */
class CliTest {
    private static final String SECRET = "cli-test-geheim";

    private record Run(int exit, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(
                args,
                env,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Map.of(), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help"})
    void helpListsEveryCommandInDutch(String help) {
        Run run = run(help);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Gebruik: java -jar weerbaar.jar"), run.out());
        for (String command :
                new String[] {"validate", "recognize", "evaluate", "crossvalidate", "teams-package", "inbox-link"}) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing from:\n" + run.out());
        }
        assertTrue(run.out().contains("één JSON-regel"), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "recognize", "evaluate", "crossvalidate", "teams-package", "inbox-link"})
    void everyCommandExplainsItselfWithHelpAndDoesNothingElse(String command) {
        Run run = run(command, "--help");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Gebruik: java -jar weerbaar.jar " + command), run.out());
        assertTrue(run.out().contains("Toon deze uitleg."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpNamedCommandShowsThatCommandsOptions() {
        Run run = run("help", "inbox-link");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("--email=ADRES"), run.out());
        assertTrue(run.out().contains("--dagen=N"), run.out());
    }

    @Test
    void unknownOptionIsWrongUseWithTheUsageLineInDutch() {
        Run run = run("teams-package", "--app", "x");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Onbekend: --app"), run.err());
        assertTrue(run.err().contains("Gebruik: java -jar weerbaar.jar teams-package"), run.err());
        assertTrue(run.err().contains("--app-id=ID"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void optionWithoutItsValueIsWrongUse() {
        Run run = run("teams-package", "--out");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Gebruik: java -jar weerbaar.jar teams-package"), run.err());
    }

    @Test
    void validateTakesAtMostOneFolder() {
        Run run = run("validate", "a", "b");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Gebruik: java -jar weerbaar.jar validate [-h] [MAP]"), run.err());
    }

    @Test
    void evaluateWithoutItsFileIsWrongUse() {
        Run run = run("evaluate");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Ontbreekt: BESTAND.jsonl"), run.err());
    }

    @Test
    void crossvalidateFoldsMustBeANumber() {
        Run run = run("crossvalidate", "--folds", "vijf");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Ongeldige waarde voor --folds: 'vijf'"), run.err());
    }

    @Test
    void recognizeHandsItsCatalogueToTheRecogniser() {
        Run run = run("recognize", "--catalog", "/bestaat/niet");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("/bestaat/niet"), run.err());
    }

    @Test
    void inboxLinkSignsAPersonalLinkForAnAanspreekpunt() {
        Run run = run(
                Map.of("WEERBAAR_SIGNALEN_SECRET", SECRET),
                "inbox-link",
                "--email",
                "s.devries@voorbeeldcollege.example",
                "--dagen",
                "2",
                "--url",
                "https://weerbaar.school.nl/");

        assertEquals(0, run.exit(), run.err());
        URI link = URI.create(run.out().strip());
        assertEquals(
                "https://weerbaar.school.nl/inbox/login", link.getScheme() + "://" + link.getHost() + link.getPath());
        String token = link.getQuery().substring("token=".length());
        assertEquals(
                "s.devries@voorbeeldcollege.example",
                InboxToken.email(SECRET, token, Instant.now().plus(Duration.ofDays(1)))
                        .orElseThrow());
        assertTrue(InboxToken.email(SECRET, token, Instant.now().plus(Duration.ofDays(3)))
                .isEmpty());
    }

    @Test
    void inboxLinkTakesItsBaseAddressFromTheEnvironment() {
        Run run = run(
                Map.of("WEERBAAR_SIGNALEN_SECRET", SECRET, "WEERBAAR_SIGNALEN_PUBLIEKE_URL", "https://bot.example"),
                "inbox-link",
                "--email",
                "s.devries@voorbeeldcollege.example");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("https://bot.example/inbox/login?token="), run.out());
    }

    @Test
    void inboxLinkIsRefusedForSomeoneOutsideTheOrganisation() {
        Run run = run(Map.of("WEERBAAR_SIGNALEN_SECRET", SECRET), "inbox-link", "--email", "iemand@elders.example");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Geen aanspreekpunt, backup of beheerder met e-mail iemand@elders.example"));
        assertEquals("", run.out());
    }

    @Test
    void inboxLinkNeedsTheSecret() {
        Run run = run("inbox-link", "--email", "s.devries@voorbeeldcollege.example");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Zet WEERBAAR_SIGNALEN_SECRET"), run.err());
        assertFalse(run.out().contains("token="), run.out());
    }

    @Test
    void inboxLinkNeedsAnEmail() {
        Run run = run(Map.of("WEERBAAR_SIGNALEN_SECRET", SECRET), "inbox-link", "--dagen", "3");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Ontbreekt: --email"), run.err());
    }

    @Test
    void inboxLinkRefusesLessThanOneDay() {
        Run run = run(
                Map.of("WEERBAAR_SIGNALEN_SECRET", SECRET),
                "inbox-link",
                "--email",
                "s.devries@voorbeeldcollege.example",
                "--dagen",
                "0");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
    }
}
