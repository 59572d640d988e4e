package org.terrinclus.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.terrinclus.organisation.Organisation;
import org.terrinclus.organisation.OrganisationKind;

class FundingTablesTest {

    private static final Organisation F2C = Organisation.of("F2C", OrganisationKind.ASSOCIATION);
    private static final Organisation EU = Organisation.of("Union européenne", OrganisationKind.INTERNATIONAL_BODY);

    @Test
    void contributionKindsAndTheirAmounts() {
        Contribution amount = Contribution.of(EU, Money.eur(51621));
        Contribution inKind = Contribution.notEvaluable(F2C);
        Contribution toRaise = Contribution.toBeRaised(Money.eur(717924));

        assertThat(amount.getKind()).isEqualTo(ContributionKind.AMOUNT);
        assertThat(inKind.getAmount()).isEmpty();
        assertThat(toRaise.getFunder()).isEmpty();
        assertThat(toRaise.getAmount()).contains(Money.eur(717924));
    }

    @Test
    void notEvaluableHasNoAmount() {
        assertThatThrownBy(() -> Contribution.builder()
                        .funder(F2C)
                        .kind(ContributionKind.NOT_EVALUABLE)
                        .amount(Money.eur(1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-evaluable");
    }

    @Test
    void anAmountRowNeedsAnAmount() {
        assertThatThrownBy(() -> Contribution.builder()
                        .funder(F2C)
                        .kind(ContributionKind.AMOUNT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an amount");
    }

    @Test
    void aPeriodIsPositive() {
        assertThatThrownBy(() -> Contribution.builder()
                        .from(Contribution.of(EU, Money.eur(1)))
                        .period(Period.ZERO)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThat(Contribution.builder()
                        .from(Contribution.of(EU, Money.eur(51621)))
                        .period(Period.ofMonths(24))
                        .build()
                        .getPeriod())
                .contains(Period.ofMonths(24));
    }

    @Test
    void computedTotalAddsAmountsAndAmountsToRaiseButNotRowsInKind() {
        FundingPlan plan = FundingPlan.builder()
                .addContributions(Contribution.of(EU, Money.eur("2594653")))
                .addContributions(Contribution.notEvaluable(F2C))
                .addContributions(Contribution.toBeRaised(Money.eur("717924")))
                .declaredTotal(Money.eur(3311303))
                .build();
        assertThat(plan.computeTotal()).contains(Money.eur(3312577));
        assertThat(plan.getDeclaredTotal()).contains(Money.eur(3311303));
    }

    @Test
    void anEmptyTableHasNoComputedTotal() {
        assertThat(FundingPlan.builder().build().computeTotal()).isEmpty();
        assertThat(CostBreakdown.builder().build().computeTotal()).isEmpty();
    }

    @Test
    void costTablesSkipBlankCells() {
        CostBreakdown site = CostBreakdown.builder()
                .label("Premier chantier")
                .addItems(CostItem.builder().category("Formation").build())
                .addItems(CostItem.of("Transport", Money.eur(7200)))
                .addItems(CostItem.of("Administration / Santé", Money.eur(5000)))
                .build();
        assertThat(site.computeTotal()).contains(Money.eur(12200));
        assertThat(site.getItems().get(0).getAmount()).isEmpty();
    }

    @Test
    void mixedCurrenciesCannotBeSummed() {
        FundingPlan plan = FundingPlan.builder()
                .addContributions(Contribution.of(EU, Money.eur(1)))
                .addContributions(Contribution.of(F2C, Money.of("1", "XOF")))
                .build();
        assertThatThrownBy(plan::computeTotal).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsByValue() {
        assertThat(Contribution.of(EU, Money.eur("10.0"))).isEqualTo(Contribution.of(EU, Money.eur(10)));
        assertThat(Contribution.of(EU, Money.eur(10)).hashCode())
                .isEqualTo(Contribution.of(EU, Money.eur(10)).hashCode());
        assertThat(Contribution.of(EU, Money.eur(10)).toString())
                .contains("Union européenne")
                .contains("10 EUR");
    }
}
