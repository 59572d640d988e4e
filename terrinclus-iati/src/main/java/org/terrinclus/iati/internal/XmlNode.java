package org.terrinclus.iati.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One element of an activity, read into memory: an activity is bounded, a file is not. */
final class XmlNode {

    private static final String[] NO_ATTRIBUTES = new String[0];

    final String ns;
    final String name;
    final XmlNode parent;
    private int index; // among siblings of the same name, from 1; 0 until asked
    final int line;
    final int column;
    String[] attributes = NO_ATTRIBUTES; // namespace, name, value, … in threes
    List<XmlNode> children = List.of(); // a list of its own from the first child: most elements are leaves
    private String text;
    private StringBuilder moreText;
    boolean handled;

    XmlNode(String ns, String name, XmlNode parent, int line, int column) {
        this(ns, name, parent, line, column, 0);
    }

    /** An element whose index among its siblings is given: activities are not kept in the root. */
    XmlNode(String ns, String name, XmlNode parent, int line, int column, int givenIndex) {
        this.ns = ns == null ? "" : ns;
        this.name = name;
        this.parent = parent;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.index = givenIndex;
    }

    /** The index among siblings of the same name, from 1; counted when asked (findings only). */
    int index() {
        if (index == 0) {
            int same = 0;
            for (XmlNode sibling : parent.children) {
                if (sibling.name.equals(name) && sibling.ns.equals(ns)) {
                    same++;
                }
                if (sibling == this) {
                    break;
                }
            }
            index = Math.max(1, same);
        }
        return index;
    }

    private boolean isRepeated() {
        if (parent == null) {
            return false;
        }
        for (XmlNode sibling : parent.children) {
            if (sibling != this && sibling.name.equals(name) && sibling.ns.equals(ns)) {
                return true;
            }
        }
        return false;
    }

    boolean isIati() {
        return ns.isEmpty();
    }

    boolean isTerrinclus() {
        return ns.equals(Vocabulary.NS);
    }

    void appendText(String more) {
        if (moreText != null) {
            moreText.append(more);
        } else if (text == null) {
            text = more;
        } else {
            moreText = new StringBuilder(text).append(more);
            text = null;
        }
    }

    void addChild(XmlNode child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    /** Forgets the text before a first child: white space between elements, or mixed content. */
    void clearText() {
        if (children.isEmpty()) {
            text = null;
            moreText = null;
        }
    }

    /** The element's own text, or "". */
    String text() {
        if (moreText != null) {
            text = moreText.toString();
            moreText = null;
        }
        return text == null ? "" : text;
    }

    /** An attribute without namespace, or empty when absent. */
    Optional<String> attr(String attributeName) {
        return attr("", attributeName);
    }

    Optional<String> attrT(String attributeName) {
        return attr(Vocabulary.NS, attributeName);
    }

    Optional<String> attr(String attributeNs, String attributeName) {
        for (int i = 0; i < attributes.length; i += 3) {
            if (attributes[i + 1].equals(attributeName) && attributes[i].equals(attributeNs)) {
                return Optional.of(attributes[i + 2]);
            }
        }
        return Optional.empty();
    }

    /** A non-blank attribute without namespace, trimmed; empty when absent or blank. */
    Optional<String> code(String attributeName) {
        return attr(attributeName).map(String::trim).filter(s -> !s.isEmpty());
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>(2);
        for (XmlNode child : children) {
            if (child.name.equals(childName) && child.ns.isEmpty()) {
                found.add(child);
            }
        }
        return found;
    }

    List<XmlNode> childrenT(String childName) {
        List<XmlNode> found = new ArrayList<>(2);
        for (XmlNode child : children) {
            if (child.name.equals(childName) && child.isTerrinclus()) {
                found.add(child);
            }
        }
        return found;
    }

    Optional<XmlNode> child(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName) && child.ns.isEmpty()) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    Optional<XmlNode> childT(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName) && child.isTerrinclus()) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    Optional<String> textT(String childName) {
        return childT(childName).map(XmlNode::text);
    }

    /** The element's place, as {@code /iati-activities/iati-activity[3]/transaction[2]/value}. */
    String path() {
        StringBuilder path = new StringBuilder();
        appendPath(path);
        return path.toString();
    }

    private void appendPath(StringBuilder path) {
        if (parent != null) {
            parent.appendPath(path);
        }
        path.append('/');
        if (isTerrinclus()) {
            path.append(Vocabulary.PREFIX).append(':');
        } else if (!ns.isEmpty()) {
            path.append('{').append(ns).append('}');
        }
        path.append(name);
        boolean repeated = name.equals("iati-activity") || parent != null && (index() > 1 || isRepeated());
        if (repeated) {
            path.append('[')
                    .append(name.equals("iati-activity") ? index : index())
                    .append(']');
        }
    }
}
