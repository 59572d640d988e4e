package org.terrinclus.iati.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.iati.IatiRules;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.ActivityStatus;
import org.terrinclus.project.Contact;
import org.terrinclus.project.FocusSection;
import org.terrinclus.project.Lead;
import org.terrinclus.project.Narrative;
import org.terrinclus.project.ProjectDates;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Quote;
import org.terrinclus.project.Resource;
import org.terrinclus.project.Review;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.Recommendation;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;

/** Makes a record of one activity, with a finding for everything it cannot place. */
final class ActivityMapper {

    private final List<Finding> findings;
    private final String defaultLang;
    private final String defaultCurrency;
    private boolean ours;

    /** Findings listed per activity; past it, they are counted, and amounts summed, in one finding. */
    static final int MAX_FINDINGS = 1000;

    private int suppressed;
    private final Map<String, BigDecimal> suppressedAmounts = new TreeMap<>();
    private int suppressedAmountCount;

    ActivityMapper(List<Finding> findings, String defaultLang, String defaultCurrency) {
        this.findings = findings;
        this.defaultLang = defaultLang;
        this.defaultCurrency = defaultCurrency;
    }

    ProjectRecord map(XmlNode activity, int position) {
        Optional<XmlNode> t = activity.childT("record");
        ours = t.isPresent();
        t.ifPresent(node -> node.handled = true);

        Optional<XmlNode> identifierNode = activity.child("iati-identifier");
        identifierNode.ifPresent(n -> n.handled = true);
        Optional<String> identifier = identifierNode.map(n -> n.text().trim());
        Optional<String> tid = t.flatMap(n -> n.attr("id")).filter(s -> !s.isBlank());
        String id;
        if (identifier.isEmpty() || identifier.get().isEmpty()) {
            id = tid.orElse("iati-activity-" + (position + 1));
            add(
                    IatiRules.IDENTIFIER,
                    activity,
                    "/id",
                    "L'activité n'a pas d'iati-identifier ; la fiche prend l'identifiant « " + id + " ».",
                    "The activity has no iati-identifier; the record takes the id '" + id + "'.");
        } else {
            id = tid.orElse(identifier.get());
        }

        ProjectRecord.Builder record = ProjectRecord.builder().id(id);
        if (identifier.isPresent()
                && !identifier.get().isEmpty()
                && identifierNode.get().attrT("from").isEmpty()) {
            record.iatiIdentifier(identifier.get());
        }
        activityStatus(activity, record);
        ProjectDates.Builder activityDates = activityDates(activity);
        record.title(activity.child("title")
                .map(n -> {
                    n.handled = true;
                    return text(n, "/title").orElse("");
                })
                .orElse(""));
        descriptions(activity, record, t);
        participatingOrgs(activity, record, t);
        for (XmlNode contact : activity.children("contact-info")) {
            contact.handled = true;
            contact(contact).ifPresent(record::addContacts);
        }
        recipientCountries(activity, record);
        tags(activity, record);
        funding(activity, record, t);
        resources(activity, record, t);
        for (XmlNode name : List.of("budget", "planned-disbursement").stream()
                .flatMap(n -> activity.children(n).stream())
                .toArray(XmlNode[]::new)) {
            name.handled = true;
            name.child("value").ifPresent(value -> amountNotKept(name, value, name.name));
        }
        if (ours) {
            // What the export took from its options, not from the record.
            activity.child("reporting-org").ifPresent(n -> n.handled = true);
        }
        t.ifPresent(node -> terrinclus(node, record));
        Optional<XmlNode> tdates = t.flatMap(n -> n.childT("dates"));
        if (tdates.isPresent()) {
            dates(tdates.get(), activityDates).ifPresent(record::dates);
        } else if (datesRead) {
            record.dates(activityDates.build());
        }
        for (XmlNode child : activity.children) {
            if (!child.handled) {
                unmapped(child, "");
            }
        }
        if (suppressed > 0) {
            String amounts = suppressedAmounts.entrySet().stream()
                    .map(e -> e.getValue().toPlainString() + " " + e.getKey())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            String sumFr = suppressedAmountCount == 0
                    ? ""
                    : " ; dont " + suppressedAmountCount + " montant(s) non gardé(s), au total " + amounts;
            String sumEn = suppressedAmountCount == 0
                    ? ""
                    : "; of which " + suppressedAmountCount + " amount(s) not kept, in total " + amounts;
            findings.add(Finding.builder()
                    .rule(IatiRules.LIMIT.getId())
                    .severity(org.terrinclus.validation.Severity.WARNING)
                    .path("")
                    .messageFr(suppressed + " constat(s) de plus ne sont pas listés" + sumFr + ". [" + activity.path()
                            + "]")
                    .messageEn(suppressed + " more finding(s) are not listed" + sumEn + ". [" + activity.path() + "]")
                    .line(activity.line)
                    .column(activity.column)
                    .build());
        }
        return record.build();
    }

