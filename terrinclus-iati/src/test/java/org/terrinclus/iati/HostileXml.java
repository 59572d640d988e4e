package org.terrinclus.iati;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Generated hostile or huge IATI input, streamed rather than held in memory or committed. */
final class HostileXml {

    private HostileXml() {}

    static final String ACTIVITY = "<iati-activity xml:lang=\"fr\" default-currency=\"EUR\">"
            + "<iati-identifier>XM-DAC-7-%d</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-7\" type=\"10\"><narrative>Agence</narrative></reporting-org>"
            + "<title><narrative>Activité %d</narrative><narrative xml:lang=\"en\">Activity %d</narrative></title>"
            + "<description type=\"1\"><narrative>Insertion professionnelle des jeunes.</narrative></description>"
            + "<participating-org role=\"2\" type=\"11\"><narrative>Municipalité de Sousse</narrative></participating-org>"
            + "<activity-status code=\"2\"/><activity-date type=\"1\" iso-date=\"2020-01-01\"/>"
            + "<recipient-country code=\"TN\"/><tag vocabulary=\"2\" code=\"8\"/>"
            + "<transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"2020-02-01\"/>"
            + "<value value-date=\"2020-02-01\">1500.50</value>"
            + "<provider-org><narrative>Union européenne</narrative></provider-org></transaction>"
            + "</iati-activity>\n";

    /** A stream of {@code header}, then {@code body} repeated until about {@code size} bytes, then {@code footer}. */
    static InputStream repeated(String header, String body, String footer, long size) {
        return new InputStream() {
            private byte[] chunk = header.getBytes(StandardCharsets.UTF_8);
            private int position;
            private long written;
            private long count;
            private boolean footerDone;

            @Override
            public int read() {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= chunk.length) {
                    if (footerDone) {
                        return -1;
                    }
                    if (written < size) {
                        chunk = (body.contains("%d") ? String.format(body, count, count, count) : body)
                                .getBytes(StandardCharsets.UTF_8);
                        count++;
                    } else {
                        chunk = footer.getBytes(StandardCharsets.UTF_8);
                        footerDone = true;
                    }
                    position = 0;
                }
                int n = Math.min(len, chunk.length - position);
                System.arraycopy(chunk, position, b, off, n);
                position += n;
                written += n;
                return n;
            }
        };
    }

    /** How many bodies {@link #repeated} writes for a size. */
    static long bodies(String header, String body, long size) {
        long bodyLength = String.format(body, 0, 0, 0).getBytes(StandardCharsets.UTF_8).length;
        long afterHeader = header.getBytes(StandardCharsets.UTF_8).length;
        long count = 0;
        // Mirrors the stream: a body is added while fewer than size bytes were written.
        while (afterHeader < size) {
            String text = String.format(body, count, count, count);
            afterHeader += text.getBytes(StandardCharsets.UTF_8).length;
            count++;
        }
        return bodyLength > 0 ? count : 0;
    }
}
