package org.terrinclus.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;

class ProjectRecordTest {

    @Test
    void idAndTitleAreRequired() {
        assertThatThrownBy(() -> ProjectRecord.builder().id("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> ProjectRecord.builder().id(" ").title("t").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void aDraftMayHaveABlankTitleAndNothingElse() {
        ProjectRecord draft = ProjectRecord.builder().id("draft-1").title("").build();
        assertThat(draft.getLead()).isEmpty();
        assertThat(draft.getPartners()).isEmpty();
        assertThat(draft.getNarrative()).isEmpty();
    }

    @Test
    void listsAreImmutable() {
        ProjectRecord r = ProjectRecord.builder()
                .id("x")
                .title("t")
                .addPartners(Organisation.of("A", OrganisationKind.OTHER))
                .build();
        assertThatThrownBy(() -> r.getPartners().add(Organisation.of("B", OrganisationKind.OTHER)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> ProjectRecord.builder().id("x").title(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProjectRecord.builder().id("x").title("t").addPartners((Organisation) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDurationIsPositive() {
        assertThatThrownBy(() ->
                        ProjectDates.builder().duration(Period.ofYears(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThat(ProjectDates.builder().duration(Period.ofYears(4)).build().getDuration())
                .contains(Period.ofYears(4));
    }

    @Test
    void leadWithOperator() {
        Lead savoie = Lead.builder()
                .organisation(Organisation.of("Département de la Savoie", OrganisationKind.DEPARTEMENT))
                .operator(Organisation.of("Pays de Savoie Solidaires", OrganisationKind.ASSOCIATION))
                .build();
        assertThat(savoie.getOperator().map(Organisation::getName)).contains("Pays de Savoie Solidaires");
    }
}
