package org.terrinclus.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KeyFigureTest {

    private static KeyFigure totalCost(String value, long multiplier) {
        return KeyFigure.builder()
                .kind(FigureKind.TOTAL_COST)
                .value(new BigDecimal(value))
                .multiplier(BigDecimal.valueOf(multiplier))
                .unit("EUR")
                .label("Coût total")
                .build();
    }

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        KeyFigure millions = totalCost("1.7", 1_000_000);
        assertThat(millions.getValue()).isEqualTo(new BigDecimal("1.7"));
        assertThat(millions.getScaledValue()).isEqualByComparingTo("1700000");
        assertThat(millions.getPrecision()).isEqualByComparingTo("100000");
        assertThat(millions).isNotEqualTo(totalCost("1700000", 1));
        assertThat(totalCost("67000", 1).getPrecision()).isEqualByComparingTo("1000");
        assertThat(totalCost("2012", 1).getPrecision()).isEqualByComparingTo("1");
        assertThat(totalCost("19.6", 1).getPrecision()).isEqualByComparingTo("0.1");
    }

    @Test
    void matchesAnExactAmountAtItsPrecision() {
        assertThat(totalCost("67000", 1).matches(new BigDecimal("67159"))).isTrue();
        assertThat(totalCost("68000", 1).matches(new BigDecimal("67159"))).isFalse();
        assertThat(totalCost("1.7", 1_000_000).matches(new BigDecimal("1690650")))
                .isTrue();
        assertThat(totalCost("1.7", 1_000_000).matches(new BigDecimal("1790650")))
                .isFalse();
        assertThat(totalCost("148000", 1).matches(new BigDecimal("148000"))).isTrue();
        assertThat(totalCost("3349000", 1).matches(new BigDecimal("3349000"))).isTrue();
    }

    @Test
    void anAgeRangeHasAnUpperValue() {
        KeyFigure ages = KeyFigure.builder()
                .kind(FigureKind.AGE_RANGE)
                .value(BigDecimal.valueOf(16))
                .upperValue(BigDecimal.valueOf(25))
                .label("Tranche d'âge")
                .build();
        assertThat(ages.getUpperValue()).contains(BigDecimal.valueOf(25));
        assertThat(ages.getMultiplier()).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void invariants() {
        assertThatThrownBy(() -> KeyFigure.builder()
                        .kind(FigureKind.AGE_RANGE)
                        .value(BigDecimal.valueOf(25))
                        .upperValue(BigDecimal.valueOf(16))
                        .label("x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("25-16");
        assertThatThrownBy(() -> totalCost("1", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> KeyFigure.builder()
                        .kind(FigureKind.YEAR)
                        .value(new BigDecimal("2012.5"))
                        .label("x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() ->
                        KeyFigure.builder().kind(FigureKind.COUNT).label("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("value");
    }

    @Test
    void kindsHaveStableCodes() {
        assertThat(FigureKind.fromCode("total-cost")).isEqualTo(FigureKind.TOTAL_COST);
        assertThatThrownBy(() -> FigureKind.fromCode("cost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total-cost");
    }
}
