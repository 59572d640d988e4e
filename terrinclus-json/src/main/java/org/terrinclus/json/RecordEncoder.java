package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrinclus.core.Extensible;
import org.terrinclus.figure.KeyFigure;
import org.terrinclus.funding.Contribution;
import org.terrinclus.funding.CostBreakdown;
import org.terrinclus.funding.CostItem;
import org.terrinclus.funding.FundingPlan;
import org.terrinclus.funding.Money;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationIdentifier;
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

/**
 * Writes each type of the format. Absent values and empty lists are left out; fields kept by a
 * lenient reader are written back after the known ones.
 */
final class RecordEncoder {

    /** Parses kept unknown fields back, to copy them into the output with its own layout. */
    private final JsonFactory rawFactory;

    RecordEncoder(JsonFactory rawFactory) {
        this.rawFactory = rawFactory;
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    void record(JsonGenerator g, ProjectRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("formatVersion", FormatVersion.CURRENT);
        g.writeStringField("id", r.getId());
        g.writeStringField("title", r.getTitle());
        string(g, "summary", r.getSummary());
        object(g, "lead", r.getLead(), this::lead);
        list(g, "partners", r.getPartners(), this::organisation);
        list(g, "partnerCountries", r.getPartnerCountries(), (gen, c) -> gen.writeString(c.getCode()));
        string(g, "partnersDescription", r.getPartnersDescription());
        list(g, "thematics", r.getThematics(), (gen, t) -> gen.writeString(t.getCode()));
        list(g, "recommendationFamilies", r.getRecommendationFamilies(), (gen, f) -> gen.writeString(f.getCode()));
        list(g, "recommendations", r.getRecommendations(), this::appliedRecommendation);
        list(g, "sdgGoals", r.getSdgGoals(), (gen, s) -> gen.writeNumber(s.getNumber()));
        list(g, "sdgTargets", r.getSdgTargets(), (gen, s) -> gen.writeString(s.getCode()));
        list(g, "keyFigures", r.getKeyFigures(), this::keyFigure);
        list(g, "funding", r.getFunding(), this::fundingPlan);
        list(g, "costs", r.getCosts(), this::costBreakdown);
        object(g, "dates", r.getDates(), this::dates);
        object(g, "narrative", r.getNarrative(), this::narrative);
        list(g, "resources", r.getResources(), this::resource);
        list(g, "contacts", r.getContacts(), this::contact);
        list(g, "photoCredits", r.getPhotoCredits(), JsonGenerator::writeString);
        end(g, r);
    }

    void lead(JsonGenerator g, Lead l) throws IOException {
        g.writeStartObject();
        g.writeFieldName("organisation");
        organisation(g, l.getOrganisation());
        object(g, "operator", l.getOperator(), this::organisation);
        end(g, l);
    }

    void organisation(JsonGenerator g, Organisation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", o.getName());
        g.writeStringField("kind", o.getKind().getCode());
        string(g, "localDesignation", o.getLocalDesignation());
        if (o.getCountry().isPresent()) {
            g.writeStringField("country", o.getCountry().get().getCode());
        }
        list(g, "identifiers", o.getIdentifiers(), this::identifier);
        end(g, o);
    }

    void identifier(JsonGenerator g, OrganisationIdentifier i) throws IOException {
        g.writeStartObject();
        g.writeStringField("scheme", i.getScheme().getCode());
        g.writeStringField("value", i.getValue());
        g.writeEndObject();
    }

    void appliedRecommendation(JsonGenerator g, AppliedRecommendation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("family", a.getFamily().getCode());
        g.writeStringField("code", a.getCode());
        string(g, "wording", a.getWording());
        end(g, a);
    }

    void keyFigure(JsonGenerator g, KeyFigure f) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", f.getKind().getCode());
        g.writeNumberField("value", f.getValue());
        if (f.getUpperValue().isPresent()) {
            g.writeNumberField("upperValue", f.getUpperValue().get());
        }
        if (!f.getMultiplier().equals(BigDecimal.ONE)) {
            g.writeNumberField("multiplier", f.getMultiplier());
        }
        string(g, "unit", f.getUnit());
        g.writeStringField("label", f.getLabel());
        end(g, f);
    }

