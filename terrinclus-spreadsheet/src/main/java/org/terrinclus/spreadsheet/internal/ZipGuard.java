package org.terrinclus.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks at a zip (a workbook, or a bundle of CSV files) before anything parses it: how many
 * entries, how big once inflated, how much each one inflates, and whether an XML part declares a
 * document type (which OOXML never does: it is how XML entity attacks start). Inflates each entry
 * once, in bounded memory, and stops at the first limit passed.
 */
public final class ZipGuard {

    /** Why a zip is refused, in French and English. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final String french;
        private final boolean limit;

        public Refusal(String french, String english, boolean limit) {
            super(english, null, false, false);
            this.french = french;
            this.limit = limit;
        }

        public String getFrench() {
            return french;
        }

        /** True for a size limit, false for a file that is not what it claims to be. */
        public boolean isLimit() {
            return limit;
        }
    }

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ZipGuard() {}

    /** Checks a zip against the limits; returns normally when it may be read. */
    public static void check(byte[] zip, SheetLimits limits) throws Refusal {
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            int entries = 0;
            long total = 0;
            byte[] buffer = new byte[16384];
            Enumeration<ZipArchiveEntry> all = file.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > limits.getMaxZipEntries()) {
                    throw new Refusal(
                            "le fichier zip a plus de " + limits.getMaxZipEntries() + " entrées",
                            "the zip file has more than " + limits.getMaxZipEntries() + " entries",
                            true);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean xml = entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")
                        || entry.getName().toLowerCase(Locale.ROOT).endsWith(".rels");
                long maxSize = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")
                        ? limits.getMaxSharedStringsBytes()
                        : limits.getMaxEntryBytes();
                long size = 0;
                int doctype = 0;
                int entity = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        size += read;
                        total += read;
                        if (size > maxSize || total > limits.getMaxInflatedBytes()) {
                            throw new Refusal(
                                    "décompressé, le fichier dépasse " + (limits.getMaxInflatedBytes() >> 20)
                                            + " Mo, ou sa partie « " + entry.getName() + " » " + (maxSize >> 20)
                                            + " Mo",
                                    "once inflated, the file exceeds " + (limits.getMaxInflatedBytes() >> 20)
                                            + " MB, or its part \"" + entry.getName() + "\" " + (maxSize >> 20)
                                            + " MB",
                                    true);
                        }
                        long compressed = Math.max(1, entry.getCompressedSize());
                        if (size > 1 << 20 && size / compressed > limits.getMaxInflateRatio()) {
                            throw new Refusal(
                                    "la partie « " + entry.getName() + " » se décompresse plus de "
                                            + limits.getMaxInflateRatio() + " fois (bombe zip ?)",
                                    "the part \"" + entry.getName() + "\" inflates more than "
                                            + limits.getMaxInflateRatio() + " times (zip bomb?)",
                                    true);
                        }
                        if (xml) {
                            for (int i = 0; i < read; i++) {
                                doctype = step(doctype, buffer[i], DOCTYPE);
                                entity = step(entity, buffer[i], ENTITY);
                                if (doctype == DOCTYPE.length || entity == ENTITY.length) {
                                    throw new Refusal(
                                            "la partie « " + entry.getName()
                                                    + " » déclare un type de document (DOCTYPE), ce qu'un classeur ne fait jamais",
                                            "the part \"" + entry.getName()
                                                    + "\" declares a document type (DOCTYPE), which a workbook never does",
                                            false);
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refusal(
                    "ce n'est pas un fichier zip lisible (" + describe(e) + ")",
                    "it is not a readable zip file (" + describe(e) + ")",
                    false);
        }
    }

    private static int step(int matched, byte b, byte[] pattern) {
        if (b == pattern[matched]) {
            return matched + 1;
        }
        return b == pattern[0] ? 1 : 0;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ");
        return message.length() > 120 ? message.substring(0, 117) + "…" : message;
    }
}
