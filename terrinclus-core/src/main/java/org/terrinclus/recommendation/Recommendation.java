package org.terrinclus.recommendation;

import static org.terrinclus.recommendation.RecommendationFamily.DIAGNOSIS_AND_FORMALISATION;
import static org.terrinclus.recommendation.RecommendationFamily.MONITORING_EVALUATION_AND_REPORTING;
import static org.terrinclus.recommendation.RecommendationFamily.PARTNERSHIP_AND_PARTICIPATION;
import static org.terrinclus.recommendation.RecommendationFamily.SHARED_STAKES_AND_RECIPROCITY;
import static org.terrinclus.recommendation.RecommendationFamily.TIMING;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.terrinclus.core.Labelled;
import org.terrinclus.core.internal.Wordings;

/**
 * One of the 29 specific recommendations the guide's sheets cite, with a stable code.
 *
 * <p>The codes (D1 … D4, P1 … P9, T1 … T5, R0 … R5, S1 … S5) are this catalogue's working labels,
 * not codes printed in the guide; their letter stands for the home family: Diagnosis, Partnership,
 * Timing, Reciprocity, Suivi (monitoring). The home family is the one under which most sheets file
 * the recommendation; a few sheets file one elsewhere (P2 under Timing, T1 under Shared stakes),
 * which a record can express. No sheet cites a recommendation of {@link
 * RecommendationFamily#EMERGENCE_AND_PURPOSE}, so none has it as home family.
 *
 * <p>Sheets word the same recommendation slightly differently; {@link #getVariants()} lists the
 * wordings printed, and {@link RecommendationCatalogue#match(String)} finds a recommendation from
 * any of them.
 */
