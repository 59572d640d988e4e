package org.terrinclus.spreadsheet.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.terrinclus.country.Country;
import org.terrinclus.format.ScalarType;
import org.terrinclus.format.Scalars;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;

/**
 * The codes a field takes, with their French and English labels: the code lists of the format's
 * description, and, for countries, currencies and SDGs (whose description is a pattern), the
 * core's reference data. For the drop-down lists of a template, and to read a label a person
 * picked or typed ("Jeunesse", "Département", "Tunisie") as its code.
 */
public final class CodeLists {

    /** One code and its labels. */
    public static final class Code {
        private final String code;
        private final String french;
        private final String english;

        Code(String code, String french, String english) {
            this.code = code;
            this.french = french;
            this.english = english;
        }

        public String getCode() {
            return code;
        }

        public String getLabel(boolean inFrench) {
            return inFrench ? french : english;
        }
    }

    private static final Map<String, List<Code>> LISTS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> LOOKUPS = new ConcurrentHashMap<>();

    private CodeLists() {}

    /** The name of the code list a field takes its values from, if any. */
    public static Optional<String> listOf(Field field) {
        ScalarType<?> scalar = field.getScalar();
        if (scalar == null) {
            return Optional.empty();
        }
        if (scalar == Scalars.COUNTRY) {
            return Optional.of("country");
        }
        if (scalar == Scalars.CURRENCY) {
            return Optional.of("currency");
        }
        if (scalar == Scalars.SDG_GOAL) {
            return Optional.of("sdg-goal");
        }
        if (scalar == Scalars.SDG_TARGET) {
            return Optional.of("sdg-target");
        }
        if (!scalar.getCodes().isEmpty()) {
            // Named by its English title, in lower case: "contribution-kind".
            String name = scalar.getText()
                    .title(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-");
            LISTS.computeIfAbsent(name, n -> described(scalar));
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /** The codes of a list, with their labels. */
    public static List<Code> codes(String list) {
        return LISTS.computeIfAbsent(list, CodeLists::reference);
    }

    /**
     * The code a person meant: the code itself, or one of its labels in French or English, in any
     * case and with or without accents; empty if the text names none.
     */
    public static Optional<String> code(String list, String text) {
        Map<String, String> lookup = LOOKUPS.computeIfAbsent(list, l -> {
            Map<String, String> map = new HashMap<>();
            for (Code code : codes(l)) {
                map.putIfAbsent(key(code.code), code.code);
            }
            for (Code code : codes(l)) {
                map.putIfAbsent(key(code.french), code.code);
                map.putIfAbsent(key(code.english), code.code);
            }
            if (l.equals("currency")) {
                map.put(key("€"), "EUR");
                map.put(key("euro"), "EUR");
                map.put(key("euros"), "EUR");
            }
            return map;
        });
        return Optional.ofNullable(lookup.get(key(text)));
    }

    private static List<Code> described(ScalarType<?> scalar) {
        List<Code> codes = new ArrayList<>();
        for (ScalarType.Code code : scalar.getCodes()) {
            codes.add(new Code(code.code(), code.labelFr(), code.labelEn()));
        }
        return codes;
    }

    private static List<Code> reference(String list) {
        List<Code> codes = new ArrayList<>();
        switch (list) {
            case "country":
                for (Country country : Country.all()) {
                    codes.add(new Code(
                            country.getCode(), country.getLabel(Locale.FRENCH), country.getLabel(Locale.ENGLISH)));
                }
                break;
            case "currency":
                codes.add(new Code("EUR", "EUR", "EUR")); // first: most amounts are in euros
                List<Currency> currencies = new ArrayList<>(Currency.getAvailableCurrencies());
                currencies.sort(Comparator.comparing(Currency::getCurrencyCode));
                for (Currency currency : currencies) {
                    if (!currency.getCurrencyCode().equals("EUR")) {
                        codes.add(new Code(
                                currency.getCurrencyCode(), currency.getCurrencyCode(), currency.getCurrencyCode()));
                    }
                }
                break;
            case "sdg-goal":
                for (SdgGoal goal : SdgGoal.values()) {
                    String number = Integer.toString(goal.getNumber());
                    codes.add(new Code(
                            number,
                            number + " – " + goal.getShortName(Locale.FRENCH),
                            number + " – " + goal.getShortName(Locale.ENGLISH)));
                }
                break;
            case "sdg-target":
                for (SdgTarget target : SdgTarget.all()) {
                    codes.add(new Code(target.getCode(), target.getCode(), target.getCode()));
                }
                break;
            default:
                throw new IllegalArgumentException("No code list " + list);
        }
        return codes;
    }

    /** Case, accents and spacing do not matter when matching a label. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .replaceAll("[\\s\u00a0\u202f]+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
