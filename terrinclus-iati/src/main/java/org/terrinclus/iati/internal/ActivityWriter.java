package org.terrinclus.iati.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.iati.IatiExportOptions;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;

/** Writes one record as one {@code iati-activity}, in the schema's order of elements. */
final class ActivityWriter {

    private final XmlOut out;
    private final IatiExportOptions options;
    private final ExportFindings findings;

    ActivityWriter(XmlOut out, IatiExportOptions options, ExportFindings findings) {
        this.out = out;
        this.options = options;
        this.findings = findings;
    }

    void write(ProjectRecord record) throws XMLStreamException {
        out.start("iati-activity");
        out.lang("fr");
        identifier(record);
        reportingOrg(record);
        out.start("title");
        out.narrative(record.getTitle(), "fr");
        out.end();
        descriptions(record);
        participatingOrgs(record);
        activityStatus(record);
        activityDates(record);
        for (Contact contact : record.getContacts()) {
            contact(contact);
        }
        for (var country : record.getPartnerCountries()) {
            out.empty("recipient-country", "code", country.getCode());
        }
        tags(record);
        transactions(record);
        documentLinks(record);
        terrinclus(record);
        out.end();
    }

    private void identifier(ProjectRecord record) throws XMLStreamException {
        String identifier = Mapping.exportedIdentifier(record, options).orElse(null);
        if (identifier == null) {
            missing(
                    "",
                    "l'identifiant de l'activité (iati-identifier) : donnez un préfixe d'identifiant aux options d'export",
                    "the activity identifier (iati-identifier): give the export options an identifier prefix");
            return;
        }
        out.start("iati-identifier");
        if (Mapping.iatiIdentifier(record).isEmpty()) {
            out.attrT("from", "option"); // made of the options' prefix and the id: not the record's own
        }
        out.text(identifier);
        out.end();
    }

    private void reportingOrg(ProjectRecord record) throws XMLStreamException {
        if (options.getReportingRef().isEmpty()) {
            missing(
                    "",
                    "l'organisation qui publie (reporting-org) : donnez-la aux options d'export",
                    "the reporting organisation (reporting-org): give it in the export options");
            return;
        }
        out.start("reporting-org");
        out.attr("ref", options.getReportingRef().get());
        out.attr("type", options.getReportingType().get());
        out.narrative(options.getReportingName().get(), null);
        out.end();
    }

    private void descriptions(ProjectRecord record) throws XMLStreamException {
        boolean any = false;
        if (record.getSummary().isPresent()) {
            description("1", record.getSummary().get());
            any = true;
        }
        if (record.getNarrative().isPresent()) {
            Narrative narrative = record.getNarrative().get();
            if (!narrative.getObjectives().isEmpty()) {
                description("2", String.join("\n", narrative.getObjectives()));
                any = true;
            }
            if (narrative.getContext().isPresent()) {
                description("4", narrative.getContext().get());
                any = true;
            }
        }
        if (!any) {
            missing(
                    "/summary",
                    "une description (description) : la fiche n'a ni résumé, ni objectifs, ni contexte",
                    "a description: the record has no summary, objectives or context");
        }
    }

    private void description(String type, String text) throws XMLStreamException {
        out.start("description");
        out.attr("type", type);
        out.narrative(text, "fr");
        out.end();
    }

