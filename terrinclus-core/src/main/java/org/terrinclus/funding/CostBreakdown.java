package org.terrinclus.funding;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/**
 * A cost table (LE COÛT DU PROJET): expenses by category, for one site or phase, and the total
 * the sheet declares.
 */
@Value.Immutable
public interface CostBreakdown extends Extensible {

    /** The site or phase, as "Premier chantier, Anèho (Togo)". */
    Optional<String> getLabel();

    /** The rows, in the order printed. */
    List<CostItem> getItems();

    /** The TOTAL the table prints. */
    Optional<Money> getDeclaredTotal();

    /**
     * The sum of the rows that have an amount, or empty if none has.
     *
     * @throws IllegalArgumentException if the rows mix currencies
     */
    default Optional<Money> computeTotal() {
        return getItems().stream()
                .map(CostItem::getAmount)
                .flatMap(Optional::stream)
                .reduce(Money::plus);
    }

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("label", getLabel());
        Writable.unknownFields(CostBreakdown.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CostBreakdown}. */
    final class Builder extends ImmutableCostBreakdown.Builder {
        Builder() {}
    }
}
