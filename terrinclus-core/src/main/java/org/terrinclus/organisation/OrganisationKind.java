package org.terrinclus.organisation;

import java.util.Locale;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Codes;

/** What kind of body an organisation is, from a French Département to a community group. */
public enum OrganisationKind implements Labelled {
    /** A French Département (conseil départemental). */
    DEPARTEMENT("departement", "Département", "French département"),
    /** A French Région. */
    REGION("region", "Région", "French region"),
    /** A French commune or city (ville). */
    COMMUNE("commune", "Commune ou ville", "French municipality"),
    /** A French inter-municipal body (EPCI, métropole, communauté de communes…). */
    INTERCOMMUNALITY("intercommunality", "Intercommunalité", "French inter-municipal body"),
    /**
     * A local authority outside France: province, municipality, judet, gouvernorat,
     * préfecture, département…; its own word goes in {@link Organisation#getLocalDesignation()}.
     */
    FOREIGN_LOCAL_AUTHORITY("foreign-local-authority", "Collectivité locale étrangère", "Foreign local authority"),
    /** A State ministry or public agency (a ministry, AFD…). */
    STATE("state", "État : ministère ou agence", "State ministry or agency"),
    /** The European Union or another international body. */
    INTERNATIONAL_BODY(
            "international-body", "Union européenne ou organisation internationale", "EU or international body"),
    /** An association, NGO or network. */
    ASSOCIATION("association", "Association, ONG ou réseau", "Association, NGO or network"),
    /** A foundation. */
    FOUNDATION("foundation", "Fondation", "Foundation"),
    /** A school, training centre, university or research institution. */
    TRAINING_RESEARCH(
            "training-research", "Établissement de formation ou de recherche", "Training or research institution"),
    /** A company. */
    COMPANY("company", "Entreprise", "Company"),
    /** A community group, such as indigenous communities. */
    COMMUNITY_GROUP("community-group", "Groupe communautaire", "Community group"),
    /** Any other kind of body. */
    OTHER("other", "Autre", "Other");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    OrganisationKind(String code, String labelFr, String labelEn) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The stable code used in the JSON format, as {@code foreign-local-authority}. */
    public String getCode() {
        return code;
    }

    /** Whether this kind is a French local authority (Département, Région, commune, EPCI). */
    public boolean isFrenchLocalAuthority() {
        return this == DEPARTEMENT || this == REGION || this == COMMUNE || this == INTERCOMMUNALITY;
    }

    @Override
    public String getLabel(Locale locale) {
        return Labelled.isFrench(locale) ? labelFr : labelEn;
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException if no kind has this code
     */
    public static OrganisationKind fromCode(String code) {
        return Codes.fromCode(OrganisationKind.class, code, OrganisationKind::getCode, "organisation kind");
    }
}
