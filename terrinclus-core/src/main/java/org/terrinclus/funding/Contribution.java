package org.terrinclus.funding;

import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Writable;
import org.terrinclus.organisation.Organisation;

/**
 * A row of a funding table: who contributes, and what.
 *
 * <p>A row of kind {@link ContributionKind#AMOUNT} or {@link ContributionKind#TO_BE_RAISED} has
 * an amount; a {@link ContributionKind#NOT_EVALUABLE} row has none. An amount may cover a period
 * ("51 621 € sur 24 mois").
 */
@Value.Immutable
public interface Contribution extends Extensible {

    /** The funder; absent on a row of money still to be raised. */
    Optional<Organisation> getFunder();

    /** What the row holds. */
    ContributionKind getKind();

    /** The amount; present unless the contribution is not evaluable. */
    Optional<Money> getAmount();

    /** The period the amount covers, as 24 months. */
    Optional<Period> getPeriod();

    /** What the table prints beside the funder, as "formation, fonds propres et suivi". */
    Optional<String> getNote();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** A funder's contribution of a known amount. */
    static Contribution of(Organisation funder, Money amount) {
        return builder()
                .funder(funder)
                .kind(ContributionKind.AMOUNT)
                .amount(amount)
                .build();
    }

    /** A funder's contribution in kind, with no amount ("Non évaluable"). */
    static Contribution notEvaluable(Organisation funder) {
        return builder().funder(funder).kind(ContributionKind.NOT_EVALUABLE).build();
    }

    /** An amount still to be raised, with no funder yet ("Montant à mobiliser"). */
    static Contribution toBeRaised(Money amount) {
        return builder().kind(ContributionKind.TO_BE_RAISED).amount(amount).build();
    }

    @Value.Check
    default void check() {
        Writable.text("note", getNote());
        Writable.unknownFields(Contribution.class, getUnknownFields());
        if (getKind() == ContributionKind.NOT_EVALUABLE && getAmount().isPresent()) {
            throw new InvalidValueException(
                    "Une contribution « not-evaluable » n'a pas de montant : retirez « amount », ou utilisez le type"
                            + " « amount ».",
                    "A 'not-evaluable' contribution has no amount: remove 'amount', or use kind 'amount'.");
        }
        if (getKind() != ContributionKind.NOT_EVALUABLE && getAmount().isEmpty()) {
            throw new InvalidValueException(
                    "Une contribution de type « " + getKind().getCode() + " » a besoin d'un montant : ajoutez"
                            + " « amount », ou utilisez le type « not-evaluable » pour un apport en nature.",
                    "A contribution of kind '" + getKind().getCode() + "' needs an amount: add 'amount', or use"
                            + " kind 'not-evaluable' for a contribution in kind.");
        }
        getPeriod().ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                throw new InvalidValueException(
                        "La période d'une contribution est positive ; reçu " + p + ".",
                        "A contribution's period must be positive, got " + p);
            }
        });
    }

    /** Builds a {@link Contribution}; the kind is required. */
    final class Builder extends ImmutableContribution.Builder {
        Builder() {}
    }
}
