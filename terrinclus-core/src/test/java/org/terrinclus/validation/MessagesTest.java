package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.country.Country;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.project.Contact;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.project.Resource;
import org.terrinclus.recommendation.AppliedRecommendation;
import org.terrinclus.recommendation.RecommendationFamily;

/** The message bundles: complete, in both languages, accents intact, and user data kept literal. */
class MessagesTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    /** Strings that a careless interpolator would evaluate, resolve or un-escape. */
    static Stream<String> hostileTexts() {
        return Stream.of(
                "${1+1}",
                "#{'a'}",
                "{title}",
                "{terrinclus.title.missing}",
                "${validatedValue.getClass()}",
                "\\{x\\}",
                "a\\b",
                "\\\\",
                "$",
                "\\",
                "\\$\\{1+1\\}",
                "50 % {0} %s",
                "Ville d'Anèho « Togo »");
    }

    @Test
    void everyRuleHasAMessageInEveryBundleAndEveryMessageARule() {
        Set<String> rules = Rules.all().stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
        for (String suffix : List.of("_fr", "_en")) {
            Map<String, String> templates = Bundles.templates(suffix);
            Set<String> keyRules = templates.keySet().stream()
                    .map(k -> k.substring(Bundles.PREFIX.length()).replaceFirst("/.*", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(keyRules).as(Bundles.file(suffix)).isEqualTo(rules);
            assertThat(templates.keySet()).as(Bundles.file(suffix)).allMatch(k -> k.startsWith(Bundles.PREFIX));
            assertThat(templates.values()).as(Bundles.file(suffix)).allMatch(v -> !v.isBlank() && !v.contains("$"));
        }
        assertThat(Bundles.templates("_fr").keySet())
                .isEqualTo(Bundles.templates("_en").keySet());
    }

    @Test
    void theFrenchAndEnglishMessagesDiffer() {
        Map<String, String> french = Bundles.templates("_fr");
        Map<String, String> english = Bundles.templates("_en");
        french.forEach((key, template) -> assertThat(template).as(key).isNotEqualTo(english.get(key)));
    }

    /** Hibernate Validator reads contributor bundles as ISO-8859-1: they must be pure ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_en"})
    void theBundlesAreAscii(String suffix) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Bundles.file(suffix))) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertThat(b & 0xff).as(Bundles.file(suffix)).isLessThan(0x80);
            }
        }
    }

    @Test
    void frenchAccentsComeOutRight() {
        ProjectRecord record = Records.withFunding(f -> f.declaredTotal(org.terrinclus.funding.Money.eur("67159.01")));

        Finding finding =
                VALIDATOR.validate(record, Profile.DRAFT).getFindings().get(0);

        assertThat(finding.getMessageFr())
                .isEqualTo(
                        "Le total déclaré (67\u00a0159,01\u00a0€) diffère de la somme des lignes (67\u00a0159\u00a0€),"
                                + " écart de 0,01\u00a0€ : corrigez le total ou les montants (les lignes non évaluables ne comptent"
                                + " pas).");
        assertThat(finding.getMessage(Locale.CANADA_FRENCH)).isEqualTo(finding.getMessageFr());
        assertThat(finding.getMessageEn())
                .isEqualTo(
                        "The declared total (67,159.01 EUR) differs from the sum of the rows (67,159 EUR) by 0.01 EUR:"
                                + " correct the total or the amounts (rows not evaluable do not count).");
        assertThat(finding.getMessage(Locale.GERMAN)).isEqualTo(finding.getMessageEn());
    }

    @Test
    void theHostsFactoryGivesTheFrenchMessageToAFrenchReader() {
        ProjectRecord record = Records.with(r -> r.title(""));
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var interpolator = factory.getMessageInterpolator();
            ConstraintViolation<ProjectRecord> violation = factory.getValidator()
                    .validate(record, Publication.class)
                    .iterator()
                    .next();
            var context = new jakarta.validation.MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new UnsupportedOperationException();
                }
            };

            assertThat(interpolator.interpolate(violation.getMessageTemplate(), context, Locale.FRANCE))
                    .isEqualTo("La fiche n'a pas de titre : donnez-lui le titre du projet, tel qu'il sera publié.");
        }
    }

    private static String expected(String key, String suffix, Map<String, String> parameters) {
        String message = Bundles.templates(suffix).get(Bundles.PREFIX + key);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            message = message.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return message;
    }

    static ProjectRecord hostileRecord(String text) {
        Organisation partner = Organisation.builder()
                .name(text)
                .kind(OrganisationKind.ASSOCIATION)
                .country(Country.of("TN"))
                .build();
        return Records.with(r -> r.title(text)
                .summary(text)
                .addPartners(partner, partner)
                .contacts(List.of(Contact.builder().name(text).email(text).build()))
                .resources(List.of(Resource.of(text, text)))
                .addRecommendations(AppliedRecommendation.builder()
                        .family(RecommendationFamily.DIAGNOSIS_AND_FORMALISATION)
                        .code(text)
                        .build()));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void userDataStaysLiteralInTheLibrarysMessages(String text) {
        ValidationReport report = VALIDATOR.validate(hostileRecord(text), Profile.PUBLICATION);

        // A name with neither letter nor digit ("$", "\\") reads as nothing: it duplicates no one.
        boolean readable = text.codePoints().anyMatch(Character::isLetterOrDigit);
        assertThat(report.getFindings())
                .extracting(Finding::getRule, Finding::getPath)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                readable ? "partner.duplicate" : "contact.email.invalid",
                                readable ? "/partners/2" : "/contacts/0/email"),
                        org.assertj.core.groups.Tuple.tuple("contact.email.invalid", "/contacts/0/email"),
                        org.assertj.core.groups.Tuple.tuple("resource.url.invalid", "/resources/0/url"),
                        org.assertj.core.groups.Tuple.tuple("recommendation.unknown", "/recommendations/2/code"));
        for (Finding finding : report.getFindings()) {
            for (String suffix : List.of("_fr", "_en")) {
                String actual = suffix.equals("_fr") ? finding.getMessageFr() : finding.getMessageEn();
                assertThat(actual).as(finding.getRule() + suffix).isEqualTo(expectedMessage(finding, suffix, text));
            }
        }
    }

    /** The message a finding of the hostile record must have: the template, the text verbatim. */
    private static String expectedMessage(Finding finding, String suffix, String text) {
        switch (finding.getRule()) {
            case "partner.duplicate":
                return expected("partner.duplicate", suffix, Map.of("name", text, "first", "1"));
            case "partner.is-lead":
                return expected("partner.is-lead", suffix, Map.of("name", text));
            case "contact.email.invalid":
                return expected("contact.email.invalid", suffix, Map.of("email", text));
            case "resource.url.invalid":
                return expected("resource.url.invalid", suffix, Map.of("url", text));
            case "recommendation.unknown":
                return expected("recommendation.unknown", suffix, Map.of("code", text));
            default:
                return expected(finding.getRule(), suffix, Map.of());
        }
    }
}
