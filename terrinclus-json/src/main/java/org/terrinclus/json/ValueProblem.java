package org.terrinclus.json;

/**
 * A value the format cannot hold, said in French and in English: an unknown code, an SDG goal
 * 18, a negative amount. Thrown by the decoder, turned into a {@code json.value} finding.
 */
final class ValueProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    final String messageFr;

    ValueProblem(String messageFr, String messageEn) {
        super(messageEn, null);
        this.messageFr = messageFr;
    }
}
