package org.terrinclus.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrinclus.render.testing.HostileRecords;

class LinksTest {

    static final java.util.List<String> BAD = HostileRecords.BAD_ADDRESSES;

    @ParameterizedTest
    @FieldSource("BAD")
    void onlyWebAddressesBecomeLinks(String address) {
        assertThat(Links.web(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "ftp://example.org/x", "file:///etc/passwd", "https://", "mailto:a@b.org", "example.org"})
    void otherSchemesAndRelativeAddressesAreText(String address) {
        assertThat(Links.web(address)).isEmpty();
    }

    @Test
    void webAddresses() {
        assertThat(Links.web("https://example.org/fiche?a=1&b=2")).contains("https://example.org/fiche?a=1&b=2");
        assertThat(Links.web("HTTP://example.org")).contains("HTTP://example.org");
        assertThat(Links.web("https://exemple.fr/coopération")).contains("https://exemple.fr/coop%C3%A9ration");
    }

    @Test
    void mailAddresses() {
        assertThat(Links.mail("cooperation@aude.fr")).contains("mailto:cooperation@aude.fr");
        assertThat(Links.mail("x@example.org?subject=<script>")).isEmpty();
        assertThat(Links.mail("\"><script>@example.org")).isEmpty();
        assertThat(Links.mail("no-at-sign")).isEmpty();
        assertThat(Links.mail("a@b@c")).isEmpty();
        assertThat(Links.mail("a b@c.org")).isEmpty();
    }
}
