package org.terrinclus.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;

/** A stream that drops a leading UTF-8 byte-order mark, and says whether there was one. */
final class BomSkippingStream extends FilterInputStream {

    private final boolean bom;

    BomSkippingStream(InputStream in) {
        super(new PushbackInputStream(in, 3));
        PushbackInputStream pushback = (PushbackInputStream) this.in;
        try {
            byte[] head = new byte[3];
            int n = pushback.readNBytes(head, 0, 3);
            bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            if (!bom && n > 0) {
                pushback.unread(head, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hadBom() {
        return bom;
    }
}
