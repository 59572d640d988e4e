package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;
import org.terrinclus.validation.ValidationReport;

/**
 * Findings and validation reports as JSON, in one language, in the shape the command-line tool's
 * {@code --format json} writes and the Spring Boot starters answer:
 *
 * <pre>{@code
 * {"rule":"funding.total.mismatch","severity":"error","path":"/funding/0/declaredTotal",
 *  "message":"…","line":3,"column":5}
 * {"valid":false,"errors":1,"warnings":0,"infos":0,"findings":[…]}
 * }</pre>
 *
 * <p>{@code line} and {@code column} are present only when known (findings of reading JSON text).
 */
public final class FindingsJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private FindingsJson() {}

    /**
     * One finding as an ordered map of JSON values (strings and integers), for hosts that build
     * their own documents, such as a problem detail.
     *
     * @param finding the finding
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return an unmodifiable map with rule, severity, path, message, and line and column when known
     */
    public static Map<String, Object> toMap(Finding finding, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rule", finding.getRule());
        map.put("severity", finding.getSeverity().getCode());
        map.put("path", finding.getPath());
        map.put("message", finding.getMessage(locale));
        finding.getLine().ifPresent(line -> map.put("line", line));
        finding.getColumn().ifPresent(column -> map.put("column", column));
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * One finding as a JSON object.
     *
     * @param finding the finding
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return compact JSON text
     */
    public static String write(Finding finding, Locale locale) {
        return text(g -> write(g, finding, locale));
    }

    /**
     * Findings as a JSON array of objects, in the given order.
     *
     * @param findings the findings
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return compact JSON text
     */
    public static String write(Collection<Finding> findings, Locale locale) {
        return text(g -> {
            g.writeStartArray();
            for (Finding finding : findings) {
                write(g, finding, locale);
            }
            g.writeEndArray();
        });
    }

    /**
     * A report as a JSON object: whether it is valid, its counts, and its findings.
     *
     * @param report the report
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @return compact JSON text
     */
    public static String write(ValidationReport report, Locale locale) {
        return text(g -> {
            g.writeStartObject();
            g.writeBooleanField("valid", report.isValid());
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("infos", report.count(Severity.INFO));
            g.writeFieldName("findings");
            g.writeStartArray();
            for (Finding finding : report.getFindings()) {
                write(g, finding, locale);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * Writes one finding as a JSON object with a generator the caller owns, for streamed output.
     *
     * @param g a jackson-core 2 generator, placed where a value may go
     * @param finding the finding
     * @param locale French if its language is {@code "fr"}, English otherwise
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator g, Finding finding, Locale locale) throws IOException {
        Objects.requireNonNull(finding, "finding");
        g.writeStartObject();
        for (Map.Entry<String, Object> field : toMap(finding, locale).entrySet()) {
            g.writeFieldName(field.getKey());
            if (field.getValue() instanceof Integer) {
                g.writeNumber((Integer) field.getValue());
            } else {
                g.writeString((String) field.getValue());
            }
        }
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static String text(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
