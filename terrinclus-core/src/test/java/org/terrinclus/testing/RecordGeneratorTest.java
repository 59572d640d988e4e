package org.terrinclus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.format.Field;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.project.ProjectRecord;

/** The generator covers what real sheets hold, in records of realistic size. */
class RecordGeneratorTest {

    private static List<ProjectRecord> records() {
        List<ProjectRecord> records = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            records.add(new RecordGenerator(seed).next());
        }
        return records;
    }

    @Test
    void everyFieldOfTheFormatIsGenerated() {
        Set<String> filled = new TreeSet<>();
        for (ProjectRecord record : records()) {
            collect(Format.RECORD, record, filled);
        }
        Set<String> all = new TreeSet<>();
        for (ObjectType<?> type : Format.types()) {
            type.getFields().forEach(f -> all.add(type.getName() + "." + f.getName()));
        }
        all.removeAll(filled);

        assertThat(all).as("fields of the format no generated record fills").isEmpty();
    }

    /** Notes which fields of a value, and of the objects inside it, hold something. */
    private static <T> void collect(ObjectType<T> type, T value, Set<String> filled) {
        for (Field<T, ?> field : type.getFields()) {
            List<?> values = field.values(value);
            if (!values.isEmpty() || field.getDefault().isPresent()) {
                filled.add(type.getName() + "." + field.getName());
            }
            if (field.getType() instanceof ObjectType) {
                for (Object item : values) {
                    collectUnchecked((ObjectType<?>) field.getType(), item, filled);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void collectUnchecked(ObjectType<T> type, Object value, Set<String> filled) {
        collect(type, (T) value, filled);
    }

    @Test
    void recordsAreOfRealisticSize() {
        // About the size of the JSON form: names, values, punctuation (toString is short, for logs).
        IntSummaryStatistics sizes =
                records().stream().mapToInt(r -> size(Format.RECORD, r)).summaryStatistics();

        assertThat(sizes.getMin()).isGreaterThanOrEqualTo(3_000);
        assertThat(sizes.getMax()).isLessThanOrEqualTo(12_000);
    }

    /** About the size of a value's JSON form: each present field's name and each value's text. */
    private static <T> int size(ObjectType<T> type, T value) {
        int size = 2;
        for (Field<T, ?> field : type.getFields()) {
            List<?> values = field.values(value);
            if (values.isEmpty()) {
                continue;
            }
            size += field.getName().length() + 4;
            for (Object item : values) {
                size += field.getType() instanceof ObjectType
                        ? sizeUnchecked((ObjectType<?>) field.getType(), item)
                        : String.valueOf(item).length() + 3;
            }
        }
        return size;
    }

    @SuppressWarnings("unchecked")
    private static <T> int sizeUnchecked(ObjectType<T> type, Object value) {
        return size(type, (T) value);
    }

    @Test
    void recordsCoverTheVarietyOfTheSheets() {
        List<ProjectRecord> records = records();

        assertThat(records).anyMatch(r -> r.getLead().get().getOperator().isPresent());
        assertThat(records).anyMatch(r -> r.getLead().get().getOperator().isEmpty());
        assertThat(records)
                .allMatch(r -> r.getPartners().size() >= 1 && r.getPartners().size() <= 9);
        assertThat(records).anyMatch(r -> r.getPartners().size() >= 8);
        assertThat(records).anyMatch(r -> !r.getPartnerCountries().isEmpty());
        assertThat(records).anyMatch(r -> r.getPartnersDescription().isPresent());
        assertThat(records).allMatch(r -> r.getKeyFigures().size() == 3);
        assertThat(records)
                .allMatch(r -> r.getKeyFigures().stream().anyMatch(f -> f.getKind() == FigureKind.TOTAL_COST));
        assertThat(records)
                .anyMatch(r -> r.getKeyFigures().stream()
                        .anyMatch(f -> f.getKind() == FigureKind.TOTAL_COST
                                && f.getMultiplier().intValue() == 1_000_000));
        assertThat(records).anyMatch(r -> r.getFunding().size() == 2);
        assertThat(records)
                .allMatch(r -> r.getFunding().size() >= 1 && r.getFunding().size() <= 2);
        assertThat(records)
                .anyMatch(r -> r.getFunding().stream()
                        .flatMap(p -> p.getContributions().stream())
                        .anyMatch(c -> c.getKind() == ContributionKind.NOT_EVALUABLE));
        assertThat(records)
                .anyMatch(r -> r.getFunding().stream()
                        .flatMap(p -> p.getContributions().stream())
                        .anyMatch(c -> c.getKind() == ContributionKind.TO_BE_RAISED));
        assertThat(records)
                .anyMatch(r -> r.getFunding().stream()
                        .flatMap(p -> p.getContributions().stream())
                        .anyMatch(c -> c.getPeriod().isPresent()));
        assertThat(records).anyMatch(r -> !r.getCosts().isEmpty());
        assertThat(records).anyMatch(r -> !r.getSdgTargets().isEmpty());
        assertThat(records).anyMatch(r -> r.getDates().get().getEnd().isEmpty());
        assertThat(records).anyMatch(r -> !r.getResources().isEmpty());
        assertThat(records).anyMatch(r -> !r.getPhotoCredits().isEmpty());
        assertThat(records).allMatch(r -> !r.getContacts().isEmpty());
        assertThat(records)
                .anyMatch(r -> r.getNarrative().get().getContext().get().contains("é"));
        assertThat(records.stream().map(ProjectRecord::getId).distinct().count())
                .isEqualTo(records.size());
    }

    @Test
    void successiveRecordsOfOneGeneratorDiffer() {
        RecordGenerator generator = new RecordGenerator(1);

        assertThat(generator.next()).isNotEqualTo(generator.next());
    }
}
