package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Only the known catalogue files are taken from a zip; hostile zips are refused. */
class ZipCatalogusTest {

    @Test
    void knownFilesAtTheTopOrInOneFolderAreTakenOthersIgnored() throws Exception {
        byte[] zip = AdminFixtures.zip(
                Map.of("map/catalogus.yaml", "a", "map/schema/catalogus.schema.json", "{}", "map/README.md", "x"), "");
        ZipCatalogus.Inhoud inhoud = ZipCatalogus.lees(zip);
        assertEquals(Map.of("catalogus.yaml", "a"), inhoud.bestanden());
        assertEquals(2, inhoud.genegeerd().size());
    }

    @Test
    void namesThatClimbOutOrAreAbsoluteRefuseTheZip() throws Exception {
        for (String naam : List.of("../catalogus.yaml", "/etc/catalogus.yaml", "a/../../catalogus.yaml", "a\\b.yaml")) {
            byte[] zip = AdminFixtures.zip(Map.of(naam, "x"), "");
            assertThrows(ZipCatalogus.OngeldigeZip.class, () -> ZipCatalogus.lees(zip), naam);
        }
    }

    @Test
    void zipBombIsStoppedWhileReading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("voorbeelden.yaml"));
            byte[] nullen = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.write(nullen);
            }
            zip.closeEntry();
        }
        assertThrows(ZipCatalogus.OngeldigeZip.class, () -> ZipCatalogus.lees(out.toByteArray()));
    }

    @Test
    void duplicateFileOrTooManyEntriesRefuseTheZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 101; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".txt"));
                zip.closeEntry();
            }
        }
        assertThrows(ZipCatalogus.OngeldigeZip.class, () -> ZipCatalogus.lees(out.toByteArray()));
        byte[] dubbel = AdminFixtures.zip(Map.of("a/catalogus.yaml", "x", "catalogus.yaml", "y"), "");
        assertThrows(ZipCatalogus.OngeldigeZip.class, () -> ZipCatalogus.lees(dubbel));
    }
}
