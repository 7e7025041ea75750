package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every YAML file of the catalogue has a JSON Schema (draft 2020-12) in schema/, referenced from
 * its first line, so an editor checks the file while an admin types. The bundled files pass their
 * schema; broken copies fail it.
 */
class CatalogSchemaTest {

    private static final List<String> YAML_FILES =
            List.of("catalogus", "trainingen", "organisatie", "voorbeelden", "signalen", "informatie");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static String resource(String path) {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream("/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bundledYamlOrSkip(String name) {
        String text = resource(CatalogSource.BUNDLED_ROOT + "/" + name + ".yaml");
        assumeTrue(text != null, name + ".yaml is not in the bundled catalogue yet");
        return text;
    }

    private static Schema schema(String name) {
        String text = resource(CatalogSource.BUNDLED_ROOT + "/schema/" + name + ".schema.json");
        assertNotNull(text, "schema/" + name + ".schema.json is missing");
        return SCHEMAS.getSchema(JSON.readTree(text));
    }

    private static Object yaml(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    private static List<Error> validate(String name, Object yaml) {
        JsonNode tree = JSON.valueToTree(yaml);
        return schema(name).validate(tree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogus", "trainingen", "organisatie", "voorbeelden", "signalen", "informatie"})
    void bundledFileIsValidAgainstItsSchema(String name) {
        List<Error> errors = validate(name, yaml(bundledYamlOrSkip(name)));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogus", "trainingen", "organisatie", "voorbeelden", "signalen", "informatie"})
    void firstLineOfTheFileTellsTheEditorWhereItsSchemaIs(String name) {
        String firstLine = bundledYamlOrSkip(name).lines().findFirst().orElse("");
        assertEquals("# yaml-language-server: $schema=schema/" + name + ".schema.json", firstLine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogus", "trainingen", "organisatie", "voorbeelden", "signalen", "informatie"})
    void schemaIsDraft202012WithADutchTitleAndDescriptionAndRejectsUnknownTopLevelFields(String name) {
        JsonNode schema = schema(name).getSchemaNode();
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asString());
        assertTrue(schema.get("title").asString().startsWith("Weerbaar: "), name);
        assertTrue(schema.get("description").asString().length() > 40, name);
        assertFalse(schema.get("additionalProperties").asBoolean(), name);
    }

    @Test
    void thereIsASchemaForEveryYamlFileTheLoaderReads() {
        List<String> yamlFiles = CatalogLoader.ALL_FILES.stream()
                .filter(f -> f.endsWith(".yaml"))
                .map(f -> f.substring(0, f.length() - ".yaml".length()))
                .toList();
        assertEquals(YAML_FILES, yamlFiles);
        YAML_FILES.forEach(CatalogSchemaTest::schema);
    }

    /** Broken fixtures whose defect a schema can see (cross-file references it cannot). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "onbekend-veld,                  trainingen,  additionalProperties, /trainingen/2",
        "onbekend-knelpunt-in-training,  trainingen,  enum,                 /trainingen/0/lostOp/knelpunten/0",
        "knelpunt-zonder-tekst,          catalogus,   required,             /themas/1/knelpunten/1",
        "knelpunt-tekst-leeg,            catalogus,   pattern,              /themas/2/knelpunten/0/tekst",
        "locatie-zonder-aanspreekpunt,   organisatie, required,             /locaties/1",
        "functie-onbekend,               organisatie, enum,                 /medewerkers/1/functie",
    })
    void brokenCopyFailsTheSchemaWhereTheDefectIs(String fixture, String name, String keyword, String where) {
        Path file = CatalogFixtures.fixture("broken/" + fixture).resolve(name + ".yaml");
        List<Error> errors = validate(name, yaml(read(file)));
        assertTrue(
                errors.stream()
                        .anyMatch(e ->
                                e.getKeyword().equals(keyword) && jsonPointer(e).equals(where)),
                () -> "expected a '" + keyword + "' error at " + where + ", got " + errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogus", "trainingen", "organisatie", "voorbeelden", "signalen", "informatie"})
    void unknownTopLevelFieldFailsTheSchema(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) yaml(bundledYamlOrSkip(name)));
        root.put("opmerking", "een veld dat de lader niet kent");
        List<Error> errors = validate(name, root);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("additionalProperties", errors.get(0).getKeyword());
        assertEquals("opmerking", errors.get(0).getProperty());
    }

    @Test
    void voorbeeldenWithTooFewSentencesForAKnelpuntFailsTheSchema() {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) yaml(bundledYamlOrSkip("voorbeelden")));
        @SuppressWarnings("unchecked")
        Map<String, Object> voorbeelden = new LinkedHashMap<>((Map<String, Object>) root.get("voorbeelden"));
        voorbeelden.put("bekwaamheid-intercultureel", List.of("cultuurverschillen in de klas"));
        voorbeelden.put("bekwaamheid-interculturel", List.of("tikfout in het id", "tweede", "derde"));
        root.put("voorbeelden", voorbeelden);

        List<String> keywords = validate("voorbeelden", root).stream()
                .map(Error::getKeyword)
                .sorted()
                .toList();

        assertEquals(List.of("additionalProperties", "minItems"), keywords);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAccountThatIsNeitherAnEmailNorAnObjectIdFailsTheSchemaBothKindsPass() {
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) yaml(bundledYamlOrSkip("organisatie")));
        Map<String, Object> admin = new LinkedHashMap<>(((List<Map<String, Object>>) root.get("admins")).get(0));
        root.put("admins", List.of(admin));
        admin.put("accounts", List.of("f.deboer@gmail.example", "aaaaaaaa-0000-4000-8000-000000000999"));
        assertEquals(
                List.of(),
                validate("organisatie", root).stream().map(Error::toString).toList());

        admin.put("accounts", List.of("femke-prive"));
        List<Error> errors = validate("organisatie", root);

        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("pattern")), errors::toString);
        assertEquals("/admins/0/accounts/0", jsonPointer(errors.get(0)));
    }

    @Test
    void slackChannelMappingWithoutKanaalIdFailsTheSchema() {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) yaml(bundledYamlOrSkip("organisatie")));
        root.put("kanaalkoppelingen", List.of(Map.of("kanaal", "slack", "teamId", "T0123", "locatie", "de-linde")));

        List<Error> errors = validate("organisatie", root);

        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("required")), errors::toString);
    }

    private static String jsonPointer(Error e) {
        StringBuilder pointer = new StringBuilder();
        var path = e.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
