package org.terrinclus.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.terrinclus.funding.Money;

class TextTest {

    @Test
    void frenchAmountsHaveNarrowNoBreakSpacesBetweenGroupsAndANoBreakSpaceBeforeTheCurrency() {
        assertThat(Text.money(Money.eur("22124.13"), Locale.FRENCH)).isEqualTo("22\u202F124,13\u00A0€");
        assertThat(Text.money(Money.eur(2_594_653), Locale.FRENCH)).isEqualTo("2\u202F594\u202F653\u00A0€");
        assertThat(Text.money(Money.eur(9_125), Locale.FRENCH)).isEqualTo("9\u202F125\u00A0€");
        assertThat(Text.money(Money.eur(500), Locale.FRENCH)).isEqualTo("500\u00A0€");
        assertThat(Text.money(Money.of("1500000", "XOF"), Locale.FRENCH)).isEqualTo("1\u202F500\u202F000\u00A0FCFA");
        assertThat(Text.money(Money.of("10", "CHF"), Locale.FRENCH)).isEqualTo("10\u00A0CHF");
    }

    @Test
    void englishAmounts() {
        assertThat(Text.money(Money.eur("22124.13"), Locale.ENGLISH)).isEqualTo("€22,124.13");
        assertThat(Text.money(Money.of("1500000", "XOF"), Locale.ENGLISH)).isEqualTo("1,500,000\u00A0FCFA");
    }

    @Test
    void centsOnlyWhenThereAreSomeAndNeverRounded() {
        assertThat(Text.number(new BigDecimal("12.5"), Locale.FRENCH)).isEqualTo("12,50");
        assertThat(Text.number(new BigDecimal("12.00"), Locale.FRENCH)).isEqualTo("12");
        assertThat(Text.number(new BigDecimal("0.125"), Locale.FRENCH)).isEqualTo("0,125");
        assertThat(Text.number(new BigDecimal("1E+3"), Locale.ENGLISH)).isEqualTo("1,000");
        assertThat(Text.number(new BigDecimal("-1234.5"), Locale.FRENCH)).isEqualTo("-1\u202F234,50");
        assertThat(Text.money(new BigDecimal("-1000"), Currency.getInstance("EUR"), Locale.FRENCH))
                .isEqualTo("-1\u202F000\u00A0€");
    }
}
