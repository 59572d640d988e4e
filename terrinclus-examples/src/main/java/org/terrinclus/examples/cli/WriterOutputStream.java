package org.terrinclus.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes written to the tool's standard output, which is a character writer. */
final class WriterOutputStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        bytes.flip();
        while (true) {
            var result = decoder.decode(bytes, chars, end);
            drain();
            if (!result.isOverflow()) {
                break;
            }
        }
        bytes.compact();
        if (writer.checkError()) {
            throw new IOException("standard output is closed");
        }
    }

    private void drain() {
        chars.flip();
        writer.append(chars);
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drain();
        writer.flush();
    }
}
