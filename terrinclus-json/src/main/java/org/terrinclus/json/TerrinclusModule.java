package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import org.terrinclus.validation.Finding;

/**
 * A Jackson module that reads and writes every Terrinclus type in the Terrinclus JSON format,
 * for applications that already have an {@code ObjectMapper}. It is found by
 * {@code ObjectMapper.findAndRegisterModules()}, or registered by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new TerrinclusModule());
 * ProjectRecord record = mapper.readValue(json, ProjectRecord.class);
 * }</pre>
 *
 * <p>It reads strictly: a record with problems fails with a {@code MismatchedInputException}
 * whose message lists every finding, and which is a {@link ReadFailure} that holds them. The mapper's own parser limits apply. To get findings
 * rather than exceptions, use {@link TerrinclusJson}.
 */
public final class TerrinclusModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module that reads strictly: unknown fields are errors. */
    public TerrinclusModule() {
        this(ReadMode.STRICT);
    }

    /** A module that reads in the given mode. */
    public TerrinclusModule(ReadMode mode) {
        super("terrinclus", Version.unknownVersion());
        TerrinclusJson json = TerrinclusJson.of(mode, JsonLimits.defaults());
        RecordEncoder encoder = json.encoder();
        for (ObjectType<?> type : Format.types()) {
            object(type, json, encoder);
        }
        code(Country.class, Country::getCode, Country::of);
        code(Thematic.class, Thematic::getCode, Thematic::of);
        code(SdgTarget.class, SdgTarget::getCode, SdgTarget::of);
        code(RecommendationFamily.class, RecommendationFamily::getCode, RecommendationFamily::fromCode);
        code(OrganisationKind.class, OrganisationKind::getCode, OrganisationKind::fromCode);
        code(IdentifierScheme.class, IdentifierScheme::getCode, IdentifierScheme::fromCode);
        code(ContributionKind.class, ContributionKind::getCode, ContributionKind::fromCode);
        code(FigureKind.class, FigureKind::getCode, FigureKind::fromCode);
        addSerializer(SdgGoal.class, new JsonSerializer<>() {
            @Override
            public void serialize(SdgGoal goal, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeNumber(goal.getNumber());
            }
        });
        addDeserializer(SdgGoal.class, new JsonDeserializer<>() {
            @Override
            public SdgGoal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return (SdgGoal) ctxt.handleUnexpectedToken(SdgGoal.class, p);
                }
                try {
                    return SdgGoal.of(p.getIntValue());
                } catch (IllegalArgumentException ex) {
                    return (SdgGoal) ctxt.handleWeirdNumberValue(SdgGoal.class, p.getNumberValue(), ex.getMessage());
                }
            }
        });
    }

    private <T> void object(ObjectType<T> format, TerrinclusJson json, RecordEncoder encoder) {
        Class<T> type = format.getJavaType();
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                encoder.object(g, format, value);
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                ReadContext c =
                        new ReadContext(new JacksonTokens(p, json.plainFactory()), json.mode(), json.limits(), 0, 0);
                T value;
                try {
                    value = RecordDecoder.object(c, format);
                } catch (ReadContext.TypeMismatch ex) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                } catch (JsonProcessingException | ReadContext.LimitExceeded | CharConversionException ex) {
                    // What stops the parser inside a record is a finding, as with TerrinclusJson.
                    RecordReading.reportFailure(c, p, ex);
                    value = null;
                }
                if (c.errorCount() > 0 || value == null) {
                    throw new FindingsException(p, type, c.findings());
                }
                return value;
            }
        });
    }

    /** What the module throws for a record with errors: every finding, in the message and as data. */
    static final class FindingsException extends MismatchedInputException implements ReadFailure {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> findings;

        FindingsException(JsonParser p, Class<?> type, List<Finding> findings) {
            super(p, RecordReadException.describe(findings), type);
            this.findings = List.copyOf(findings);
        }

        @Override
        public List<Finding> getFindings() {
            return findings;
        }
    }

    private <T> void code(Class<T> type, Function<T, String> toCode, Function<String, T> fromCode) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(toCode.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                try {
                    return fromCode.apply(p.getText());
                } catch (IllegalArgumentException ex) {
                    return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), "%s", ex.getMessage()));
                }
            }
        });
    }
}