    private void participatingOrgs(ProjectRecord record) throws XMLStreamException {
        int count = 0;
        if (record.getLead().isPresent()) {
            organisation(
                    "participating-org", record.getLead().get().getOrganisation(), Vocabulary.ROLE_ACCOUNTABLE, "lead");
            count++;
            if (record.getLead().get().getOperator().isPresent()) {
                organisation(
                        "participating-org",
                        record.getLead().get().getOperator().get(),
                        Vocabulary.ROLE_IMPLEMENTING,
                        "operator");
                count++;
            }
        }
        for (Organisation partner : record.getPartners()) {
            organisation("participating-org", partner, Vocabulary.ROLE_IMPLEMENTING, "partner");
            count++;
        }
        List<Organisation> funders = new ArrayList<>();
        for (FundingPlan plan : record.getFunding()) {
            for (Contribution contribution : plan.getContributions()) {
                contribution.getFunder().filter(f -> !funders.contains(f)).ifPresent(funders::add);
            }
        }
        for (Organisation funder : funders) {
            organisation("participating-org", funder, Vocabulary.ROLE_FUNDING, "funder");
            count++;
        }
        if (count == 0) {
            missing(
                    "/lead",
                    "une organisation participante (participating-org) : la fiche n'a ni porteur ni partenaire",
                    "a participating organisation: the record has no lead and no partner");
        }
    }

    /** An organisation: IATI's ref, type and name, and what IATI has no place for. */
    private void organisation(String element, Organisation organisation, String role, String part)
            throws XMLStreamException {
        if (element.equals("funder")) {
            out.startT(element);
        } else {
            out.start(element);
        }
        Mapping.iatiRef(organisation).ifPresent(ref -> attr("ref", ref));
        if (role != null) {
            out.attr("role", role);
        }
        out.attr(
                "type",
                Vocabulary.organisationType(
                        organisation.getKind(),
                        organisation.getCountry().map(c -> c.isFrance()).orElse(true)));
        if (part != null) {
            out.attrT("part", part);
        }
        out.attrT("kind", organisation.getKind().getCode());
        if (organisation.getCountry().isPresent()) {
            out.attrT("country", organisation.getCountry().get().getCode());
        }
        out.narrative(organisation.getName(), null);
        if (organisation.getLocalDesignation().isPresent()) {
            out.leafT("local-designation", organisation.getLocalDesignation().get());
        }
        if (!Mapping.identifiersInRef(organisation)) {
            for (OrganisationIdentifier identifier : organisation.getIdentifiers()) {
                out.startT("identifier");
                out.attr("scheme", identifier.getScheme().getCode());
                out.text(identifier.getValue());
                out.end();
            }
        }
        unknown(organisation.getUnknownFields(), null);
        out.end();
    }

    private void attr(String name, String value) {
        try {
            out.attr(name, value);
        } catch (XMLStreamException e) {
            throw new WriteFailure(e);
        }
    }

    private void activityStatus(ProjectRecord record) throws XMLStreamException {
        boolean fromOptions = Mapping.activityStatus(record).isEmpty();
        String status =
                Mapping.activityStatus(record).or(options::getActivityStatus).orElse(null);
        if (status == null) {
            missing(
                    "",
                    "l'état de l'activité (activity-status) : donnez-le aux options d'export",
                    "the activity status (activity-status): give it in the export options");
            return;
        }
        out.start("activity-status");
        out.attr("code", status);
        if (fromOptions) {
            out.attrT("from", "option");
        }
        out.end();
    }

    private void activityDates(ProjectRecord record) throws XMLStreamException {
        List<String[]> dates = Mapping.activityDates(record, options);
        if (dates.stream().noneMatch(d -> d[0].equals("1") || d[0].equals("2"))) {
            missing(
                    "/dates",
                    "une date de début (activity-date de type 1 ou 2) : la fiche n'en a pas ; donnez un début prévu aux options d'export, ou faites-leur prendre l'année de lancement (1er janvier)",
                    "a start date (activity-date of type 1 or 2): the record has none; give the export options a planned start, or let them take the launch year (1 January)");
        }
        for (String[] date : dates) {
            out.start("activity-date");
            out.attr("type", date[0]);
            out.attr("iso-date", date[1]);
            if (date.length > 2) {
                out.attrT("from", date[2]);
            }
            out.end();
        }
    }

