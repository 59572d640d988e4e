package org.terrinclus.iati.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.terrinclus.iati.IatiLimits;
import org.terrinclus.iati.IatiRules;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;

/**
 * Reads an {@code iati-activities} document as a stream, one activity at a time, into records and
 * findings; never throws on bad input.
 */
public final class DocumentReader implements Closeable {

    private static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");

    /** One activity read, or what the file says when no activity can be. */
    public static final class Item {
        public final ProjectRecord record; // null for a finding on the file itself
        public final List<Finding> findings;
        public final int index;
        public final int line;

        Item(ProjectRecord record, List<Finding> findings, int index, int line) {
            this.record = record;
            this.findings = findings;
            this.index = index;
            this.line = line;
        }
    }

    private final InputStream in;
    private final IatiLimits limits;
    private XMLStreamReader reader;
    private XmlNode root;
    private boolean done;
    private int count;
    private List<Finding> pending = new ArrayList<>();

    public DocumentReader(InputStream in, IatiLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** A factory per set of limits: Woodstox factories are thread-safe once configured. */
    static XMLInputFactory factory(IatiLimits limits) {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (publicId, systemId, base, ns) -> {
            throw new XMLStreamException("External entities are refused: " + systemId);
        });
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.getMaxDepth());
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.getMaxTextLength());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.getMaxAttributeLength());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        return factory;
    }

    private static final java.util.Map<IatiLimits, XMLInputFactory> FACTORIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads the next activity.
     *
     * @return it, or null when the file has no more
     */
    public Item next() {
        if (done) {
            return flushPending();
        }
        try {
            if (reader == null && !start()) {
                done = true;
                return flushPending();
            }
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Location location = reader.getLocation();
                    if (reader.getLocalName().equals("iati-activity") && isIati(reader.getNamespaceURI())) {
                        return activity(location);
                    }
                    XmlNode other = new XmlNode(
                            reader.getNamespaceURI(),
                            reader.getLocalName(),
                            root,
                            location.getLineNumber(),
                            location.getColumnNumber(),
                            1);
                    skip();
                    pending.add(finding(
                            IatiRules.UNMAPPED,
                            other,
                            "L'élément " + other.name + " hors d'une activité n'est pas lu.",
                            "The element " + other.name + " outside any activity is not read."));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    // The root is closed: what follows may only be comments and white space.
                    while (reader.hasNext()) {
                        reader.next();
                    }
                    done = true;
                    return flushPending();
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    done = true;
                    return flushPending();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            done = true;
            pending.add(failure(e));
            return flushPending();
        }
    }

    private Item flushPending() {
        if (pending.isEmpty()) {
            closeQuietly();
            return null;
        }
        Item item = new Item(null, pending, count, pending.get(0).getLine().orElse(1));
        pending = new ArrayList<>();
        return item;
    }

    private boolean start() throws XMLStreamException {
        XMLInputFactory factory = FACTORIES.computeIfAbsent(limits, DocumentReader::factory);
        reader = factory.createXMLStreamReader(in);
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                Location location = reader.getLocation();
                pending.add(at(
                        IatiRules.DTD,
                        location,
                        "Déclaration de type de document refusée ; le fichier n'est pas lu.",
                        "Document type declaration refused; the file is not read."));
                return false;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                Location location = reader.getLocation();
                if (!reader.getLocalName().equals("iati-activities") || !isIati(reader.getNamespaceURI())) {
                    pending.add(at(
                            IatiRules.ROOT,
                            location,
                            "L'élément racine est " + reader.getLocalName()
                                    + " et non iati-activities : ce n'est pas un fichier d'activités IATI.",
                            "The root element is " + reader.getLocalName()
                                    + ", not iati-activities: this is not an IATI activity file."));
                    return false;
                }
                root = new XmlNode(
                        reader.getNamespaceURI(),
                        "iati-activities",
                        null,
                        location.getLineNumber(),
                        location.getColumnNumber());
                String version = reader.getAttributeValue(null, "version");
                if (version == null || !VERSIONS.contains(version.trim())) {
                    pending.add(finding(
                            IatiRules.VERSION,
                            root,
                            version == null || version.isBlank()
                                    ? "Le fichier ne dit pas sa version IATI ; il est lu comme en 2.03."
                                    : "Version IATI « " + version
                                            + " » non prise en charge ; le fichier est lu comme en 2.03.",
                            version == null || version.isBlank()
                                    ? "The file does not give its IATI version; it is read as 2.03."
                                    : "IATI version '" + version + "' is not supported; the file is read as 2.03."));
                }
                return true;
            }
        }
        pending.add(Finding.builder()
                .rule(IatiRules.SYNTAX.getId())
                .severity(IatiRules.SYNTAX.getSeverity())
                .path("")
                .messageFr("Le fichier est vide : il n'a pas d'élément racine.")
                .messageEn("The file is empty: it has no root element.")
                .build());
        return false;
    }

    private Item activity(Location location) {
        int index = count++;
        int line = Math.max(1, location.getLineNumber());
        XmlNode activity = new XmlNode(
                reader.getNamespaceURI(), "iati-activity", root, line, location.getColumnNumber(), index + 1);
        attributes(activity);
        List<Finding> findings = pending;
        pending = new ArrayList<>();
        try {
            readChildren(activity, findings);
        } catch (XMLStreamException | RuntimeException e) {
            findings.add(failure(e));
            done = true;
        }
        String lang = activity.attr(Vocabulary.XML_NS, "lang")
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .orElse(null);
        String currency = activity.code("default-currency").orElse(null);
        ProjectRecord record;
        try {
            record = new ActivityMapper(findings, lang, currency).map(activity, index);
        } catch (RuntimeException e) {
            // A model invariant the mapping did not foresee: keep the activity as a bare record.
            record = ProjectRecord.builder()
                    .id("iati-activity-" + (index + 1))
                    .title("")
                    .build();
            findings.add(finding(
                    IatiRules.VALUE,
                    activity,
                    "L'activité ne peut pas être lue en fiche : " + e.getMessage(),
                    "The activity cannot be read as a record: " + e.getMessage()));
        }
        return new Item(record, findings, index, line);
    }

    /** Reads the activity's elements into memory, within the limits of one activity. */
    private void readChildren(XmlNode activity, List<Finding> findings) throws XMLStreamException {
        XmlNode current = activity;
        int elements = 1;
        long chars = 0;
        int skipped = 0; // open elements past a limit, read but not kept
        boolean overflow = false;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (overflow) {
                        skipped++;
                        break;
                    }
                    if (++elements > limits.getMaxActivityElements()) {
                        overflow = true;
                        skipped++;
                        findings.add(finding(
                                IatiRules.LIMIT,
                                current,
                                "L'activité a plus de " + limits.getMaxActivityElements()
                                        + " éléments ; la suite n'est pas lue.",
                                "The activity has more than " + limits.getMaxActivityElements()
                                        + " elements; the rest is not read."));
                        break;
                    }
                    Location location = reader.getLocation();
                    current.clearText();
                    XmlNode child = new XmlNode(
                            reader.getNamespaceURI(),
                            reader.getLocalName(),
                            current,
                            location.getLineNumber(),
                            location.getColumnNumber());
                    current.addChild(child);
                    attributes(child);
                    current = child;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (skipped > 0) {
                        skipped--;
                    } else if (current == activity) {
                        return;
                    } else {
                        current = current.parent;
                    }
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (overflow || skipped > 0 || !current.children.isEmpty()) {
                        break;
                    }
                    int length = reader.getTextLength();
                    chars += length;
                    if (chars > limits.getMaxActivityChars()) {
                        overflow = true;
                        findings.add(finding(
                                IatiRules.LIMIT,
                                current,
                                "L'activité a plus de " + limits.getMaxActivityChars()
                                        + " caractères de texte ; la suite n'est pas lue.",
                                "The activity has more than " + limits.getMaxActivityChars()
                                        + " characters of text; the rest is not read."));
                        break;
                    }
                    current.appendText(reader.getText());
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    throw new XMLStreamException("The file ends inside an activity", reader.getLocation());
                default:
                    break;
            }
        }
    }

    private void attributes(XmlNode node) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return;
        }
        String[] attributes = new String[count * 3];
        for (int i = 0; i < count; i++) {
            String ns = reader.getAttributeNamespace(i);
            attributes[i * 3] = ns == null ? "" : ns;
            attributes[i * 3 + 1] = reader.getAttributeLocalName(i);
            attributes[i * 3 + 2] = reader.getAttributeValue(i);
        }
        node.attributes = attributes;
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isIati(String ns) {
        return ns == null || ns.isEmpty();
    }

    private Finding failure(Exception e) {
        XMLStreamException cause = e instanceof XMLStreamException ? (XMLStreamException) e : null;
        if (cause == null && e.getCause() instanceof XMLStreamException) {
            cause = (XMLStreamException) e.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        boolean limit = lower.contains("limit") || lower.contains("maximum");
        IatiRules rule = limit ? IatiRules.LIMIT : IatiRules.SYNTAX;
        String first = message.lines().findFirst().orElse(message);
        if (first.startsWith("ParseError at")) {
            first = message.lines().skip(1).findFirst().orElse(first);
        }
        first = first.replace("Message: ", "");
        Location location = cause != null ? cause.getLocation() : null;
        if (location == null && reader != null) {
            try {
                location = reader.getLocation();
            } catch (RuntimeException ignored) {
                location = null;
            }
        }
        return at(
                rule,
                location,
                (limit ? "Limite dépassée : " : "XML mal formé : ") + first + " ; la lecture s'arrête là.",
                (limit ? "Limit exceeded: " : "Malformed XML: ") + first + "; reading stops there.");
    }

    private Finding at(IatiRules rule, Location location, String fr, String en) {
        Finding.Builder finding = Finding.builder()
                .rule(rule.getId())
                .severity(rule.getSeverity())
                .path("")
                .messageFr(fr)
                .messageEn(en);
        if (location != null && location.getLineNumber() > 0) {
            finding.line(location.getLineNumber());
            if (location.getColumnNumber() > 0) {
                finding.column(location.getColumnNumber());
            }
        }
        return finding.build();
    }

    private static Finding finding(IatiRules rule, XmlNode node, String fr, String en) {
        return Finding.builder()
                .rule(rule.getId())
                .severity(rule.getSeverity())
                .path("")
                .messageFr(fr + " [" + node.path() + "]")
                .messageEn(en + " [" + node.path() + "]")
                .line(node.line)
                .column(node.column)
                .build();
    }

    @Override
    public void close() {
        done = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException ignored) {
            // closing a broken parser tells nothing more
        }
        try {
            in.close();
        } catch (java.io.IOException ignored) {
            // nothing to report: every finding is out already
        }
    }
}