    // --- Texts -----------------------------------------------------------------------------

    /** The French narrative of an element, else its first; other languages are named. */
    private Optional<String> text(XmlNode element, String path) {
        List<XmlNode> narratives = element.children("narrative");
        if (narratives.isEmpty()) {
            String own = element.text().trim();
            return own.isEmpty() ? Optional.empty() : Optional.of(element.text());
        }
        XmlNode chosen = null;
        for (XmlNode narrative : narratives) {
            if ("fr".equals(lang(narrative))) {
                chosen = narrative;
                break;
            }
        }
        if (chosen == null) {
            chosen = narratives.get(0);
        }
        List<String> others = new ArrayList<>();
        for (XmlNode narrative : narratives) {
            if (narrative != chosen && !narrative.text().equals(chosen.text())) {
                String lang = lang(narrative);
                others.add((lang == null ? "?" : lang) + " « " + DocumentWriter.preview(narrative.text()) + " »");
            }
        }
        if (!others.isEmpty()) {
            add(
                    IatiRules.LANGUAGE,
                    element,
                    path,
                    "Texte gardé en « " + langOr(chosen) + " » ; non gardé : " + String.join(", ", others) + ".",
                    "Text kept in '" + langOr(chosen) + "'; not kept: " + String.join(", ", others) + ".");
        }
        return Optional.of(chosen.text());
    }

    private String lang(XmlNode narrative) {
        Optional<String> own =
                narrative.attr(Vocabulary.XML_NS, "lang").map(s -> s.trim().toLowerCase(Locale.ROOT));
        return own.filter(s -> !s.isEmpty()).orElse(defaultLang);
    }

    private String langOr(XmlNode narrative) {
        String lang = lang(narrative);
        return lang == null ? "?" : lang;
    }

    private void descriptions(XmlNode activity, ProjectRecord.Builder record, Optional<XmlNode> t) {
        boolean narrativeCarried = t.flatMap(n -> n.childT("narrative")).isPresent();
        boolean summary = false;
        List<String> objectives = new ArrayList<>();
        String context = null;
        for (XmlNode description : activity.children("description")) {
            String type = description.code("type").orElse("1");
            Optional<String> text = text(description, "/summary");
            if (text.isEmpty()) {
                description.handled = true;
                continue;
            }
            if (type.equals("1") && !summary) {
                record.summary(text.get());
                summary = true;
                description.handled = true;
            } else if ((type.equals("2") || type.equals("4")) && narrativeCarried) {
                description.handled = true; // written from the Terrinclus narrative, read from it
            } else if (type.equals("2")) {
                for (String line : text.get().split("\\R")) {
                    if (!line.isBlank()) {
                        objectives.add(line.strip());
                    }
                }
                description.handled = true;
            } else if (type.equals("4") && context == null) {
                context = text.get();
                description.handled = true;
            }
        }
        if (!narrativeCarried && (!objectives.isEmpty() || context != null)) {
            Narrative.Builder narrative = Narrative.builder().addAllObjectives(objectives);
            if (context != null) {
                narrative.context(context);
            }
            record.narrative(narrative.build());
        }
    }

    // --- Organisations ---------------------------------------------------------------------

    private void participatingOrgs(XmlNode activity, ProjectRecord.Builder record, Optional<XmlNode> t) {
        Organisation lead = null;
        Organisation operator = null;
        List<XmlNode> orgs = activity.children("participating-org");
        for (int i = 0; i < orgs.size(); i++) {
            XmlNode node = orgs.get(i);
            node.handled = true;
            String part = node.attrT("part").orElse("");
            String role = node.code("role").orElse("");
            if (part.equals("funder") || part.isEmpty() && role.equals(Vocabulary.ROLE_FUNDING)) {
                if (part.isEmpty()) {
                    add(
                            IatiRules.UNMAPPED,
                            node,
                            "/funding",
                            "Organisation qui finance (rôle 1) : la fiche ne la garde qu'avec ses montants (transactions).",
                            "Funding organisation (role 1): the record keeps it only with its amounts (transactions).");
                }
                continue;
            }
            Organisation organisation = organisation(node, "/partners");
            if (part.equals("lead") || part.isEmpty() && role.equals(Vocabulary.ROLE_ACCOUNTABLE) && lead == null) {
                lead = organisation;
            } else if (part.equals("operator")) {
                operator = organisation;
            } else {
                if (part.isEmpty()
                        && !role.equals(Vocabulary.ROLE_ACCOUNTABLE)
                        && !role.equals(Vocabulary.ROLE_EXTENDING)
                        && !role.equals(Vocabulary.ROLE_IMPLEMENTING)) {
                    add(
                            IatiRules.VALUE,
                            node,
                            "/partners",
                            "Rôle d'organisation « " + role + " » inconnu : l'organisation est lue comme partenaire.",
                            "Unknown organisation role '" + role + "': the organisation is read as a partner.");
                }
                record.addPartners(organisation);
            }
        }
        if (lead != null) {
            Lead.Builder builder = Lead.builder().organisation(lead);
            if (operator != null) {
                builder.operator(operator);
            }
            t.ifPresent(n -> builder.putAllUnknownFields(unknown(n, "lead")));
            record.lead(builder.build());
        } else if (operator != null) {
            record.addPartners(operator);
        }
    }

