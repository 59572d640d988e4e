package org.terrinclus.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.terrinclus.country.Country;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.constraints.ConsistentPartners;

/** {@link ConsistentPartners}: {@code partner.is-lead} and {@code partner.abroad.missing}. */
public final class PartnersValidator implements ConstraintValidator<ConsistentPartners, ProjectRecord> {

    @Override
    public boolean isValid(ProjectRecord record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        Violations report = Violations.in(context);
        check(record, report);
        return report.valid();
    }

    /** Reports on {@code record}; shared by Hibernate Validator and the library's own traversal. */
    static void check(ProjectRecord record, Violations report) {
        List<Organisation> partners = record.getPartners();
        record.getLead().ifPresent(lead -> {
            String leadKey = Names.normalize(lead.getOrganisation().getName());
            for (int i = 0; i < partners.size(); i++) {
                if (Names.same(
                        partners.get(i), Names.normalize(partners.get(i).getName()), lead.getOrganisation(), leadKey)) {
                    report.text("name", partners.get(i).getName()).onElement("partner.is-lead", "partners", i);
                }
            }
        });
        List<Country> countries = new ArrayList<>();
        boolean partnerHasCountry = false;
        for (Organisation partner : partners) {
            if (partner.getCountry().isPresent()) {
                countries.add(partner.getCountry().get());
                partnerHasCountry = true;
            }
        }
        countries.addAll(record.getPartnerCountries());
        if (!countries.isEmpty() && countries.stream().allMatch(Country::isFrance)) {
            report.number("count", countries.size())
                    .onProperty("partner.abroad.missing", partnerHasCountry ? "partners" : "partnerCountries");
        }
    }
}
