package org.terrinclus.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.terrinclus.core.Extensible;
import org.terrinclus.core.InvalidValueException;
import org.terrinclus.core.internal.Decimals;
import org.terrinclus.core.internal.Quoting;
import org.terrinclus.core.internal.Writable;

/**
 * One of a sheet's key figures (QUELQUES CHIFFRES): a value as written, its kind and its label.
 *
 * <p>The value keeps the precision it was written with: "1,7" million euros is a value of
 * {@code 1.7} with a multiplier of one million, which says the cost is known to the nearest
 * hundred thousand euros — not 1 700 000.00. Equality is by value and precision: {@code 1.7}
 * and {@code 1.70} differ.
 *
 * <pre>{@code
 * KeyFigure cost = KeyFigure.builder()
 *         .kind(FigureKind.TOTAL_COST)
 *         .value(new BigDecimal("1.7"))
 *         .multiplier(BigDecimal.valueOf(1_000_000))
 *         .unit("EUR")
 *         .label("Coût total du projet, en millions d'euros")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public interface KeyFigure extends Extensible {

    /** What the figure measures. */
    FigureKind getKind();

    /** The value as written, as 1.7 or 67000; the lower bound of a range. */
    BigDecimal getValue();

    /** The upper bound of a range ("16-25" has value 16 and upper value 25). */
    Optional<BigDecimal> getUpperValue();

    /** The factor the label applies to the value ("en millions"); one by default. */
    @Value.Default
    default BigDecimal getMultiplier() {
        return BigDecimal.ONE;
    }

    /** The unit: a currency code for money, "ha", "months", "years", "%"… */
    Optional<String> getUnit();

    /** What the figure counts, as printed beside it. */
    String getLabel();

    /** The value in units, multiplier applied: 1.7 million gives 1 700 000. */
    default BigDecimal getScaledValue() {
        return getValue().multiply(getMultiplier());
    }

    /**
     * The step of the last digit written, in units: 100 000 for "1,7" million, 1 000 for
     * "67 000" (trailing zeros of a whole number count as rounding), 1 for "2012".
     */
    default BigDecimal getPrecision() {
        BigDecimal value = getValue();
        int scale = value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
        return BigDecimal.ONE.movePointLeft(scale).multiply(getMultiplier());
    }

    /**
     * Whether an exact amount, rounded half-up to this figure's precision, gives this figure's
     * value: 67 159 matches "67 000"; 1 690 650 matches "1,7" million; 68 000 does not.
     */
    default boolean matches(BigDecimal exact) {
        BigDecimal step = getPrecision();
        BigDecimal rounded = exact.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        return rounded.compareTo(getScaledValue()) == 0;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    @Value.Check
    default KeyFigure check() {
        Writable.text("unit", getUnit());
        Writable.text("label", getLabel());
        Writable.unknownFields(KeyFigure.class, getUnknownFields());
        // Checked before normalising: setScale(0) on 1E+1000000000 would build a billion digits.
        Decimals.checkWritable(getValue());
        Decimals.checkWritable(getMultiplier());
        getUpperValue().ifPresent(Decimals::checkWritable);
        // 1E+3 and 1000 are written the same way in JSON: keep whole numbers at scale 0.
        if (getValue().scale() < 0
                || getMultiplier().scale() < 0
                || getUpperValue().map(v -> v.scale() < 0).orElse(false)) {
            return builder()
                    .from(this)
                    .value(wholeScale(getValue()))
                    .multiplier(wholeScale(getMultiplier()))
                    .upperValue(getUpperValue().map(KeyFigure::wholeScale))
                    .build();
        }
        if (getMultiplier().signum() <= 0) {
            throw new InvalidValueException(
                    "Le multiplicateur d'un chiffre clé est positif ; reçu " + Quoting.number(getMultiplier()) + ".",
                    "A key figure's multiplier must be positive, got " + Quoting.number(getMultiplier()));
        }
        getUpperValue().ifPresent(upper -> {
            if (upper.compareTo(getValue()) < 0) {
                throw new InvalidValueException(
                        "La borne haute d'une fourchette n'est pas sous sa valeur : " + Quoting.number(getValue()) + "-"
                                + Quoting.number(upper) + ".",
                        "A range's upper value must not be below its value: " + Quoting.number(getValue()) + "-"
                                + Quoting.number(upper));
            }
        });
        if (getKind() == FigureKind.YEAR && getValue().stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(
                    "Une année est un nombre entier ; reçu " + Quoting.number(getValue()) + ".",
                    "A year is a whole number, got " + Quoting.number(getValue()));
        }
        return this;
    }

    private static BigDecimal wholeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Builds a {@link KeyFigure}; kind, value and label are required. */
    final class Builder extends ImmutableKeyFigure.Builder {
        Builder() {}
    }
}
