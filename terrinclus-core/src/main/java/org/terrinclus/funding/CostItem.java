package org.terrinclus.funding;

import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.internal.Writable;

/** A row of a cost table: a category of expense and, if printed, its amount. */
@Value.Immutable
public interface CostItem extends Extensible {

    /** The category as printed, as "Transport" or "Dépenses de personnel". */
    String getCategory();

    /** The amount; absent when the sheet leaves the cell blank. */
    Optional<Money> getAmount();

    /** Invariant, checked at construction: no lone surrogate in any text, no unknown field that could not be written back. */
    @Value.Check
    default void checkWritable() {
        Writable.text("category", getCategory());
        Writable.unknownFields(CostItem.class, getUnknownFields());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** A category with its amount. */
    static CostItem of(String category, Money amount) {
        return builder().category(category).amount(amount).build();
    }

    /** Builds a {@link CostItem}; the category is required. */
    final class Builder extends ImmutableCostItem.Builder {
        Builder() {}
    }
}
