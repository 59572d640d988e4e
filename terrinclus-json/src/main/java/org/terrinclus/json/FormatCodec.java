package org.terrinclus.json;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.terrinclus.format.ObjectType;
import org.terrinclus.validation.Finding;

/**
 * The format's reader and writer over the seam of {@link Tokens} and {@link TokenWriter}, for
 * adapters of another parser generation: the {@code terrinclus-jackson3} module drives it with
 * a Jackson 3 parser, so that there is one reader of the format and one writer, and the same
 * findings whatever the parser. Applications use {@link TerrinclusJson} or a Jackson module.
 */
public final class FormatCodec {

    private final TerrinclusJson json;

    private FormatCodec(TerrinclusJson json) {
        this.json = json;
    }

    /** A codec reading in the given mode, within the given limits. */
    public static FormatCodec of(ReadMode mode, JsonLimits limits) {
        return new FormatCodec(TerrinclusJson.of(mode, limits));
    }

    /**
     * Reads the value the tokens are on, as an object of the given type; a parser's
     * {@link Tokens.Failure} and an exceeded limit become findings, as with
     * {@link TerrinclusJson}. Afterwards the tokens are on the value's last token, or where the
     * parser failed.
     *
     * @param tokens tokens on the first token of the value
     * @param type the type to read
     * @return the value, if it could be read, and every finding
     * @throws IOException when the source itself fails (not for bad JSON)
     */
    public <T> Decoded<T> read(Tokens tokens, ObjectType<T> type) throws IOException {
        ReadContext c = new ReadContext(tokens, json.mode(), json.limits(), 0, 0);
        T value = null;
        boolean wrongType = false;
        try {
            value = RecordDecoder.object(c, type);
        } catch (ReadContext.TypeMismatch e) {
            wrongType = true;
            c.error(
                    JsonRules.TYPE,
                    "Attendu un objet ; trouvé " + ReadContext.describeFr(tokens.current()) + ".",
                    "Expected an object; found " + ReadContext.describeEn(tokens.current()) + ".");
        } catch (Tokens.Failure e) {
            RecordReading.report(c, e.getKind(), e.getDetail(), e.getLocation());
        } catch (ReadContext.LimitExceeded e) {
            RecordReading.report(c, Tokens.FailureKind.LIMIT, e.getMessage(), tokens.location());
        }
        return new Decoded<>(c.errorCount() == 0 ? value : null, c.findings(), wrongType);
    }

    /**
     * Writes a value in the format.
     *
     * @param out where the tokens go
     * @param type the value's type
     * @param value the value
     * @throws IOException if writing fails
     */
    public <T> void write(TokenWriter out, ObjectType<T> type, T value) throws IOException {
        json.encoder().object(out, type, value);
    }

    /**
     * What reading one value gave: the value, when no finding is an error, and the findings.
     *
     * @param <T> the value's type
     */
    public static final class Decoded<T> {
        private final T value;
        private final List<Finding> findings;
        private final boolean wrongType;

        Decoded(T value, List<Finding> findings, boolean wrongType) {
            this.value = value;
            this.findings = List.copyOf(findings);
            this.wrongType = wrongType;
        }

        /** The value; empty when an error prevented reading it. */
        public Optional<T> getValue() {
            return Optional.ofNullable(value);
        }

        /** Every finding, in the order met. */
        public List<Finding> getFindings() {
            return findings;
        }

        /** Whether the value was not a JSON object at all. */
        public boolean isWrongType() {
            return wrongType;
        }

        @Override
        public String toString() {
            return "Decoded{read=" + (value != null) + ", findings=" + findings + "}";
        }
    }

    @Override
    public String toString() {
        return "FormatCodec{" + json.mode() + "}";
    }
}