    void money(JsonGenerator g, Money m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("amount", m.getAmount());
        g.writeStringField("currency", m.getCurrency().getCurrencyCode());
        g.writeEndObject();
    }

    void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        object(g, "funder", c.getFunder(), this::organisation);
        g.writeStringField("kind", c.getKind().getCode());
        object(g, "amount", c.getAmount(), this::money);
        if (c.getPeriod().isPresent()) {
            g.writeStringField("period", c.getPeriod().get().toString());
        }
        string(g, "note", c.getNote());
        end(g, c);
    }

    void fundingPlan(JsonGenerator g, FundingPlan f) throws IOException {
        g.writeStartObject();
        string(g, "label", f.getLabel());
        list(g, "contributions", f.getContributions(), this::contribution);
        object(g, "declaredTotal", f.getDeclaredTotal(), this::money);
        end(g, f);
    }

    void costBreakdown(JsonGenerator g, CostBreakdown c) throws IOException {
        g.writeStartObject();
        string(g, "label", c.getLabel());
        list(g, "items", c.getItems(), this::costItem);
        object(g, "declaredTotal", c.getDeclaredTotal(), this::money);
        end(g, c);
    }

    void costItem(JsonGenerator g, CostItem i) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", i.getCategory());
        object(g, "amount", i.getAmount(), this::money);
        end(g, i);
    }

    void dates(JsonGenerator g, ProjectDates d) throws IOException {
        g.writeStartObject();
        if (d.getPartnershipStart().isPresent()) {
            g.writeNumberField("partnershipStart", d.getPartnershipStart().get().getValue());
        }
        if (d.getLaunch().isPresent()) {
            g.writeNumberField("launch", d.getLaunch().get().getValue());
        }
        if (d.getDuration().isPresent()) {
            g.writeStringField("duration", d.getDuration().get().toString());
        }
        if (d.getEnd().isPresent()) {
            g.writeNumberField("end", d.getEnd().get().getValue());
        }
        end(g, d);
    }

    void narrative(JsonGenerator g, Narrative n) throws IOException {
        g.writeStartObject();
        string(g, "context", n.getContext());
        list(g, "objectives", n.getObjectives(), JsonGenerator::writeString);
        string(g, "actors", n.getActors());
        list(g, "focusSections", n.getFocusSections(), this::focusSection);
        list(g, "quotes", n.getQuotes(), this::quote);
        list(g, "reviews", n.getReviews(), this::review);
        end(g, n);
    }

    void focusSection(JsonGenerator g, FocusSection f) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", f.getTitle());
        g.writeStringField("text", f.getText());
        end(g, f);
    }

    void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.getText());
        string(g, "author", q.getAuthor());
        string(g, "role", q.getRole());
        string(g, "organisation", q.getOrganisation());
        end(g, q);
    }

    void review(JsonGenerator g, Review r) throws IOException {
        g.writeStartObject();
        string(g, "title", r.getTitle());
        g.writeStringField("text", r.getText());
        end(g, r);
    }

    void resource(JsonGenerator g, Resource r) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", r.getLabel());
        string(g, "url", r.getUrl());
        end(g, r);
    }

    void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        string(g, "name", c.getName());
        string(g, "role", c.getRole());
        string(g, "organisation", c.getOrganisation());
        string(g, "email", c.getEmail());
        end(g, c);
    }

    // ---- helpers

    private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static <T> void object(JsonGenerator g, String name, Optional<T> value, Writer<T> writer)
            throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            writer.write(g, value.get());
        }
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, Writer<T> writer) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (T value : values) {
                writer.write(g, value);
            }
            g.writeEndArray();
        }
    }

    /** Writes back the fields kept by a lenient reader, then closes the object. */
    private void end(JsonGenerator g, Extensible value) throws IOException {
        for (Map.Entry<String, String> field : value.getUnknownFields().entrySet()) {
            g.writeFieldName(field.getKey());
            try (JsonParser p = rawFactory.createParser(field.getValue())) {
                p.nextToken();
                ExactCopy.copy(p, g);
            }
        }
        g.writeEndObject();
    }
}
