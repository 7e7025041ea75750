package nl.weerbaar.bot.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.weerbaar.catalog.CatalogLoader;

/**
 * Reads an uploaded catalogue folder from a zip, defensively: only the known file names
 * ({@link CatalogLoader#ALL_FILES}) at the top or in one top folder are taken, everything else is
 * ignored and listed; names that climb out ({@code ..}, absolute paths) refuse the whole zip;
 * the number of entries and the sizes are capped while reading, whatever the zip claims. Nothing
 * is written to disk.
 */
final class ZipCatalogus {
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int MAX_ENTRIES = 100;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    /** The zip cannot be used; the message says why (Dutch). */
    static final class OngeldigeZip extends Exception {
        OngeldigeZip(String message) {
            super(message);
        }
    }

    record Inhoud(Map<String, String> bestanden, List<String> genegeerd) {}

    /** A version's files as a zip with one folder {@code catalogus/}: the YAML exchange format, uploadable again. */
    static byte[] schrijf(Map<String, String> bestanden) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(uit)) {
            for (String naam : CatalogLoader.ALL_FILES) {
                String inhoud = bestanden.get(naam);
                if (inhoud != null) {
                    zip.putNextEntry(new ZipEntry("catalogus/" + naam));
                    zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: does not happen
        }
        return uit.toByteArray();
    }

    private ZipCatalogus() {}

    static Inhoud lees(byte[] zip) throws OngeldigeZip {
        Map<String, String> bestanden = new LinkedHashMap<>();
        List<String> genegeerd = new ArrayList<>();
        int entries = 0;
        long totaal = 0;
        String topmap = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new OngeldigeZip(AdminTeksten.teVeelBestanden(MAX_ENTRIES));
                }
                String naam = entry.getName();
                if (naam.contains("\\")
                        || naam.startsWith("/")
                        || naam.matches("^[A-Za-z]:.*")
                        || List.of(naam.split("/")).contains("..")
                        || naam.indexOf('\0') >= 0) {
                    throw new OngeldigeZip(AdminTeksten.ongeldigeNaam(kort(naam)));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String[] delen = naam.split("/");
                String bestand = delen[delen.length - 1];
                boolean bekend = CatalogLoader.ALL_FILES.contains(bestand) && delen.length <= 2;
                if (bekend && delen.length == 2) {
                    if (topmap != null && !topmap.equals(delen[0])) {
                        throw new OngeldigeZip(AdminTeksten.MEER_DAN_EEN_MAP);
                    }
                    topmap = delen[0];
                }
                if (!bekend) {
                    genegeerd.add(kort(naam));
                    continue;
                }
                if (bestanden.containsKey(bestand)) {
                    throw new OngeldigeZip(AdminTeksten.dubbel(bestand));
                }
                byte[] inhoud = leesBegrensd(in, bestand);
                totaal += inhoud.length;
                if (totaal > MAX_TOTAL_BYTES) {
                    throw new OngeldigeZip(AdminTeksten.uitgepaktTeGroot(MAX_TOTAL_BYTES / 1024 / 1024));
                }
                bestanden.put(bestand, utf8(bestand, inhoud));
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new OngeldigeZip(AdminTeksten.geenGeldigeZip(e.getMessage()));
        } catch (IOException e) {
            throw new OngeldigeZip(AdminTeksten.zipNietTeLezen(e.getMessage()));
        }
        if (entries == 0) {
            throw new OngeldigeZip(AdminTeksten.GEEN_ZIP);
        }
        return new Inhoud(bestanden, genegeerd);
    }

    private static byte[] leesBegrensd(ZipInputStream in, String bestand) throws IOException, OngeldigeZip {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_FILE_BYTES) {
                throw new OngeldigeZip(AdminTeksten.bestandTeGroot(bestand, MAX_FILE_BYTES / 1024 / 1024));
            }
        }
        return out.toByteArray();
    }

    private static String utf8(String bestand, byte[] inhoud) throws OngeldigeZip {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new OngeldigeZip(AdminTeksten.geenUtf8(bestand));
        }
    }

    private static String kort(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