    private Organisation organisation(XmlNode node, String path) {
        Optional<String> ref = node.code("ref");
        Optional<String> name = text(node, path);
        String orgName;
        if (name.isPresent() && !name.get().isBlank()) {
            orgName = name.get();
        } else if (ref.isPresent()) {
            orgName = ref.get();
            add(
                    IatiRules.VALUE,
                    node,
                    path,
                    "Organisation sans nom, connue par sa référence « " + ref.get() + " », qui lui sert de nom.",
                    "Organisation without a name, known by its ref '" + ref.get() + "', which serves as its name.");
        } else {
            orgName = "";
            add(
                    IatiRules.VALUE,
                    node,
                    path,
                    "Organisation sans nom ni référence.",
                    "Organisation with neither a name nor a ref.");
        }
        OrganisationKind kind = null;
        Optional<String> tkind = node.attrT("kind");
        if (tkind.isPresent()) {
            try {
                kind = OrganisationKind.fromCode(tkind.get());
            } catch (IllegalArgumentException e) {
                bad(node, path, "terrinclus:kind", tkind.get());
            }
        }
        if (kind == null) {
            Optional<String> type = node.code("type");
            if (type.isPresent()) {
                kind = Vocabulary.kindOfType(type.get()).orElse(null);
                if (kind == null) {
                    bad(node, path, "type", type.get());
                }
            }
        }
        Organisation.Builder organisation =
                Organisation.builder().name(orgName).kind(kind == null ? OrganisationKind.OTHER : kind);
        node.attrT("country").ifPresent(code -> country(node, path, code).ifPresent(organisation::country));
        node.textT("local-designation").ifPresent(organisation::localDesignation);
        List<XmlNode> identifiers = node.childrenT("identifier");
        if (!identifiers.isEmpty()) {
            for (XmlNode identifier : identifiers) {
                try {
                    organisation.addIdentifiers(OrganisationIdentifier.of(
                            IdentifierScheme.fromCode(identifier.attr("scheme").orElse("")), identifier.text()));
                } catch (IllegalArgumentException e) {
                    bad(identifier, path, "identifier", identifier.text());
                }
            }
        } else if (ref.isPresent()) {
            if (IdentifierScheme.IATI_ORG.accepts(ref.get())) {
                organisation.addIdentifiers(OrganisationIdentifier.of(IdentifierScheme.IATI_ORG, ref.get()));
            } else {
                organisation.addIdentifiers(OrganisationIdentifier.of(IdentifierScheme.OTHER, ref.get()));
                add(
                        IatiRules.VALUE,
                        node,
                        path,
                        "La référence « " + ref.get()
                                + " » n'a pas la forme d'un identifiant d'organisation IATI : gardée comme autre identifiant.",
                        "The ref '" + ref.get()
                                + "' is not shaped as an IATI organisation identifier: kept as another identifier.");
            }
        }
        organisation.putAllUnknownFields(unknown(node, null));
        return organisation.build();
    }