public enum Recommendation implements Labelled {
    /** D1: bring potential stakeholders into the diagnosis. */
    PARTICIPATORY_DIAGNOSIS(
            "D1",
            DIAGNOSIS_AND_FORMALISATION,
            "Inclure un maximum de parties prenantes potentielles dès la phase de diagnostic (diagnostic participatif)",
            "Include as many potential stakeholders as possible from the diagnosis phase onwards"
                    + " (participatory diagnosis)",
            "Inclure un maximum de parties prenantes potentielles au futur projet au sein de diagnostics participatifs",
            "Inclure un maximum de parties prenantes potentielles du projet dès la phase de diagnostic"),
    /** D2: aim the project at people in difficulty. */
    TARGET_PEOPLE_IN_DIFFICULTY(
            "D2",
            DIAGNOSIS_AND_FORMALISATION,
            "Cibler les personnes en difficulté",
            "Target people in difficulty",
            "Cibler les personnes en difficulté"),
    /** D3: give the diagnosis the means and care of a project. */
    DIAGNOSIS_AS_A_PROJECT(
            "D3",
            DIAGNOSIS_AND_FORMALISATION,
            "Considérer la phase de diagnostic comme un projet à part entière",
            "Treat the diagnosis phase as a project in its own right",
            "Considérer la phase de diagnostic comme un projet à part entière"),
    /** D4: involve the cooperation's project owners in how the diagnosis is made. */
    PROJECT_OWNERS_IN_DIAGNOSIS(
            "D4",
            DIAGNOSIS_AND_FORMALISATION,
            "Impliquer le plus étroitement possible les maîtres d'ouvrage de la coopération"
                    + " dans les modalités de diagnostic",
            "Involve the project owners of the cooperation as closely as possible in how the diagnosis is carried out",
            "Favoriser les modalités de diagnostic en impliquant le plus étroitement possible"
                    + " les maîtres d'ouvrage de la coopération"),
    /** P1: mobilise diverse skills and keep them engaged. */
    DIVERSE_SKILLS(
            "P1",
            PARTNERSHIP_AND_PARTICIPATION,
            "Mobiliser des compétences diverses et valoriser leur implication dans le temps",
            "Mobilise diverse skills and recognise their involvement over time",
            "Mobiliser des compétences diverses",
            "Mobiliser des compétences diverses et valoriser leur implication dans le temps",
            "Mobiliser des compétences diverses et valoriser leur implication pour maintenir leur engagement"
                    + " dans le temps"),
    /** P2: local actors own the project. */
    LOCAL_OWNERSHIP(
            "P2",
            PARTNERSHIP_AND_PARTICIPATION,
            "S'assurer d'une maîtrise d'ouvrage du projet pleinement portée par des acteurs locaux",
            "Make sure the project is fully owned by local actors",
            "S'assurer d'une maîtrise d'œuvre du projet pleinement portée par des acteurs locaux",
            "S'assurer d'une maîtrise d'ouvrage du projet pleinement portée par des acteurs locaux",
            "S'assurer d'une maîtrise d'ouvrage du projet pleinement portée par les acteurs locaux"
                    + " et privilégier les démarches ascendantes"),
    /** P3: political backing with the resources to match. */
    POLITICAL_BACKING(
            "P3",
            PARTNERSHIP_AND_PARTICIPATION,
            "Mettre en place un portage politique grâce à des moyens logistiques et humains suffisants",
            "Secure political backing through sufficient logistical and human resources",
            "Mettre en place un portage politique grâce à des moyens logistiques et humains suffisants"),
    /** P4: bring businesses in. */
    INVOLVE_BUSINESSES(
            "P4",
            PARTNERSHIP_AND_PARTICIPATION,
            "Chercher à impliquer les entreprises",
            "Seek to involve businesses",
            "Chercher à impliquer les entreprises"),
    /** P5: bring elected officials in. */
    INVOLVE_ELECTED_OFFICIALS(
            "P5",
            PARTNERSHIP_AND_PARTICIPATION,
            "Impliquer les élus dans les projets",
            "Involve elected officials in the projects",
            "Impliquer les élus dans les projets"),
    /** P6: map and gather the local actors. */
    GATHER_LOCAL_ACTORS(
            "P6",
            PARTNERSHIP_AND_PARTICIPATION,
            "Identifier et réunir les acteurs locaux dans leur multiplicité d'engagements, d'actions et d'expertises",
            "Identify and bring together local actors in all the diversity of their commitments, actions"
                    + " and expertise",
            "Identifier et réunir les acteurs locaux dans leur multiplicité d'engagements, d'actions et d'expertises",
            "Identifier et réunir les acteurs locaux dans leurs multiples engagements, d'actions et d'expertises"),
    /** P7: exchanges between elected officials and technical staff. */
    OFFICIALS_AND_STAFF_EXCHANGES(
            "P7",
            PARTNERSHIP_AND_PARTICIPATION,
            "Favoriser et valoriser les échanges entre élus (détenteurs des leviers de commande) et techniciens"
                    + " impliqués dans l'aide à la décision et la mise en œuvre",
            "Encourage and value exchanges between elected officials (who hold the levers of decision) and the"
                    + " technical staff involved in preparing and implementing decisions",
            "Favoriser et valoriser les échanges entre élus, détenteurs des leviers de commande et tous les"
                    + " techniciens impliqués dans l'aide à la décision et dans la mise en œuvre des décisions"),
    /** P8: the people a decision is for take part in making it. */
    PARTICIPATION_IN_DECISIONS(
            "P8",
            PARTNERSHIP_AND_PARTICIPATION,
            "Favoriser et valoriser la participation des destinataires d'une décision au processus décisionnel"
                    + " et leurs échanges avec techniciens et élus",
            "Encourage and value the participation of the people a decision is meant for in the decision-making"
                    + " process, and their exchanges with technical staff and elected officials",
            "Favoriser et valoriser la participation des destinataires d'une décision au processus décisionnel,"
                    + " favoriser les échanges entre les destinataires d'une décision et les techniciens et élus"
                    + " acteurs du processus décisionnel"),
    /** P9: facilitate dialogue between many kinds of actors. */
    MULTI_STAKEHOLDER_DIALOGUE(
            "P9",
            PARTNERSHIP_AND_PARTICIPATION,
            "Accompagner et animer le dialogue pluri-acteurs",
            "Support and facilitate multi-stakeholder dialogue",
            "Accompagner et animer le dialogue pluri-acteurs"),
    /** T1: actors stay committed over time. */
    LASTING_COMMITMENT(
            "T1",
            TIMING,
            "S'assurer de l'engagement dans le temps des acteurs",
            "Make sure the actors stay committed over time",
            "S'assurer de l'engagement dans le temps des acteurs"),
    /** T2: anchor the project in a decentralised cooperation agreement. */
    COOPERATION_AGREEMENT(
            "T2",
            TIMING,
            "Inscrire le projet dans un accord de coopération décentralisée (inscription dans le temps,"
                    + " adaptation/révision, expertises des collectivités)",
            "Anchor the project in a decentralised cooperation agreement (continuity over time, adaptation and"
                    + " revision, the local authorities' expertise)",
            "Inscrire le projet dans un accord de coopération décentralisée, pour tirer profit de son inscription"
                    + " dans le temps, des possibilités d'adaptation et de révision et des expertises disponibles"
                    + " dans les collectivités"),
    /** T3: think long term. */
    LONG_TERM_VIEW(
            "T3",
            TIMING,
            "Penser le projet sur le temps long",
            "Think of the project over the long term",
            "Penser le projet sur le temps long"),
    /** T4: proceed step by step. */
    SUCCESSIVE_STAGES(
            "T4",
            TIMING,
            "Conduire le projet par étapes successives",
            "Carry out the project in successive stages",
            "Conduire le projet par étapes successives"),
    /** T5: bottom-up rather than top-down. */
    BOTTOM_UP_APPROACHES(
            "T5",
            TIMING,
            "Privilégier les démarches ascendantes",
            "Favour bottom-up approaches",
            "S'assurer d'une maîtrise d'ouvrage du projet pleinement portée par les acteurs locaux"
                    + " et privilégier les démarches ascendantes"),
    /** R0: the umbrella of R1 to R4, social innovation for every partner. */
    SOCIAL_INNOVATION_FOR_ALL(
            "R0",
            SHARED_STAKES_AND_RECIPROCITY,
            "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires",
            "Make the cooperation project a place of social innovation for all the partners",
            "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires,"
                    + " supposant de :",
            "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires"
                    + " supposant de :",
            "Faire du projet un lieu d'innovations sociales pour l'ensemble des partenaires",
            "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires,"
                    + " supposant de penser en termes « d'enjeux partagés »"),
    /** R1: the most cited recommendation, stakes shared by both territories. */
    SHARED_STAKES(
            "R1",
            SHARED_STAKES_AND_RECIPROCITY,
            "Penser « enjeux partagés »",
            "Think in terms of shared stakes",
            "Penser « enjeux partagés »",
            "Penser enjeux partagés",
            "Penser « enjeux partagés », en prenant soin d'impliquer des personnes en situation d'exclusion"
                    + " sur chaque territoire dans leur détermination",
            "Faire du projet en coopération un lieu d'innovations sociales pour l'ensemble des partenaires,"
                    + " supposant de penser en termes « d'enjeux partagés »"),
    /** R2: from aid and donation to exchange and learning. */
    FROM_AID_TO_EXCHANGE(
            "R2",
            SHARED_STAKES_AND_RECIPROCITY,
            "Travailler sur les mentalités pour quitter la logique d'aide et de don et entrer dans une logique"
                    + " d'échanges et d'apprentissages",
            "Work on mindsets to leave the logic of aid and donation for one of exchange and learning",
            "Travailler sur les mentalités pour quitter la logique d'aide et de don et entrer dans une logique"
                    + " d'échanges et d'apprentissages",
            "Travailler sur les mentalités pour quitter la logique d'aide et de don pour entrer dans une logique"
                    + " d'échanges et d'apprentissages",
            "Travailler sur les mentalités pour entrer dans une logique d'échanges et d'apprentissages"),
    /** R3: each partner looks at the other's practice and its own. */
    CROSS_PERSPECTIVE(
            "R3",
            SHARED_STAKES_AND_RECIPROCITY,
            "Mettre en avant le regard croisé",
            "Highlight the cross-perspective",
            "Mettre en avant le regard croisé"),
    /** R4: what the project brings to each territory, here and there. */
    BENEFITS_FOR_EACH_TERRITORY(
            "R4",
            SHARED_STAKES_AND_RECIPROCITY,
            "Valoriser l'apport du projet pour chaque territoire et ses acteurs impliqués (y compris les services"
                    + " des collectivités engagées)",
            "Highlight what the project brings to each territory and the actors involved (including the services"
                    + " of the local authorities engaged)",
            "Valoriser l'apport du projet pour chaque territoire et ses acteurs impliqués",
            "Valoriser l'apport du projet inscrit dans une coopération décentralisée tant pour son apport pour le"
                    + " territoire que pour les services des collectivités territoriales engagées,"
                    + " notamment françaises",
            "Valoriser l'apport du projet tant pour le territoire que pour les services de la collectivité"
                    + " territoriale engagée"),
    /** R5: training as a component of the project. */
    TRAINING_COMPONENT(
            "R5",
            SHARED_STAKES_AND_RECIPROCITY,
            "Accorder une attention toute particulière à la composante formation du projet",
            "Pay very close attention to the project's training component",
            "Accorder une attention toute particulière à la composante formation du projet"),
    /** S1: more and more people want the objectives monitored and evaluated. */
    SHARED_WILL_TO_MONITOR(
            "S1",
            MONITORING_EVALUATION_AND_REPORTING,
            "Élargir et partager progressivement la volonté de suivi et d'évaluation des objectifs",
            "Gradually widen and share the will to monitor and evaluate the objectives",
            "Élargir et partager progressivement la volonté de suivi et d'évaluation des objectifs"),
    /** S2: partners build the monitoring tools together. */
    CO_CONSTRUCTED_MONITORING_TOOLS(
            "S2",
            MONITORING_EVALUATION_AND_REPORTING,
            "Co-construire les outils de suivi entre partenaires",
            "Co-design the monitoring tools between partners",
            "Co-construire les outils de suivi entre partenaires"),
    /** S3: evaluation as an opportunity, not a sanction. */
    EVALUATION_AS_AN_OPPORTUNITY(
            "S3",
            MONITORING_EVALUATION_AND_REPORTING,
            "Aborder l'évaluation comme une opportunité",
            "Approach evaluation as an opportunity",
            "Aborder l'évaluation comme une opportunité"),
    /** S4: discuss monitoring and evaluation from the start. */
    MONITORING_FROM_THE_START(
            "S4",
            MONITORING_EVALUATION_AND_REPORTING,
            "Aborder, dès le montage du projet et entre partenaires, l'importance du suivi et de l'évaluation"
                    + " (des objectifs)",
            "Discuss between partners, from the very design of the project, why monitoring and evaluation"
                    + " (of the objectives) matter",
            "Aborder dès le montage du projet entre les partenaires, l'importance du suivi et de l'évaluation",
            "Aborder, dès le montage du projet, l'importance du suivi et de l'évaluation des objectifs,"
                    + " notamment pour se doter d'une culture commune"),
    /** S5: indicators that are actually used. */
    USEFUL_INDICATORS(
            "S5",
            MONITORING_EVALUATION_AND_REPORTING,
            "Veiller à l'utilité effective des indicateurs quantitatifs et qualitatifs",
            "Make sure quantitative and qualitative indicators are actually useful",
            "Veiller à l'utilité effective des indicateurs quantitatifs et qualitatifs");

