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
    final int index; // among siblings of the same name, from 1
    final int line;
    final int column;
    String[] attributes = NO_ATTRIBUTES; // namespace, name, value, … in threes
    final List<XmlNode> children = new ArrayList<>(4);
    private StringBuilder text;
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
        int same = givenIndex > 0 ? givenIndex : 1;
        if (parent != null && givenIndex == 0) {
            same = parent.countChild(this.ns, name);
        }
        this.index = same;
    }

    private java.util.HashMap<String, Integer> childCounts; // by name, once there are two children

    /** Counts a new child of that name: its index among its siblings of that name, from 1. */
    private int countChild(String childNs, String childName) {
        String key = childNs.isEmpty() ? childName : childNs + '|' + childName;
        if (childCounts == null) {
            childCounts = new java.util.HashMap<>(8);
        }
        return childCounts.merge(key, 1, Integer::sum);
    }

    private boolean isRepeated() {
        if (parent == null || parent.childCounts == null) {
            return false;
        }
        String key = ns.isEmpty() ? name : ns + '|' + name;
        return parent.childCounts.getOrDefault(key, 0) > 1;
    }

    boolean isIati() {
        return ns.isEmpty();
    }

    boolean isTerrinclus() {
        return ns.equals(Vocabulary.NS);
    }

    void appendText(char[] chars, int start, int length) {
        if (text == null) {
            text = new StringBuilder(length);
        }
        text.append(chars, start, length);
    }

    /** Forgets the text before a first child: white space between elements, or mixed content. */
    void clearText() {
        if (children.isEmpty()) {
            text = null;
        }
    }

    /** The element's own text, or "". */
    String text() {
        return text == null ? "" : text.toString();
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
        boolean repeated = index > 1 || name.equals("iati-activity") || isRepeated();
        if (repeated) {
            path.append('[').append(index).append(']');
        }
    }
}
