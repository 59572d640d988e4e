package org.terrinclus.funding;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/**
 * A funding table (LE FINANCEMENT DU PROJET): contributions by funder and the total the sheet
 * declares.
 *
 * <p>The declared total is a claim kept as printed; whether it equals the sum of the rows is for
 * validation to say ({@code funding.total.mismatch}).
 */
@Value.Immutable
public interface FundingPlan extends Extensible {

    /** The site or phase the table is for, when a record has several. */
    Optional<String> getLabel();

    /** The rows, in the order printed. */
    List<Contribution> getContributions();

    /** The TOTAL the table prints. */
    Optional<Money> getDeclaredTotal();

    /**
     * The sum of the rows that have an amount (amounts and amounts still to be raised; rows not
     * evaluable are left out), or empty if no row has an amount.
     *
     * @throws IllegalArgumentException if the rows mix currencies
     */
    default Optional<Money> computeTotal() {
        return getContributions().stream()
                .map(Contribution::getAmount)
                .flatMap(Optional::stream)
                .reduce(Money::plus);
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("label", getLabel());
        Writable.unknownFields(FundingPlan.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FundingPlan}. */
    final class Builder extends ImmutableFundingPlan.Builder {
        Builder() {}
    }
}
