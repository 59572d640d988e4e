package org.terrinclus.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.terrinclus.country.Country;
import org.terrinclus.figure.FigureKind;
import org.terrinclus.format.Format;
import org.terrinclus.format.ObjectType;
import org.terrinclus.funding.ContributionKind;
import org.terrinclus.json.FormatCodec;
import org.terrinclus.json.JsonLimits;
import org.terrinclus.json.ReadMode;
import org.terrinclus.organisation.IdentifierScheme;
import org.terrinclus.organisation.OrganisationKind;
import org.terrinclus.recommendation.RecommendationFamily;
import org.terrinclus.sdg.SdgGoal;
import org.terrinclus.sdg.SdgTarget;
import org.terrinclus.thematic.Thematic;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 ({@code tools.jackson}) module that reads and writes every Terrinclus type in the
 * Terrinclus JSON format, as {@code TerrinclusModule} does for Jackson 2: the same reader and
 * writer, the same findings, with the lines and columns of the text the mapper reads. It is
 * found by {@code JsonMapper.builder().findAndAddModules()}, or added by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TerrinclusJackson3Module()).build();
 * ProjectRecord record = mapper.readValue(json, ProjectRecord.class);
 * }</pre>
 *
 * <p>It reads strictly: a record with problems fails with a {@link RecordMismatchException}
 * holding every finding. The mapper's own parser limits apply.
 */
public final class TerrinclusJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module that reads strictly: unknown fields are errors. */
    public TerrinclusJackson3Module() {
        this(ReadMode.STRICT);
    }

    /** A module that reads in the given mode. */
    public TerrinclusJackson3Module(ReadMode mode) {
        super("terrinclus", Version.unknownVersion());
        FormatCodec codec = FormatCodec.of(mode, JsonLimits.defaults());
        for (ObjectType<?> type : Format.types()) {
            object(type, codec);
        }
        code(Country.class, Country::getCode, Country::of);
        code(Thematic.class, Thematic::getCode, Thematic::of);
        code(SdgTarget.class, SdgTarget::getCode, SdgTarget::of);
        code(RecommendationFamily.class, RecommendationFamily::getCode, RecommendationFamily::fromCode);
        code(OrganisationKind.class, OrganisationKind::getCode, OrganisationKind::fromCode);
        code(IdentifierScheme.class, IdentifierScheme::getCode, IdentifierScheme::fromCode);
        code(ContributionKind.class, ContributionKind::getCode, ContributionKind::fromCode);
        code(FigureKind.class, FigureKind::getCode, FigureKind::fromCode);
        addSerializer(SdgGoal.class, new ValueSerializer<>() {
            @Override
            public void serialize(SdgGoal goal, JsonGenerator g, SerializationContext context) {
                g.writeNumber(goal.getNumber());
            }
        });
        addDeserializer(SdgGoal.class, new ValueDeserializer<>() {
            @Override
            public SdgGoal deserialize(JsonParser p, DeserializationContext context) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return (SdgGoal) context.handleUnexpectedToken(SdgGoal.class, p);
                }
                try {
                    return SdgGoal.of(p.getIntValue());
                } catch (IllegalArgumentException ex) {
                    return (SdgGoal) context.handleWeirdNumberValue(SdgGoal.class, p.getNumberValue(), ex.getMessage());
                }
            }
        });
    }

    private <T> void object(ObjectType<T> format, FormatCodec codec) {
        Class<T> type = format.getJavaType();
        addSerializer(type, new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext context) {
                try {
                    codec.write(new Jackson3Writer(g), format, value);
                } catch (IOException e) {
                    // The Jackson 3 writer throws only unchecked exceptions.
                    throw new UncheckedIOException(e);
                }
            }
        });
        addDeserializer(type, new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) {
                FormatCodec.Decoded<T> decoded;
                try {
                    decoded = codec.read(new Jackson3Tokens(p), format);
                } catch (IOException e) {
                    if (e.getCause() instanceof JacksonException) {
                        throw (JacksonException) e.getCause();
                    }
                    throw new UncheckedIOException(e);
                }
                if (decoded.getValue().isPresent()) {
                    return decoded.getValue().get();
                }
                throw new RecordMismatchException(p, type, decoded.getFindings());
            }
        });
    }

    private <T> void code(Class<T> type, Function<T, String> toCode, Function<String, T> fromCode) {
        addSerializer(type, new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext context) {
                g.writeString(toCode.apply(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, p));
                }
                try {
                    return fromCode.apply(p.getString());
                } catch (IllegalArgumentException ex) {
                    return type.cast(context.handleWeirdStringValue(type, p.getString(), "%s", ex.getMessage()));
                }
            }
        });
    }
}