    private void contact(Contact contact) throws XMLStreamException {
        out.start("contact-info");
        if (contact.getOrganisation().isPresent()) {
            out.start("organisation");
            out.narrative(contact.getOrganisation().get(), null);
            out.end();
        }
        if (contact.getName().isPresent()) {
            out.start("person-name");
            out.narrative(contact.getName().get(), null);
            out.end();
        }
        if (contact.getRole().isPresent()) {
            out.start("job-title");
            out.narrative(contact.getRole().get(), "fr");
            out.end();
        }
        if (contact.getEmail().isPresent()) {
            out.leaf("email", contact.getEmail().get());
        }
        unknown(contact.getUnknownFields(), null);
        out.end();
    }

    private void tags(ProjectRecord record) throws XMLStreamException {
        for (SdgGoal goal : record.getSdgGoals()) {
            out.start("tag");
            out.attr("vocabulary", "2");
            out.attr("code", Integer.toString(goal.getNumber()));
            out.narrative(goal.getShortName(Locale.FRENCH), "fr");
            out.end();
        }
        for (SdgTarget target : record.getSdgTargets()) {
            out.start("tag");
            out.attr("vocabulary", "3");
            out.attr("code", target.getCode());
            out.end();
        }
        for (Thematic thematic : record.getThematics()) {
            out.start("tag");
            out.attr("vocabulary", "99");
            out.attr("vocabulary-uri", Vocabulary.THEMATIC_URI);
            out.attr("code", thematic.getCode());
            out.narrative(thematic.getLabel(Locale.FRENCH), "fr");
            out.end();
        }
        for (RecommendationFamily family : record.getRecommendationFamilies()) {
            out.start("tag");
            out.attr("vocabulary", "99");
            out.attr("vocabulary-uri", Vocabulary.FAMILY_URI);
            out.attr("code", family.getCode());
            out.narrative(family.getLabel(Locale.FRENCH), "fr");
            out.end();
        }
        for (AppliedRecommendation applied : record.getRecommendations()) {
            out.start("tag");
            out.attr("vocabulary", "99");
            out.attr("vocabulary-uri", Vocabulary.RECOMMENDATION_URI);
            out.attr("code", applied.getCode());
            out.attrT("family", applied.getFamily().getCode());
            if (applied.getWording().isPresent()) {
                out.narrative(applied.getWording().get(), "fr");
            } else {
                // The catalogue's wording, for IATI readers; marked so that it is not read back
                // as the sheet's own.
                var known = applied.getRecommendation();
                if (known.isPresent()) {
                    out.attrT("wording", "catalogue");
                    out.narrative(known.get().getLabel(Locale.FRENCH), "fr");
                }
            }
            unknown(applied.getUnknownFields(), null);
            out.end();
        }
    }

    /** Rows with an amount, when the caller gave the date IATI requires on every value. */
    private void transactions(ProjectRecord record) throws XMLStreamException {
        if (options.getValueDate().isEmpty()) {
            return;
        }
        String date = options.getValueDate().get().toString();
        List<FundingPlan> plans = record.getFunding();
        for (int p = 0; p < plans.size(); p++) {
            List<Contribution> rows = plans.get(p).getContributions();
            for (int r = 0; r < rows.size(); r++) {
                Contribution row = rows.get(r);
                if (!Mapping.inTransaction(row, options)) {
                    continue;
                }
                Money amount = row.getAmount().get();
                out.start("transaction");
                out.attrT("plan", Integer.toString(p));
                out.attrT("row", Integer.toString(r));
                if (row.getPeriod().isPresent()) {
                    out.attrT("period", row.getPeriod().get().toString());
                }
                out.empty("transaction-type", "code", Vocabulary.INCOMING_COMMITMENT);
                out.empty("transaction-date", "iso-date", date);
                out.start("value");
                out.attr("currency", amount.getCurrency().getCurrencyCode());
                out.attr("value-date", date);
                out.text(amount.getAmount().toPlainString());
                out.end();
                if (row.getNote().isPresent()) {
                    out.start("description");
                    out.narrative(row.getNote().get(), "fr");
                    out.end();
                }
                if (row.getFunder().isPresent()) {
                    organisation("provider-org", row.getFunder().get(), null, null);
                }
                unknown(row.getUnknownFields(), null);
                out.end();
            }
        }
    }

