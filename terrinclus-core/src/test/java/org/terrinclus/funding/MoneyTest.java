package org.terrinclus.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsExactDecimals() {
        Money money = Money.eur("22124.13");
        assertThat(money.getAmount()).isEqualTo(new BigDecimal("22124.13"));
        assertThat(money.getCurrency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(money).hasToString("22124.13 EUR");
    }

    @Test
    void trailingZerosAreNotSignificant() {
        assertThat(Money.eur("100.00")).isEqualTo(Money.eur("100")).isEqualTo(Money.eur(100));
        assertThat(Money.eur("100.00").getAmount()).isEqualTo(new BigDecimal("100"));
        assertThat(Money.eur("1E+3").getAmount().toPlainString()).isEqualTo("1000");
        assertThat(Money.eur("0.00")).isEqualTo(Money.zero(Currency.getInstance("EUR")));
    }

    @Test
    void addsExactlyToTheCent() {
        assertThat(Money.eur("51621").plus(Money.eur("22124.13"))).isEqualTo(Money.eur("73745.13"));
        assertThat(Money.eur("0.1").plus(Money.eur("0.2"))).isEqualTo(Money.eur("0.3"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.eur(1).plus(Money.of("1", "XOF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("XOF");
        assertThatThrownBy(() -> Money.eur(1).compareTo(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Money.eur("-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative")
                .hasMessageContaining("-1");
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of("10", "EURO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("10", "ZZZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.eur("22 124,13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("22 124,13");
    }

    @Test
    void buildsThroughItsBuilder() {
        Money built = Money.builder()
                .amount(new BigDecimal("9125"))
                .currency(Currency.getInstance("EUR"))
                .build();
        assertThat(built).isEqualTo(Money.eur(9125));
    }

    @Test
    void ordersAmountsOfOneCurrency() {
        assertThat(Money.eur(2)).isGreaterThan(Money.eur("1.99"));
    }
}
