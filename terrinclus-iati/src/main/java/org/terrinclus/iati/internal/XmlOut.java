package org.terrinclus.iati.internal;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting writer of elements over StAX; text is checked for characters XML cannot carry,
 * which are reported and replaced rather than written as a broken document.
 */
final class XmlOut {

    private final XMLStreamWriter writer;
    private int depth;
    private boolean hadChild;
    private Consumer<String> onInvalid = text -> {};

    XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    void onInvalidText(Consumer<String> handler) {
        this.onInvalid = handler;
    }

    void start(String name) throws XMLStreamException {
        indent();
        writer.writeStartElement(name);
        depth++;
        hadChild = false;
    }

    void startT(String name) throws XMLStreamException {
        indent();
        writer.writeStartElement(Vocabulary.PREFIX, name, Vocabulary.NS);
        depth++;
        hadChild = false;
    }

    void attr(String name, String value) throws XMLStreamException {
        writer.writeAttribute(name, clean(value));
    }

    void attrT(String name, String value) throws XMLStreamException {
        writer.writeAttribute(Vocabulary.PREFIX, Vocabulary.NS, name, clean(value));
    }

    void lang(String code) throws XMLStreamException {
        writer.writeAttribute("xml", Vocabulary.XML_NS, "lang", code);
    }

    void text(String text) throws XMLStreamException {
        writer.writeCharacters(clean(text));
        hadChild = true; // keeps the end tag on the same line
        textOnly = true;
    }

    private boolean textOnly;

    void end() throws XMLStreamException {
        depth--;
        if (hadChild && !textOnly) {
            indent();
        }
        writer.writeEndElement();
        hadChild = true;
        textOnly = false;
    }

    /** An element with text only. */
    void leaf(String name, String text) throws XMLStreamException {
        start(name);
        text(text);
        end();
    }

    void leafT(String name, String text) throws XMLStreamException {
        startT(name);
        text(text);
        end();
    }

    void empty(String name, String attribute, String value) throws XMLStreamException {
        start(name);
        attr(attribute, value);
        end();
    }

    /** A narrative, with its language when given. */
    void narrative(String text, String lang) throws XMLStreamException {
        start("narrative");
        if (lang != null) {
            lang(lang);
        }
        text(text);
        end();
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n");
        for (int i = 0; i < depth; i++) {
            writer.writeCharacters("  ");
        }
        textOnly = false;
    }

    private String clean(String text) {
        int bad = firstInvalid(text);
        if (bad < 0) {
            return text;
        }
        onInvalid.accept(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** The index of the first character XML 1.0 cannot carry, or -1. */
    static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD;
    }
}
