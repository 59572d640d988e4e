package org.terrinclus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.internal.PublicationRules;
import org.terrinclus.validation.internal.RecordWalker;

/**
 * Guard of {@link RecordWalker}: the constraints and cascades it applies are exactly those
 * Hibernate Validator's metadata finds on the model's types, with the same group, severity and
 * message. A constraint added to a model type or getter fails this test until the walker applies
 * it too.
 */
class WalkerSitesTest {

    /** The packages of the model, whose every type is inspected. */
    private static final List<String> MODEL_PACKAGES = List.of(
            "core", "country", "figure", "funding", "organisation", "project", "recommendation", "sdg", "thematic");

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildAFactory() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeTheFactory() {
        factory.close();
    }

    @Test
    void theWalkerKnowsEveryConstraintAndCascadeOfTheModel() throws Exception {
        Set<String> declared = new TreeSet<>();
        List<Class<?>> types = modelTypes();
        for (Class<?> type : types) {
            declared.addAll(sites(type));
        }

        assertThat(types).hasSizeGreaterThan(20).contains(ProjectRecord.class);
        assertThat(new TreeSet<>(RecordWalker.sites()))
                .as("the walker's sites, against Hibernate Validator's metadata")
                .isEqualTo(declared);
        assertThat(RecordWalker.sites()).doesNotHaveDuplicates();
    }

    /** Every class and interface of the model packages, generated implementations included. */
    private static List<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ProjectRecord.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String name : MODEL_PACKAGES) {
            Path directory = root.resolve("org/terrinclus/" + name);
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(p -> p.toString().endsWith(".class"))
                        .sorted()
                        .collect(Collectors.toList());
            }
            for (Path file : files) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(
                        "org.terrinclus." + name + "." + simple, false, ProjectRecord.class.getClassLoader());
                if (!type.isAnnotation() && !type.isAnonymousClass()) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** What Hibernate Validator applies on a type, in the form of {@link RecordWalker#sites()}. */
    private Set<String> sites(Class<?> type) {
        Set<String> sites = new TreeSet<>();
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        String name = modelName(type);
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            sites.add(describe(type, name + ".<class>", constraint));
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String place = name + "." + property.getPropertyName();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                sites.add(describe(type, place, constraint));
            }
            if (property.isCascaded()) {
                sites.add(place + " @Valid");
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                String elementPlace = place + "<element>";
                for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                    sites.add(describe(type, elementPlace, constraint));
                }
                if (element.isCascaded()) {
                    sites.add(elementPlace + " @Valid");
                }
                // The walker knows one level of container elements: List<X> and Optional<X>.
                assertThat(element.getConstrainedContainerElementTypes())
                        .as("nested container elements in " + elementPlace)
                        .isEmpty();
            }
        }
        return sites;
    }

    /** The model interface a generated {@code ImmutableX} implements, else the type itself. */
    private static String modelName(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String simple = outer.getSimpleName();
        if (simple.startsWith("Immutable")) {
            String model = simple.substring("Immutable".length());
            for (Class<?> implemented : outer.getInterfaces()) {
                if (implemented.getSimpleName().equals(model)) {
                    return model;
                }
            }
        }
        return type == outer
                ? simple
                : type.getName().substring(type.getPackageName().length() + 1);
    }

    private static String describe(Class<?> type, String place, ConstraintDescriptor<?> constraint) {
        // On a generated ImmutableX, a default constraint of X is also in X's implicit group.
        Set<Class<?>> groups = new HashSet<>(constraint.getGroups());
        groups.removeIf(group -> group != Default.class && group.isAssignableFrom(type));
        String group;
        if (groups.equals(Set.of(Default.class))) {
            group = "Default";
        } else if (groups.equals(Set.of(PublicationRules.class))) {
            group = "PublicationRules";
        } else {
            group = groups.toString();
        }
        Class<?> annotation = constraint.getAnnotation().annotationType();
        boolean standard = annotation.getPackageName().equals("jakarta.validation.constraints");
        return place + " @" + annotation.getSimpleName() + " " + group + " "
                + Severity.of(constraint.getPayload()).getCode()
                + (standard ? " " + constraint.getMessageTemplate() : "");
    }
}
