package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled organisation directory: a fictional example school, and how users are found. */
class DirectoryTest {

    private final Directory directory =
            CatalogLoader.loadBundled().orElseThrow().directory();

    private String locatieVan(Kanaal kanaal, String userId, String email) {
        return directory
                .locatieVanGebruiker(kanaal, userId, email)
                .map(Locatie::id)
                .orElse(null);
    }

    private String locatieVanKanaal(Directory d, Kanaal kanaal, String teamId, String kanaalId) {
        return d.locatieVanKanaal(kanaal, teamId, kanaalId).map(Locatie::id).orElse(null);
    }

    @Test
    void exampleSchoolIsClearlyFictional() {
        assertTrue(directory.school().contains("fictief"), directory.school());
        for (Locatie l : directory.locaties()) {
            for (Persoon p : List.of(l.aanspreekpunt(), l.backup())) {
                assertTrue(p.email().endsWith(".example"), "fictional e-mail domain: " + p.email());
            }
        }
    }

    @Test
    void exampleSchoolHasAtLeastTwoLocatiesEachWithAanspreekpuntAndBackup() {
        assertTrue(
                directory.locaties().size() >= 2,
                "locaties: " + directory.locaties().size());
        for (Locatie l : directory.locaties()) {
            assertNotNull(l.aanspreekpunt(), l.id());
            assertNotNull(l.backup(), l.id());
            assertFalse(l.aanspreekpunt().naam().equals(l.backup().naam()), l.id());
            assertNotNull(l.aanspreekpunt().rol(), l.id());
            assertNotNull(l.backup().rol(), l.id());
        }
    }

    @Test
    void aanspreekpuntIsFoundByTeamsIdSlackIdOrEmail() {
        assertEquals("de-linde", locatieVan(Kanaal.TEAMS, "00000000-0000-4000-8000-000000000101", null));
        assertEquals("de-linde", locatieVan(Kanaal.SLACK, "U0LINDE02", null));
        assertEquals("het-baken", locatieVan(Kanaal.WEB, null, "m.jansen@voorbeeldcollege.example"));
    }

    @Test
    void staffMemberIsFoundByTheirOwnIdentity() {
        assertEquals("de-linde", locatieVan(Kanaal.SLACK, "U0LINDE10", null));
        assertEquals("het-baken", locatieVan(Kanaal.TEAMS, "00000000-0000-4000-8000-000000000210", null));
    }

    @Test
    void emailLookupIgnoresCase() {
        assertEquals("het-baken", locatieVan(Kanaal.TEAMS, "unknown", "D.Smit@VoorbeeldCollege.EXAMPLE"));
        assertEquals("de-linde", locatieVan(Kanaal.WEB, null, "S.DEVRIES@voorbeeldcollege.example"));
    }

    @Test
    void idOfOneChannelDoesNotMatchOnAnother() {
        assertEquals(null, locatieVan(Kanaal.TEAMS, "U0LINDE01", null));
        assertEquals(null, locatieVan(Kanaal.SLACK, "00000000-0000-4000-8000-000000000101", null));
        assertEquals(null, locatieVan(Kanaal.WEB, "U0LINDE01", null));
    }

    @Test
    void unknownUserHasNoLocatie() {
        assertEquals(
                Optional.empty(), directory.locatieVanGebruiker(Kanaal.SLACK, "UONBEKEND", "iemand@elders.example"));
    }

    @Test
    void teamsChannelAndSlackChannelMapToTheirLocatie() {
        assertEquals(
                "de-linde",
                locatieVanKanaal(
                        directory,
                        Kanaal.TEAMS,
                        "19:voorbeeld-team-de-linde@thread.tacv2",
                        "19:voorbeeld-kanaal-de-linde@thread.tacv2"));
        assertEquals("het-baken", locatieVanKanaal(directory, Kanaal.SLACK, null, "C0BAKEN00"));
        assertEquals(null, locatieVanKanaal(directory, Kanaal.SLACK, null, "C0ONBEKEND"));
        assertEquals(null, locatieVanKanaal(directory, Kanaal.TEAMS, null, "C0BAKEN00"));
    }

    @Test
    void teamsTeamMappingCoversEveryChannelOfTheTeamButAChannelMappingWins() {
        Directory d = new Directory(
                directory.school(),
                directory.locaties(),
                List.of(
                        new KanaalKoppeling(Kanaal.TEAMS, "19:team-baken@thread.tacv2", null, "het-baken"),
                        new KanaalKoppeling(
                                Kanaal.TEAMS,
                                "19:team-baken@thread.tacv2",
                                "19:kanaal-linde@thread.tacv2",
                                "de-linde")),
                directory.medewerkers(),
                directory.admins());
        assertEquals(
                "het-baken",
                locatieVanKanaal(d, Kanaal.TEAMS, "19:team-baken@thread.tacv2", "19:elk-ander-kanaal@thread.tacv2"));
        assertEquals("het-baken", locatieVanKanaal(d, Kanaal.TEAMS, "19:team-baken@thread.tacv2", null));
        assertEquals(
                "de-linde",
                locatieVanKanaal(d, Kanaal.TEAMS, "19:team-baken@thread.tacv2", "19:kanaal-linde@thread.tacv2"));
        assertEquals(null, locatieVanKanaal(d, Kanaal.TEAMS, "19:ander-team@thread.tacv2", "19:x@thread.tacv2"));
        assertEquals(null, locatieVanKanaal(d, Kanaal.SLACK, "19:team-baken@thread.tacv2", null));
    }

    @Test
    void aStaffMembersFunctieComesFromTheDirectoryAndIsEmptyWhenNotGiven() {
        assertEquals(
                Optional.of(Functie.SCHOOLLEIDING), directory.functieVanGebruiker(Kanaal.SLACK, "U0LINDE11", null));
        assertEquals(
                Optional.of(Functie.LERAAR),
                directory.functieVanGebruiker(Kanaal.WEB, null, "l.visser@voorbeeldcollege.example"));
        // Daan Smit has no functie; an aanspreekpunt is no medewerker
        assertEquals(
                Optional.empty(),
                directory.functieVanGebruiker(Kanaal.TEAMS, "00000000-0000-4000-8000-000000000210", null));
        assertEquals(Optional.empty(), directory.functieVanGebruiker(Kanaal.SLACK, "U0LINDE01", null));
    }

    @Test
    void adminIsRecognisedByTeamsIdSlackIdOrEmailAndNobodyElseIs() {
        assertTrue(directory.isAdmin(Kanaal.TEAMS, "00000000-0000-4000-8000-000000000901", null));
        assertTrue(directory.isAdmin(Kanaal.SLACK, "U0ADMIN01", null));
        assertTrue(directory.isAdmin(Kanaal.WEB, null, "F.deBoer@voorbeeldcollege.example"));
        assertFalse(directory.isAdmin(Kanaal.SLACK, "U0LINDE01", "s.devries@voorbeeldcollege.example"));
        assertFalse(directory.isAdmin(Kanaal.TEAMS, "U0ADMIN01", null));
        assertFalse(directory.isAdmin(Kanaal.WEB, null, null));
    }
}