    private Optional<Country> country(XmlNode node, String path, String code) {
        try {
            return Optional.of(Country.of(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            bad(node, path, "country", code);
            return Optional.empty();
        }
    }

    // --- Status and dates ------------------------------------------------------------------

    private void activityStatus(XmlNode activity, ProjectRecord.Builder record) {
        for (XmlNode node : activity.children("activity-status")) {
            node.handled = true;
            if (node.attrT("from").isPresent()) {
                continue; // the export's option, not the record's
            }
            String code = node.code("code").orElse("");
            Optional<ActivityStatus> status = Mapping.activityStatusOf(code);
            if (status.isEmpty() || node.index() > 1) {
                bad(node, "/activityStatus", "activity-status", code);
            } else {
                record.activityStatus(status.get());
            }
        }
    }

    private boolean datesRead;

    /** Planned and actual dates (types 1 to 4); those the export made from its options are skipped. */
    private ProjectDates.Builder activityDates(XmlNode activity) {
        ProjectDates.Builder dates = ProjectDates.builder();
        Set<String> seen = new HashSet<>();
        for (XmlNode node : activity.children("activity-date")) {
            node.handled = true;
            if (node.attrT("from").isPresent()) {
                continue;
            }
            String type = node.code("type").orElse("");
            String text = node.attr("iso-date").orElse("").trim();
            java.time.LocalDate date;
            try {
                date = java.time.LocalDate.parse(text);
            } catch (RuntimeException e) {
                bad(node, "/dates", "activity-date " + type, text);
                continue;
            }
            // The model holds only dates the format writes, with a four-digit year ("+12345-01-01" parses).
            if (date.getYear() < 0 || date.getYear() > 9999) {
                bad(node, "/dates", "activity-date " + type, text);
                continue;
            }
            if (!seen.add(type)) {
                unmapped(node, "/dates");
                continue;
            }
            switch (type) {
                case "1":
                    dates.plannedStart(date);
                    break;
                case "2":
                    dates.actualStart(date);
                    break;
                case "3":
                    dates.plannedEnd(date);
                    break;
                case "4":
                    dates.actualEnd(date);
                    break;
                default:
                    bad(node, "/dates", "activity-date type", type);
                    continue;
            }
            datesRead = true;
        }
        return dates;
    }

    // --- Contacts, countries, tags ---------------------------------------------------------

    private Optional<Contact> contact(XmlNode node) {
        Contact.Builder contact = Contact.builder();
        for (XmlNode child : node.children) {
            child.handled = true;
            switch (child.isIati() ? child.name : "") {
                case "organisation":
                    text(child, "/contacts").ifPresent(contact::organisation);
                    break;
                case "person-name":
                    text(child, "/contacts").ifPresent(contact::name);
                    break;
                case "job-title":
                    text(child, "/contacts").ifPresent(contact::role);
                    break;
                case "email":
                    if (child.index() == 1 && !child.text().isBlank()) {
                        contact.email(child.text().trim());
                    } else {
                        unmapped(child, "/contacts");
                    }
                    break;
                default:
                    if (!(child.isTerrinclus() && child.name.equals("unknown"))) {
                        unmapped(child, "/contacts");
                    }
            }
        }
        contact.putAllUnknownFields(unknown(node, null));
        try {
            return Optional.of(contact.build());
        } catch (IllegalArgumentException e) {
            bad(node, "/contacts", "contact-info", e.getMessage());
            return Optional.empty();
        }
    }

    private void recipientCountries(XmlNode activity, ProjectRecord.Builder record) {
        for (XmlNode node : activity.children("recipient-country")) {
            node.handled = true;
            Optional<String> code = node.code("code");
            if (code.isEmpty()) {
                bad(node, "/partnerCountries", "code", "");
                continue;
            }
            country(node, "/partnerCountries", code.get()).ifPresent(record::addPartnerCountries);
            node.code("percentage")
                    .ifPresent(p -> add(
                            IatiRules.UNMAPPED,
                            node,
                            "/partnerCountries",
                            "Le pourcentage " + p + " du pays " + code.get() + " n'est pas gardé.",
                            "The percentage " + p + " of country " + code.get() + " is not kept."));
        }
    }

    private void tags(XmlNode activity, ProjectRecord.Builder record) {
        for (XmlNode tag : activity.children("tag")) {
            String vocabulary = tag.code("vocabulary").orElse("");
            String code = tag.code("code").orElse("");
            String uri = tag.code("vocabulary-uri").orElse("");
            try {
                if (vocabulary.equals("2")) {
                    record.addSdgGoals(SdgGoal.of(Integer.parseInt(code)));
                } else if (vocabulary.equals("3")) {
                    record.addSdgTargets(SdgTarget.of(code));
                } else if (vocabulary.equals("99") && uri.equals(Vocabulary.THEMATIC_URI)) {
                    record.addThematics(Thematic.of(code));
                } else if (vocabulary.equals("99") && uri.equals(Vocabulary.FAMILY_URI)) {
                    record.addRecommendationFamilies(RecommendationFamily.fromCode(code));
                } else if (vocabulary.equals("99") && uri.equals(Vocabulary.RECOMMENDATION_URI)) {
                    record.addRecommendations(recommendation(tag, code));
                } else {
                    continue; // left unhandled: reported below as not mapped
                }
                tag.handled = true;
            } catch (IllegalArgumentException e) {
                tag.handled = true;
                bad(tag, "/sdgGoals", "code", code);
            }
        }
    }

    private AppliedRecommendation recommendation(XmlNode tag, String code) {
        Optional<String> family = tag.attrT("family");
        RecommendationFamily home = family.isPresent()
                ? RecommendationFamily.fromCode(family.get())
                : Recommendation.byCode(code)
                        .map(Recommendation::getHomeFamily)
                        .orElseThrow(() -> new IllegalArgumentException("unknown recommendation"));
        AppliedRecommendation.Builder applied =
                AppliedRecommendation.builder().family(home).code(code);
        if (!tag.attrT("wording").filter("catalogue"::equals).isPresent()) {
            text(tag, "/recommendations").ifPresent(applied::wording);
        }
        applied.putAllUnknownFields(unknown(tag, null));
        return applied.build();
    }

    // --- Funding ---------------------------------------------------------------------------

    private void funding(XmlNode activity, ProjectRecord.Builder record, Optional<XmlNode> t) {
        List<XmlNode> planNodes = t.map(n -> n.childrenT("funding-plan")).orElse(List.of());
        List<TreeMap<Integer, Contribution>> rows = new ArrayList<>();
        for (int p = 0; p < planNodes.size(); p++) {
            TreeMap<Integer, Contribution> planRows = new TreeMap<>();
            for (XmlNode row : planNodes.get(p).childrenT("contribution")) {
                int index = integer(row.attr("row"), planRows.size());
                contribution(row, p).ifPresent(c -> put(planRows, index, c, row));
            }
            rows.add(planRows);
        }
        Map<String, List<Contribution>> foreign = new LinkedHashMap<>();
        for (XmlNode transaction : activity.children("transaction")) {
            transaction.handled = true;
            String type = transaction
                    .child("transaction-type")
                    .flatMap(n -> n.code("code"))
                    .orElse("");
            Optional<XmlNode> value = transaction.child("value");
            Optional<String> plan = transaction.attrT("plan");
            boolean incoming = type.equals(Vocabulary.INCOMING_COMMITMENT) || type.equals(Vocabulary.INCOMING_FUNDS);
            if (value.isEmpty() || !(plan.isPresent() || incoming)) {
                value.ifPresentOrElse(
                        v -> amountNotKept(transaction, v, "transaction " + type),
                        () -> unmapped(transaction, "/funding"));
                continue;
            }
            Optional<Money> money = money(value.get(), "/funding");
            if (money.isEmpty()) {
                continue;
            }
            Contribution.Builder row =
                    Contribution.builder().kind(ContributionKind.AMOUNT).amount(money.get());
            transaction.child("provider-org").ifPresent(n -> row.funder(organisation(n, "/funding")));
            transaction.child("description").flatMap(n -> text(n, "/funding")).ifPresent(row::note);
            Optional<String> period = transaction.attrT("period");
            if (period.isPresent()) {
                period(transaction, period.get()).ifPresent(row::period);
            }
            row.putAllUnknownFields(unknown(transaction, null));
            Contribution contribution;
            try {
                contribution = row.build();
            } catch (IllegalArgumentException e) {
                bad(transaction, "/funding", "transaction", e.getMessage());
                continue;
            }
            leftOut(transaction, value.get());
            if (plan.isPresent()) {
                int p = integer(plan, 0);
                while (rows.size() <= p) {
                    rows.add(new TreeMap<>());
                }
                TreeMap<Integer, Contribution> planRows = rows.get(p);
                put(planRows, integer(transaction.attrT("row"), planRows.size()), contribution, transaction);
            } else {
                if (type.equals(Vocabulary.INCOMING_FUNDS)) {
                    add(
                            IatiRules.UNMAPPED,
                            transaction,
                            "/funding",
                            "Fonds reçus (type 1) lus comme une ligne de financement ; un export les écrit en engagement reçu (type 11).",
                            "Incoming funds (type 1) read as a funding row; an export writes them as an incoming commitment (type 11).");
                }
                foreign.computeIfAbsent(money.get().getCurrency().getCurrencyCode(), c -> new ArrayList<>())
                        .add(contribution);
            }
        }
        for (int p = 0; p < rows.size(); p++) {
            FundingPlan.Builder plan =
                    FundingPlan.builder().addAllContributions(rows.get(p).values());
            if (p < planNodes.size()) {
                XmlNode node = planNodes.get(p);
                node.textT("label").ifPresent(plan::label);
                node.childT("declared-total").flatMap(n -> money(n, "/funding")).ifPresent(plan::declaredTotal);
                plan.putAllUnknownFields(unknown(node, null));
            }
            record.addFunding(plan.build());
        }
        for (Map.Entry<String, List<Contribution>> entry : foreign.entrySet()) {
            record.addFunding(FundingPlan.builder()
                    .label("Transactions IATI (" + entry.getKey() + ")")
                    .addAllContributions(entry.getValue())
                    .build());
        }
    }

    private Optional<Contribution> contribution(XmlNode node, int plan) {
        Contribution.Builder row = Contribution.builder();
        try {
            row.kind(ContributionKind.fromCode(node.attr("kind").orElse("")));
        } catch (IllegalArgumentException e) {
            bad(node, "/funding/" + plan, "kind", node.attr("kind").orElse(""));
            node.childT("amount").ifPresent(n -> amountNotKept(node, n, "contribution"));
            return Optional.empty();
        }
        node.childT("amount").flatMap(n -> money(n, "/funding/" + plan)).ifPresent(row::amount);
        node.attr("period").flatMap(p -> period(node, p)).ifPresent(row::period);
        node.textT("note").ifPresent(row::note);
        node.childT("funder").ifPresent(n -> row.funder(organisation(n, "/funding/" + plan)));
        row.putAllUnknownFields(unknown(node, null));
        try {
            return Optional.of(row.build());
        } catch (IllegalArgumentException e) {
            bad(node, "/funding/" + plan, "contribution", e.getMessage());
            node.childT("amount").ifPresent(n -> amountNotKept(node, n, "contribution"));
            return Optional.empty();
        }
    }

    private <T> void put(TreeMap<Integer, T> rows, int index, T value, XmlNode node) {
        if (rows.containsKey(index)) {
            add(
                    IatiRules.VALUE,
                    node,
                    "/funding",
                    "Deux lignes au même rang " + index + " ; la seconde est mise à la fin.",
                    "Two rows at the same position " + index + "; the second goes last.");
            index = rows.lastKey() + 1;
        }
        rows.put(index, value);
    }

    private int integer(Optional<String> text, int fallback) {
        try {
            return text.map(String::trim)
                    .map(Integer::parseInt)
                    .filter(i -> i >= 0 && i < 100_000)
                    .orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Optional<Period> period(XmlNode node, String text) {
        try {
            Period period = Period.parse(text.trim());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return Optional.of(period);
        } catch (RuntimeException e) {
            bad(node, "/funding", "period", text);
            return Optional.empty();
        }
    }

    /** A value with its currency, or its own or the activity's; a finding if it cannot be kept. */
    private Optional<Money> money(XmlNode value, String path) {
        value.handled = true;
        String text = value.text().trim();
        String currency = value.code("currency").orElse(defaultCurrency);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            bad(value, path, "value", text);
            return Optional.empty();
        }
        if (amount.precision() - amount.scale() > 30 || amount.scale() > 30) {
            bad(value, path, "value", DocumentWriter.preview(text));
            return Optional.empty();
        }
        if (currency == null) {
            notKept(
                    value,
                    path,
                    text,
                    "sans devise (ni sur la valeur ni par défaut)",
                    "without a currency (neither on the value nor by default)");
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            notKept(value, path, text + " " + currency, "négatif", "negative");
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(amount, Money.currencyOf(currency.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            notKept(value, path, text + " " + currency, "en devise inconnue", "in an unknown currency");
            return Optional.empty();
        }
    }

    private void notKept(XmlNode value, String path, String amount, String whyFr, String whyEn) {
        countAmount(
                value.text().trim(), value.code("currency").orElse(defaultCurrency == null ? "?" : defaultCurrency));
        add(
                IatiRules.AMOUNT,
                value,
                path,
                "Montant " + amount + " non gardé : " + whyFr + ".",
                "Amount " + amount + " not kept: " + whyEn + ".");
    }

    private static final int MAX_LEFT_OUT = 12;

    /** What a transaction kept as a funding row keeps of its own (its dates are named apart). */
    private static final Set<String> TRANSACTION_KEPT =
            Set.of("transaction-type", "transaction-date", "value", "provider-org", "description");

    /** What a document link kept as a resource keeps of its own. */
    private static final Set<String> DOCUMENT_LINK_KEPT = Set.of("title", "category");

    /**
     * Names, in one finding, what a transaction kept as a funding row leaves out: its dates (a
     * contribution has none; in a file Terrinclus wrote they came from the export's options), and
     * every other element, as the receiver, sector or aid type a publisher gives.
     */
    private void leftOut(XmlNode transaction, XmlNode value) {
        List<String> dates = new ArrayList<>();
        if (!ours) {
            transaction
                    .child("transaction-date")
                    .ifPresent(n -> dates.add("transaction-date "
                            + DocumentWriter.preview(n.attr("iso-date").orElse(""))));
            value.attr("value-date").ifPresent(date -> dates.add("value-date " + DocumentWriter.preview(date)));
        }
        leftOut(
                transaction,
                TRANSACTION_KEPT,
                dates,
                "/funding",
                "Transaction gardée comme ligne de financement",
                "Transaction kept as a funding row");
    }

    /**
     * Names, in one finding, the elements of a kept element that the record has no place for:
     * {@code also} first, then each other IATI child not in {@code kept}, distinct, and a few at
     * most (a hostile element may hold thousands of children).
     */
    private void leftOut(
            XmlNode owner, Set<String> kept, List<String> also, String path, String keptFr, String keptEn) {
        Set<String> left = new LinkedHashSet<>(also);
        int more = 0;
        for (XmlNode child : owner.children) {
            if (!child.isIati() || kept.contains(child.name) || left.contains(child.name)) {
                continue;
            }
            if (left.size() < MAX_LEFT_OUT) {
                left.add(child.name);
            } else {
                more++;
            }
        }
        if (left.isEmpty()) {
            return;
        }
        String list = String.join(", ", left);
        add(
                IatiRules.UNMAPPED,
                owner,
                path,
                keptFr + ", sans : " + list + (more > 0 ? " et " + more + " autres" : "")
                        + " ; la fiche n'a pas de place pour eux.",
                keptEn + ", without: " + list + (more > 0 ? " and " + more + " more" : "")
                        + "; the record has no place for them.");
    }

    private void amountNotKept(XmlNode owner, XmlNode value, String what) {
        owner.handled = true;
        value.handled = true;
        String currency = value.code("currency").orElse(defaultCurrency == null ? "(sans devise)" : defaultCurrency);
        String period = owner.child("period-start")
                        .flatMap(n -> n.attr("iso-date"))
                        .map(s -> " " + s)
                        .orElse("")
                + owner.child("period-end")
                        .flatMap(n -> n.attr("iso-date"))
                        .map(s -> "–" + s)
                        .orElse("")
                + owner.child("transaction-date")
                        .flatMap(n -> n.attr("iso-date"))
                        .map(s -> " " + s)
                        .orElse("");
        String amount = value.text().trim() + " " + currency;
        countAmount(value.text().trim(), currency);
        add(
                IatiRules.AMOUNT,
                owner,
                "/funding",
                "Montant non gardé (" + what + period + ") : " + amount + " ; la fiche n'a pas de place pour lui.",
                "Amount not kept (" + what + period + "): " + amount + "; the record has no place for it.");
    }

    // --- Resources -------------------------------------------------------------------------

    private void resources(XmlNode activity, ProjectRecord.Builder record, Optional<XmlNode> t) {
        TreeMap<Integer, Resource> placed = new TreeMap<>();
        List<Resource> rest = new ArrayList<>();
        for (XmlNode link : activity.children("document-link")) {
            link.handled = true;
            Resource.Builder resource = Resource.builder();
            resource.label(
                    link.child("title").flatMap(n -> text(n, "/resources")).orElse(""));
            Optional<String> url = link.code("url");
            if (url.isPresent()) {
                resource.url(url.get());
            } else {
                bad(link, "/resources", "url", "");
            }
            for (XmlNode category : link.children("category")) {
                String code = category.code("code").orElse("");
                if (!code.equals(Vocabulary.DOCUMENT_CATEGORY)) {
                    add(
                            IatiRules.UNMAPPED,
                            category,
                            "/resources",
                            "La catégorie de document « " + code + " » n'est pas gardée.",
                            "The document category '" + code + "' is not kept.");
                }
            }
            resource.putAllUnknownFields(unknown(link, null));
            leftOut(
                    link,
                    DOCUMENT_LINK_KEPT,
                    List.of(),
                    "/resources",
                    "Lien de document gardé comme ressource",
                    "Document link kept as a resource");
            Resource built = resource.build();
            Optional<String> row = link.attrT("row");
            if (row.isPresent()) {
                put(placed, integer(row, placed.size()), built, link);
            } else {
                rest.add(built);
            }
        }
        t.ifPresent(n -> {
            for (XmlNode node : n.childrenT("resource")) {
                Resource resource = Resource.builder()
                        .label(node.textT("label").orElse(""))
                        .putAllUnknownFields(unknown(node, null))
                        .build();
                put(placed, integer(node.attr("row"), placed.size()), resource, node);
            }
        });
        record.addAllResources(placed.values());
        record.addAllResources(rest);
    }

    // --- The Terrinclus elements -----------------------------------------------------------

    private void terrinclus(XmlNode t, ProjectRecord.Builder record) {
        t.textT("partners-description").ifPresent(record::partnersDescription);
        for (XmlNode node : t.childrenT("figure")) {
            figure(node).ifPresent(record::addKeyFigures);
        }
        for (XmlNode node : t.childrenT("cost-breakdown")) {
            CostBreakdown.Builder costs = CostBreakdown.builder();
            node.textT("label").ifPresent(costs::label);
            node.childT("declared-total").flatMap(n -> money(n, "/costs")).ifPresent(costs::declaredTotal);
            for (XmlNode item : node.childrenT("item")) {
                CostItem.Builder cost =
                        CostItem.builder().category(item.textT("category").orElse(""));
                item.childT("amount").flatMap(n -> money(n, "/costs")).ifPresent(cost::amount);
                costs.addItems(cost.putAllUnknownFields(unknown(item, null)).build());
            }
            record.addCosts(costs.putAllUnknownFields(unknown(node, null)).build());
        }
        t.childT("narrative").ifPresent(node -> record.narrative(narrative(node)));
        for (XmlNode node : t.childrenT("photo-credit")) {
            record.addPhotoCredits(node.text());
        }
        record.putAllUnknownFields(unknown(t, null));
    }

    private Optional<ProjectDates> dates(XmlNode node, ProjectDates.Builder dates) {
        try {
            node.attr("partnership-start").map(Year::parse).ifPresent(dates::partnershipStart);
            node.attr("launch").map(Year::parse).ifPresent(dates::launch);
            node.attr("duration").map(Period::parse).ifPresent(dates::duration);
            node.attr("end").map(Year::parse).ifPresent(dates::end);
            return Optional.of(dates.putAllUnknownFields(unknown(node, null)).build());
        } catch (RuntimeException e) {
            bad(node, "/dates", "dates", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<KeyFigure> figure(XmlNode node) {
        try {
            KeyFigure.Builder figure = KeyFigure.builder()
                    .kind(FigureKind.fromCode(node.attr("kind").orElse("")))
                    .value(new BigDecimal(node.attr("value").orElse("")))
                    .label(node.textT("label").orElse(""));
            node.attr("upper-value").map(BigDecimal::new).ifPresent(figure::upperValue);
            node.attr("multiplier").map(BigDecimal::new).ifPresent(figure::multiplier);
            node.textT("unit").ifPresent(figure::unit);
            return Optional.of(figure.putAllUnknownFields(unknown(node, null)).build());
        } catch (RuntimeException e) {
            bad(node, "/keyFigures", "figure", e.getMessage());
            return Optional.empty();
        }
    }

    private Narrative narrative(XmlNode node) {
        Narrative.Builder narrative = Narrative.builder();
        node.textT("context").ifPresent(narrative::context);
        node.childrenT("objective").forEach(n -> narrative.addObjectives(n.text()));
        node.textT("actors").ifPresent(narrative::actors);
        for (XmlNode focus : node.childrenT("focus")) {
            narrative.addFocusSections(FocusSection.builder()
                    .title(focus.textT("title").orElse(""))
                    .text(focus.textT("text").orElse(""))
                    .putAllUnknownFields(unknown(focus, null))
                    .build());
        }
        for (XmlNode quote : node.childrenT("quote")) {
            Quote.Builder built = Quote.builder().text(quote.textT("text").orElse(""));
            quote.textT("author").ifPresent(built::author);
            quote.textT("role").ifPresent(built::role);
            quote.textT("organisation").ifPresent(built::organisation);
            narrative.addQuotes(built.putAllUnknownFields(unknown(quote, null)).build());
        }
        for (XmlNode review : node.childrenT("review")) {
            Review.Builder built = Review.builder().text(review.textT("text").orElse(""));
            review.textT("title").ifPresent(built::title);
            narrative.addReviews(
                    built.putAllUnknownFields(unknown(review, null)).build());
        }
        return narrative.putAllUnknownFields(unknown(node, null)).build();
    }

    /** The fields unknown to this version that an element carries, for a part ({@code of}). */
    private Map<String, String> unknown(XmlNode node, String of) {
        if (node.childT("unknown").isEmpty()) {
            return Map.of(); // the usual case: no allocation
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (XmlNode field : node.childrenT("unknown")) {
            String name = field.attr("name").orElse("");
            if (java.util.Objects.equals(field.attr("of").orElse(null), of) && seen.add(name)) {
                fields.put(name, field.text());
            }
        }
        return fields;
    }

    // --- Findings --------------------------------------------------------------------------

    private void unmapped(XmlNode node, String path) {
        String what =
                node.isIati() ? node.name : node.path().substring(node.path().lastIndexOf('/') + 1);
        add(
                IatiRules.UNMAPPED,
                node,
                path,
                "L'élément " + what + " n'a pas de place dans la fiche.",
                "The element " + what + " has no place in the record.");
    }

    private void bad(XmlNode node, String path, String what, String value) {
        add(
                IatiRules.VALUE,
                node,
                path,
                "Valeur illisible pour " + what + " : « " + DocumentWriter.preview(value) + " ».",
                "Unreadable value for " + what + ": '" + DocumentWriter.preview(value) + "'.");
    }

    /** Counts an amount not kept, for the summary when findings are too many to list. */
    private void countAmount(String text, String currency) {
        if (findings.size() < MAX_FINDINGS) {
            return;
        }
        suppressedAmountCount++;
        try {
            suppressedAmounts.merge(currency, new BigDecimal(text), BigDecimal::add);
        } catch (NumberFormatException e) {
            suppressedAmounts.merge("(illisible)", BigDecimal.ONE, BigDecimal::add);
        }
    }

    private void add(IatiRules rule, XmlNode node, String path, String fr, String en) {
        if (findings.size() >= MAX_FINDINGS) {
            suppressed++;
            return;
        }
        String where = node.path();
        findings.add(Finding.builder()
                .rule(rule.getId())
                .severity(rule.getSeverity())
                .path(path)
                .messageFr(fr + " [" + where + "]")
                .messageEn(en + " [" + where + "]")
                .line(node.line)
                .column(node.column)
                .build());
    }
}
