package org.terrinclus.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Property paths of every shape become the JSON Pointers of the JSON form. */
class JsonPointersTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void build() {
        factory = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** Pointers the rules' constraint places violations at, and must read back. */
    static final List<String> PLACED = List.of(
            "",
            "/partners/3",
            "/funding/0/declaredTotal",
            "/funding/0/contributions/3/funder/name",
            "/lead/operator/name",
            "/narrative/objectives/1",
            "/dates/launch",
            "/a~1b~0c");

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WholeValidator.class)
    public @interface Whole {
        String message() default "{terrinclus.partner.missing}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class WholeValidator implements ConstraintValidator<Whole, Root> {
        @Override
        public boolean isValid(Root root, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            for (String pointer : PLACED) {
                RecordRulesValidator.place(context.buildConstraintViolationWithTemplate("placed"), pointer);
            }
            return false;
        }
    }

    public static final class Leaf {
        private final String name;

        Leaf(String name) {
            this.name = name;
        }

        @NotBlank
        public String getName() {
            return name;
        }
    }

    @Whole
    public static final class Root {
        public List<@Valid Leaf> getItems() {
            return List.of(new Leaf("a"), new Leaf(" "));
        }

        public Optional<@Valid Leaf> getLead() {
            return Optional.of(new Leaf(""));
        }

        public Map<String, @NotBlank String> getLabels() {
            return Map.of("a/b~c", " ");
        }

        public List<@NotBlank String> getCredits() {
            return List.of("ok", "", "ok");
        }
    }

    @Test
    void everyPathBecomesAJsonPointer() {
        Set<ConstraintViolation<Root>> violations = factory.getValidator().validate(new Root());

        Set<String> pointers = violations.stream()
                .filter(v -> !v.getMessageTemplate().equals("placed"))
                .map(v -> JsonPointers.of(v.getPropertyPath()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(pointers).containsExactly("/credits/1", "/items/1/name", "/labels/a~1b~0c", "/lead/name");
    }

    @Test
    void aViolationPlacedAtAPointerHasThePathOfThatPointer() {
        List<ConstraintViolation<Root>> placed = factory.getValidator().validate(new Root()).stream()
                .filter(v -> v.getMessageTemplate().equals("placed"))
                .collect(Collectors.toList());

        assertThat(placed)
                .extracting(v -> JsonPointers.of(v.getPropertyPath()))
                .containsExactlyInAnyOrderElementsOf(PLACED);
        assertThat(placed)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder(
                        "",
                        "partners[3]",
                        "funding[0].declaredTotal",
                        "funding[0].contributions[3].funder.name",
                        "lead.operator.name",
                        "narrative.objectives[1]",
                        "dates.launch",
                        "a/b~c");
    }

    @Test
    void theProbeFindsWhetherTheEngineUnescapesParameters() {
        String major = System.getProperty("terrinclus.hibernate-validator.major", "8");

        assertThat(MessageParameters.engineUnescapesParameters()).isEqualTo(major.equals("8"));
        assertThat(MessageParameters.literal("plain text")).isEqualTo("plain text");
        assertThat(MessageParameters.literal("{text} ${1+1}"))
                .isEqualTo(major.equals("8") ? "\\{text\\} \\$\\{1+1\\}" : "{text} ${1+1}");
    }
}