    private final String code;
    private final RecommendationFamily homeFamily;
    private final String labelFr;
    private final String labelEn;
    private final List<String> variants;

    Recommendation(String code, RecommendationFamily homeFamily, String labelFr, String labelEn, String... variants) {
        this.code = code;
        this.homeFamily = homeFamily;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.variants = List.of(variants);
    }

    /**
     * Returns the recommendation with the given catalogue code.
     *
     * @param code the code, such as "R1"
     * @return the recommendation
     * @throws IllegalArgumentException if the catalogue has no such code; the message gives the
     *     valid ones
     */
    public static Recommendation fromCode(String code) {
        return byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown recommendation code '" + code
                        + "': expected one of D1 to D4, P1 to P9, T1 to T5, R0 to R5, S1 to S5"));
    }

    /**
     * Looks up a recommendation by its catalogue code.
     *
     * @param code the code, such as "R1"; case matters, as codes are stable identifiers
     * @return the recommendation, or empty if the catalogue has no such code
     */
    public static Optional<Recommendation> byCode(String code) {
        Objects.requireNonNull(code, "recommendation code must not be null");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Looked up for every recommendation of every record validated: built once. */
    private static final Map<String, Recommendation> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(r -> r.code, r -> r));

    /**
     * Returns the recommendation's stable catalogue code.
     *
     * @return the code, such as "R1"
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the family under which most sheets file this recommendation.
     *
     * @return the home family; never {@link RecommendationFamily#EMERGENCE_AND_PURPOSE}
     */
    public RecommendationFamily getHomeFamily() {
        return homeFamily;
    }

    /**
     * Returns the recommendation's normalised wording in French, or its English translation.
     *
     * @param locale the reader's locale; French if its language is {@code "fr"}, English otherwise
     * @return the label, as a sentence without a final full stop
     */
    @Override
    public String getLabel(Locale locale) {
        return Wordings.choose(locale, labelFr, labelEn);
    }

    /**
     * Returns the wordings the guide's sheets print for this recommendation, verbatim.
     *
     * <p>A compound item that covers two recommendations is listed under both (R0 and R1; P2 and
     * T5).
     *
     * @return an unmodifiable list, never empty
     */
    public List<String> getVariants() {
        return variants;
    }
}
