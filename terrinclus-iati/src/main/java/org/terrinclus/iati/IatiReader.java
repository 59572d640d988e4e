package org.terrinclus.iati;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.terrinclus.iati.internal.DocumentReader;

/**
 * The activities of an IATI file, read one at a time as a stream: memory stays bounded whatever
 * the number of activities. Never throws on bad input: broken XML, a DTD or a limit exceeded
 * become findings, and reading stops there. Close it to close the stream.
 */
public final class IatiReader implements Iterator<IatiReadResult>, Closeable {

    private final DocumentReader reader;
    private IatiReadResult next;
    private boolean ended;

    IatiReader(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            DocumentReader.Item item = reader.next();
            if (item == null) {
                ended = true;
            } else {
                next = new IatiReadResult(item.record, item.findings, item.index, item.line);
            }
        }
        return next != null;
    }

    @Override
    public IatiReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IatiReadResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        ended = true;
        reader.close();
    }
}
