package org.terrinclus.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.terrinclus.country.Country;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.Lead;
import org.terrinclus.project.ProjectRecord;

/** Checks of a record's partners against its lead and France. */
public final class Partners {

    private Partners() {}

    /**
     * Reports each partner that is the lead.
     *
     * @param record the record
     * @param report where to report, on the record
     */
    public static void checkLead(ProjectRecord record, Report report) {
        if (record.getLead().isEmpty()) {
            return;
        }
        Lead lead = record.getLead().get();
        List<Organisation> partners = record.getPartners();
        String leadKey = Names.normalize(lead.getOrganisation().getName());
        for (int i = 0; i < partners.size(); i++) {
            if (Names.same(
                    partners.get(i), Names.normalize(partners.get(i).getName()), lead.getOrganisation(), leadKey)) {
                report.text("name", partners.get(i).getName()).atElement("partners", i);
            }
        }
    }

    /**
     * Reports a record whose partners' known countries and partner countries are all France.
     *
     * @param record the record
     * @param report where to report, on the record
     */
    public static void checkAbroad(ProjectRecord record, Report report) {
        List<Country> countries = new ArrayList<>();
        boolean partnerHasCountry = false;
        for (Organisation partner : record.getPartners()) {
            if (partner.getCountry().isPresent()) {
                countries.add(partner.getCountry().get());
                partnerHasCountry = true;
            }
        }
        countries.addAll(record.getPartnerCountries());
        if (!countries.isEmpty() && countries.stream().allMatch(Country::isFrance)) {
            report.number("count", countries.size()).at(partnerHasCountry ? "partners" : "partnerCountries");
        }
    }
}
