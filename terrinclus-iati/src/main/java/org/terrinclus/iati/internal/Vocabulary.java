package org.terrinclus.iati.internal;

import java.util.Locale;
import java.util.Optional;
import org.terrinclus.organisation.OrganisationKind;

/** The names and codes both directions of the mapping share: one place for each. */
public final class Vocabulary {

    /** The namespace of the Terrinclus elements inside an activity. */
    public static final String NS = "https://terrinclus.org/ns/iati/1";

    /** The prefix written for {@link #NS}. */
    public static final String PREFIX = "terrinclus";

    /** The namespace of {@code xml:lang}. */
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** Tag vocabulary 99 URIs of the Terrinclus code lists. */
    public static final String THEMATIC_URI = "https://terrinclus.org/vocabulary/thematic";

    public static final String FAMILY_URI = "https://terrinclus.org/vocabulary/recommendation-family";
    public static final String RECOMMENDATION_URI = "https://terrinclus.org/vocabulary/recommendation";

    /** IATI OrganisationRole codes. */
    public static final String ROLE_FUNDING = "1";

    public static final String ROLE_ACCOUNTABLE = "2";
    public static final String ROLE_EXTENDING = "3";
    public static final String ROLE_IMPLEMENTING = "4";

    /** IATI TransactionType codes read as funding rows. */
    public static final String INCOMING_FUNDS = "1";

    public static final String INCOMING_COMMITMENT = "11";

    /** IATI DocumentCategory written for resources: an activity web page. */
    public static final String DOCUMENT_CATEGORY = "A12";

    private Vocabulary() {}

    /**
     * The IATI OrganisationType code of a kind of organisation.
     *
     * @param kind the kind
     * @param french whether the organisation is French (an association is then a national NGO)
     * @return the code
     */
    public static String organisationType(OrganisationKind kind, boolean french) {
        switch (kind) {
            case DEPARTEMENT:
            case REGION:
            case COMMUNE:
            case INTERCOMMUNALITY:
            case FOREIGN_LOCAL_AUTHORITY:
                return "11";
            case STATE:
                return "10";
            case INTERNATIONAL_BODY:
                return "40";
            case ASSOCIATION:
                return french ? "22" : "24";
            case FOUNDATION:
                return "60";
            case TRAINING_RESEARCH:
                return "80";
            case COMPANY:
                return "70";
            case COMMUNITY_GROUP:
            case OTHER:
            default:
                return "90";
        }
    }

    /**
     * The kind of organisation closest to an IATI OrganisationType code.
     *
     * @param type the code
     * @return the kind, or empty for a code IATI does not define
     */
    public static Optional<OrganisationKind> kindOfType(String type) {
        switch (type) {
            case "10":
            case "15":
                return Optional.of(OrganisationKind.STATE);
            case "11":
                return Optional.of(OrganisationKind.FOREIGN_LOCAL_AUTHORITY);
            case "21":
            case "22":
            case "23":
            case "24":
                return Optional.of(OrganisationKind.ASSOCIATION);
            case "40":
                return Optional.of(OrganisationKind.INTERNATIONAL_BODY);
            case "60":
                return Optional.of(OrganisationKind.FOUNDATION);
            case "70":
            case "71":
            case "72":
            case "73":
                return Optional.of(OrganisationKind.COMPANY);
            case "80":
                return Optional.of(OrganisationKind.TRAINING_RESEARCH);
            case "30":
            case "90":
                return Optional.of(OrganisationKind.OTHER);
            default:
                return Optional.empty();
        }
    }

    /**
     * The MIME type of a resource's address, from its extension; a web page otherwise.
     *
     * @param url the address
     * @return a MIME type of IATI's FileFormat list
     */
    public static String format(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (path.endsWith(".doc")) {
            return "application/msword";
        }
        if (path.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (path.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".mp4")) {
            return "video/mp4";
        }
        return "text/html";
    }
}
