package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** organisatie.yaml read into plain data and written back, as the admin page's organisation form does. */
class OrganisatieYamlTest {

    @TempDir
    Path map;

    @Test
    void writtenBackUnchangedItLoadsAsTheSameDirectoryWithTheCommentHeaderKept() throws IOException {
        String origineel = CatalogFixtures.bundledText("organisatie.yaml");

        String geschreven = OrganisatieYaml.schrijf(OrganisatieYaml.lees(origineel), origineel);

        assertTrue(
                geschreven.startsWith(
                        "# yaml-language-server: $schema=schema/organisatie.schema.json\n#\n# De organisatie:"),
                geschreven);
        CatalogFixtures.copyOfBundled(map);
        Files.writeString(map.resolve("organisatie.yaml"), geschreven);
        LoadResult r = CatalogLoader.load(map);
        assertEquals(List.of(), r.problems());
        Catalog bundled = CatalogLoader.loadBundled().orElseThrow();
        assertEquals(bundled.directory(), r.orElseThrow().directory());
        assertTrue(CatalogVerschil.tussen(bundled, r.orElseThrow()).leeg());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedPhoneIsWrittenAndEmptyFieldsAreLeftOut() throws IOException {
        String origineel = CatalogFixtures.bundledText("organisatie.yaml");
        Map<String, Object> org = OrganisatieYaml.lees(origineel);
        Map<String, Object> linde = ((List<Map<String, Object>>) org.get("locaties")).get(0);
        Map<String, Object> aanspreekpunt = (Map<String, Object>) linde.get("aanspreekpunt");
        aanspreekpunt.put("telefoon", " 010 000 0199 ");
        aanspreekpunt.put("slackUserId", "");

        String geschreven = OrganisatieYaml.schrijf(org, origineel);
        CatalogFixtures.copyOfBundled(map);
        Files.writeString(map.resolve("organisatie.yaml"), geschreven);
        Locatie l = CatalogLoader.load(map)
                .orElseThrow()
                .directory()
                .locatie("de-linde")
                .orElseThrow();

        assertEquals("010 000 0199", l.aanspreekpunt().telefoon());
        assertEquals(null, l.aanspreekpunt().slackUserId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonsOtherAccountsSurviveTheRoundTripAndLoadInLowerCase() throws IOException {
        String origineel = CatalogFixtures.bundledText("organisatie.yaml");
        Map<String, Object> org = OrganisatieYaml.lees(origineel);
        Map<String, Object> femke = ((List<Map<String, Object>>) org.get("admins")).get(0);
        femke.put("accounts", new java.util.ArrayList<>(List.of("Femke.deBoer@gmail.example", "")));
        org = OrganisatieYaml.lees(OrganisatieYaml.schrijf(org, origineel));
        femke = ((List<Map<String, Object>>) org.get("admins")).get(0);
        femke.put("accounts", new java.util.ArrayList<>((List<String>) femke.get("accounts")));
        ((List<String>) femke.get("accounts")).add("AAAAAAAA-0000-4000-8000-000000000999");

        String geschreven = OrganisatieYaml.schrijf(org, origineel);
        CatalogFixtures.copyOfBundled(map);
        Files.writeString(map.resolve("organisatie.yaml"), geschreven);
        LoadResult r = CatalogLoader.load(map);

        assertEquals(List.of(), r.problems());
        Persoon admin = r.orElseThrow().directory().admins().get(0);
        assertEquals(List.of("femke.deboer@gmail.example", "aaaaaaaa-0000-4000-8000-000000000999"), admin.accounts());
        assertTrue(admin.heeftAccount(null, "FEMKE.DEBOER@gmail.example"));
        assertTrue(admin.heeftAccount("aaaaaaaa-0000-4000-8000-000000000999", null));
        assertEquals(
                false, admin.heeftAccount("00000000-0000-4000-8000-000000000901", null), "her own oid is no account");
    }

    @Test
    void aValidatorProblemNamesThePathOfTheFormField() throws IOException {
        String origineel = CatalogFixtures.bundledText("organisatie.yaml");
        String kapot = origineel.replace("email: s.devries@voorbeeldcollege.example", "email: geen-adres");
        CatalogFixtures.copyOfBundled(map);
        Files.writeString(map.resolve("organisatie.yaml"), OrganisatieYaml.schrijf(OrganisatieYaml.lees(kapot), kapot));

        List<Problem> problemen = CatalogLoader.load(map).problems();

        assertEquals(1, problemen.size(), problemen.toString());
        assertEquals("locaties[0].aanspreekpunt.email", problemen.get(0).path());
        assertEquals("'geen-adres' is geen e-mailadres.", problemen.get(0).message());
    }
}