    private void documentLinks(ProjectRecord record) throws XMLStreamException {
        List<Resource> resources = record.getResources();
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            if (resource.getUrl().isEmpty()) {
                continue;
            }
            String url = resource.getUrl().get();
            out.start("document-link");
            out.attr("url", url);
            out.attr("format", Vocabulary.format(url));
            out.attrT("row", Integer.toString(i));
            out.start("title");
            out.narrative(resource.getLabel(), "fr");
            out.end();
            out.empty("category", "code", Vocabulary.DOCUMENT_CATEGORY);
            unknown(resource.getUnknownFields(), null);
            out.end();
        }
    }

    /** What IATI has no place for, in the Terrinclus namespace, at the end of the activity. */
    private void terrinclus(ProjectRecord record) throws XMLStreamException {
        out.startT("record");
        out.attr("id", record.getId());
        if (record.getPartnersDescription().isPresent()) {
            out.leafT("partners-description", record.getPartnersDescription().get());
        }
        if (record.getDates().isPresent()) {
            dates(record.getDates().get());
        }
        for (KeyFigure figure : record.getKeyFigures()) {
            figure(figure);
        }
        List<FundingPlan> plans = record.getFunding();
        for (FundingPlan plan : plans) {
            fundingPlan(plan);
        }
        for (CostBreakdown costs : record.getCosts()) {
            costs(costs);
        }
        if (record.getNarrative().isPresent()) {
            narrative(record.getNarrative().get());
        }
        List<Resource> resources = record.getResources();
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            if (resource.getUrl().isPresent()) {
                continue;
            }
            out.startT("resource");
            out.attr("row", Integer.toString(i));
            out.leafT("label", resource.getLabel());
            unknown(resource.getUnknownFields(), null);
            out.end();
        }
        for (String credit : record.getPhotoCredits()) {
            out.leafT("photo-credit", credit);
        }
        unknown(record.getUnknownFields(), null);
        if (record.getLead().isPresent()) {
            unknown(record.getLead().get().getUnknownFields(), "/lead");
        }
        out.end();
    }

    private void dates(ProjectDates dates) throws XMLStreamException {
        out.startT("dates");
        dates.getPartnershipStart().ifPresent(y -> attr("partnership-start", y.toString()));
        dates.getLaunch().ifPresent(y -> attr("launch", y.toString()));
        dates.getDuration().ifPresent(d -> attr("duration", d.toString()));
        dates.getEnd().ifPresent(y -> attr("end", y.toString()));
        unknown(dates.getUnknownFields(), null);
        out.end();
    }

    private void figure(KeyFigure figure) throws XMLStreamException {
        out.startT("figure");
        out.attr("kind", figure.getKind().getCode());
        out.attr("value", figure.getValue().toPlainString());
        figure.getUpperValue().ifPresent(v -> attr("upper-value", v.toPlainString()));
        out.attr("multiplier", figure.getMultiplier().toPlainString());
        if (figure.getUnit().isPresent()) {
            out.leafT("unit", figure.getUnit().get());
        }
        out.leafT("label", figure.getLabel());
        unknown(figure.getUnknownFields(), null);
        out.end();
    }

    private void fundingPlan(FundingPlan plan) throws XMLStreamException {
        out.startT("funding-plan");
        if (plan.getLabel().isPresent()) {
            out.leafT("label", plan.getLabel().get());
        }
        if (plan.getDeclaredTotal().isPresent()) {
            money("declared-total", plan.getDeclaredTotal().get());
        }
        List<Contribution> rows = plan.getContributions();
        for (int r = 0; r < rows.size(); r++) {
            Contribution row = rows.get(r);
            if (Mapping.inTransaction(row, options)) {
                continue;
            }
            out.startT("contribution");
            out.attr("row", Integer.toString(r));
            out.attr("kind", row.getKind().getCode());
            row.getPeriod().ifPresent(p -> attr("period", p.toString()));
            if (row.getAmount().isPresent()) {
                money("amount", row.getAmount().get());
            }
            if (row.getNote().isPresent()) {
                out.leafT("note", row.getNote().get());
            }
            if (row.getFunder().isPresent()) {
                organisation("funder", row.getFunder().get(), null, null);
            }
            unknown(row.getUnknownFields(), null);
            out.end();
        }
        unknown(plan.getUnknownFields(), null);
        out.end();
    }

    private void costs(CostBreakdown costs) throws XMLStreamException {
        out.startT("cost-breakdown");
        if (costs.getLabel().isPresent()) {
            out.leafT("label", costs.getLabel().get());
        }
        if (costs.getDeclaredTotal().isPresent()) {
            money("declared-total", costs.getDeclaredTotal().get());
        }
        for (CostItem item : costs.getItems()) {
            out.startT("item");
            out.leafT("category", item.getCategory());
            if (item.getAmount().isPresent()) {
                money("amount", item.getAmount().get());
            }
            unknown(item.getUnknownFields(), null);
            out.end();
        }
        unknown(costs.getUnknownFields(), null);
        out.end();
    }

    private void money(String element, Money money) throws XMLStreamException {
        out.startT(element);
        out.attr("currency", money.getCurrency().getCurrencyCode());
        out.text(money.getAmount().toPlainString());
        out.end();
    }

    private void narrative(Narrative narrative) throws XMLStreamException {
        out.startT("narrative");
        if (narrative.getContext().isPresent()) {
            out.leafT("context", narrative.getContext().get());
        }
        for (String objective : narrative.getObjectives()) {
            out.leafT("objective", objective);
        }
        if (narrative.getActors().isPresent()) {
            out.leafT("actors", narrative.getActors().get());
        }
        for (FocusSection focus : narrative.getFocusSections()) {
            out.startT("focus");
            out.leafT("title", focus.getTitle());
            out.leafT("text", focus.getText());
            unknown(focus.getUnknownFields(), null);
            out.end();
        }
        for (Quote quote : narrative.getQuotes()) {
            out.startT("quote");
            out.leafT("text", quote.getText());
            if (quote.getAuthor().isPresent()) {
                out.leafT("author", quote.getAuthor().get());
            }
            if (quote.getRole().isPresent()) {
                out.leafT("role", quote.getRole().get());
            }
            if (quote.getOrganisation().isPresent()) {
                out.leafT("organisation", quote.getOrganisation().get());
            }
            unknown(quote.getUnknownFields(), null);
            out.end();
        }
        for (Review review : narrative.getReviews()) {
            out.startT("review");
            if (review.getTitle().isPresent()) {
                out.leafT("title", review.getTitle().get());
            }
            out.leafT("text", review.getText());
            unknown(review.getUnknownFields(), null);
            out.end();
        }
        unknown(narrative.getUnknownFields(), null);
        out.end();
    }

    /** Fields this version does not know, kept as their raw JSON text. */
    private void unknown(Map<String, String> fields, String of) throws XMLStreamException {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.startT("unknown");
            out.attr("name", field.getKey());
            if (of != null) {
                out.attr("of", of.substring(1));
            }
            out.text(field.getValue());
            out.end();
        }
    }

    private void missing(String path, String whatFr, String whatEn) {
        findings.add(Finding.of(
                "iati.export.missing",
                org.terrinclus.validation.Severity.ERROR,
                path,
                "Il manque " + whatFr + ".",
                "Missing " + whatEn + "."));
    }

    /** Carries a writer's exception out of a lambda. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(XMLStreamException cause) {
            super(cause);
        }
    }

    /** Where the findings of one record go. */
    interface ExportFindings {
        void add(Finding finding);
    }

    static boolean isIatiOrg(OrganisationIdentifier identifier) {
        return identifier.getScheme() == IdentifierScheme.IATI_ORG;
    }

    static boolean isAmount(Contribution row) {
        return row.getKind() == ContributionKind.AMOUNT;
    }
}
