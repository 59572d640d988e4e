package org.terrinclus.iati.testing;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema, read from beside the repository ({@code
 * ../shared/ref/iati/}) and never copied into it. Where it is absent, tests that need it are
 * skipped with a message saying how to point them at it; in CI ({@code CI=true}) its absence is a
 * failure.
 */
public final class IatiSchema {

    /** The system property naming the schema file. */
    public static final String PROPERTY = "terrinclus.iati.schema";

    /** The environment variable naming the schema file, when the property is not set. */
    public static final String ENV = "TERRINCLUS_IATI_SCHEMA";

    private static Schema schema;

    private IatiSchema() {}

    /** The schema's file, from the property, the environment, or beside the repository. */
    public static Path location() {
        String given = System.getProperty(PROPERTY);
        if (given == null || given.isBlank()) {
            given = System.getenv(ENV);
        }
        if (given != null && !given.isBlank() && Files.isRegularFile(Path.of(given))) {
            return Path.of(given);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate =
                    dir.resolve("../shared/ref/iati/iati-activities-schema.xsd").normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("../shared/ref/iati/iati-activities-schema.xsd");
    }

    /** The compiled schema, or the test is skipped (failed in CI) when it is absent. */
    public static synchronized Schema schema() throws Exception {
        if (schema == null) {
            Path file = location();
            if (!Files.isRegularFile(file)) {
                String message = "The official IATI 2.03 schema is not at " + file.toAbsolutePath()
                        + ": set -D" + PROPERTY + "=/path/to/iati-activities-schema.xsd (or the environment"
                        + " variable " + ENV + ") to run this test; it needs iati-common.xsd and xml.xsd beside it.";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(message);
                }
                Assumptions.abort(message);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schema = factory.newSchema(file.toFile());
        }
        return schema;
    }

    /** Every schema error of a document, as "line:column message"; empty when it is valid. */
    public static List<String> errors(byte[] xml) throws Exception {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            // reported through the handler
        }
        return errors;
    }
}
