package org.terrinclus.render;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses a page as XML: the templates write well-formed XHTML, which the PDF renderer needs. */
final class Xhtml {

    private Xhtml() {}

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        // An HTML document's <!DOCTYPE html> has no DTD to load.
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The element with an id (without a DTD, the parser does not know that id is an ID). */
    static Element byId(Document page, String id) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        return null;
    }
}
