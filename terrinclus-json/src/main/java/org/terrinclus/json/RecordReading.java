package org.terrinclus.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.terrinclus.project.ProjectRecord;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Severity;

/** Reading one record from a parser, and turning the parser's exceptions into findings. */
final class RecordReading {

    @FunctionalInterface
    interface ParserSource {
        JsonParser open() throws IOException;
    }

    private RecordReading() {}

    /** Reads a document holding exactly one record. */
    static ReadResult single(TerrinclusJson json, ParserSource source, boolean bom) {
        JsonParser opened;
        try {
            opened = source.open();
        } catch (StreamConstraintsException e) {
            // A document whose size is known up front is refused before parsing starts.
            return limitResult(e.getOriginalMessage(), 0, 1);
        } catch (CharConversionException e) {
            // Jackson detects the encoding when it opens the parser.
            return encodingResult(e, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JsonParser p = opened) {
            ReadContext c =
                    new ReadContext(new JacksonTokens(p, json.plainFactory()), json.mode(), json.limits(), 0, 0);
            if (bom) {
                reportBom(c, 0);
            }
            ProjectRecord record = null;
            try {
                if (p.nextToken() == null) {
                    c.report(
                            JsonRules.SYNTAX,
                            Severity.ERROR,
                            "",
                            JacksonTokens.at(p.currentLocation()),
                            "Le document est vide : il doit contenir un objet JSON.",
                            "The document is empty: it must hold a JSON object.");
                } else {
                    record = readRecord(c);
                    if (p.nextToken() != null) {
                        c.report(
                                JsonRules.SYNTAX,
                                Severity.ERROR,
                                "",
                                JacksonTokens.at(p.currentTokenLocation()),
                                "Contenu en trop après la fin de l'enregistrement : un document contient un seul objet.",
                                "Trailing content after the record: a document holds a single object.");
                    }
                }
            } catch (JsonProcessingException | ReadContext.LimitExceeded | CharConversionException e) {
                reportFailure(c, p, e);
            }
            return new ReadResult(c.errorCount() == 0 ? record : null, c.findings(), 0, c.id, c.startLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the record the parser is on; reports a value that is not an object. */
    static ProjectRecord readRecord(ReadContext c) throws IOException {
        try {
            return RecordDecoder.record(c);
        } catch (ReadContext.TypeMismatch e) {
            c.error(
                    JsonRules.TYPE,
                    "Un enregistrement est un objet JSON ; trouvé " + ReadContext.describeFr(c.tokens.current()) + ".",
                    "A record is a JSON object; found " + ReadContext.describeEn(c.tokens.current()) + ".");
            c.tokens.skipChildren();
            return null;
        }
    }

    /** A result for a record refused as a whole because it exceeds a size limit. */
    static ReadResult limitResult(String detail, int index, int line) {
        return wholeRecordResult(
                JsonRules.LIMIT,
                "Limite dépassée : " + detail
                        + ". Réduisez l'enregistrement, ou relevez la limite si elle est légitime.",
                "Limit exceeded: " + detail + ". Shorten the record, or raise the limit if it is legitimate.",
                index,
                line,
                1);
    }

    /**
     * A result for a record whose bytes cannot be decoded at all.
     *
     * @param lineOffset added to the line of the bad bytes, for a record cut out of a larger source
     */
    static ReadResult encodingResult(CharConversionException e, int index, int lineOffset) {
        int line = 1;
        int column = 1;
        if (e instanceof Utf8Check.Malformed) {
            line = ((Utf8Check.Malformed) e).line;
            column = ((Utf8Check.Malformed) e).column;
        }
        String detail = Messages.cutMessage(e.getMessage());
        return wholeRecordResult(
                JsonRules.ENCODING,
                "Encodage illisible : " + detail + ". Enregistrez le fichier en UTF-8.",
                "Unreadable encoding: " + detail + ". Save the file as UTF-8.",
                index,
                line + lineOffset,
                column);
    }

    private static ReadResult wholeRecordResult(JsonRules rule, String fr, String en, int index, int line, int column) {
        Finding finding = Finding.builder()
                .rule(rule.getId())
                .severity(Severity.ERROR)
                .path("")
                .messageFr(fr)
                .messageEn(en)
                .line(line)
                .column(column)
                .build();
        return new ReadResult(null, List.of(finding), index, null, line);
    }

    /**
     * Reports a byte-order mark that was skipped.
     *
     * @param line the line it starts, in a JSON Lines file; 0 for a document on its own
     */
    static void reportBom(ReadContext c, int line) {
        if (line > 1) {
            c.report(
                    JsonRules.BOM,
                    Severity.WARNING,
                    "",
                    new Tokens.Location(1, 1),
                    "La ligne " + line + " commence par une marque d'ordre d'octets (BOM), ignorée : le fichier joint"
                            + " sans doute plusieurs fichiers ; enregistrez-le en UTF-8 sans BOM.",
                    "Line " + line + " starts with a byte-order mark, which was skipped: the file was probably joined"
                            + " from several files; save it as UTF-8 without BOM.");
            return;
        }
        c.report(
                JsonRules.BOM,
                Severity.WARNING,
                "",
                line == 1 ? new Tokens.Location(1, 1) : null,
                "Le document commence par une marque d'ordre d'octets (BOM), ignorée ; enregistrez-le en UTF-8 sans BOM.",
                "The document starts with a byte-order mark, which was skipped; save it as UTF-8 without BOM.");
    }

    /** Turns what stopped a jackson-core 2 parser into a finding: a limit, a duplicate key, bad bytes, bad syntax. */
    static void reportFailure(ReadContext c, JsonParser parser, Exception e) {
        JsonLocation at = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
        if (at == null || at.getLineNr() <= 0) {
            at = parser.currentLocation();
        }
        Tokens.Location location = e instanceof Utf8Check.Malformed
                ? new Tokens.Location(((Utf8Check.Malformed) e).line, ((Utf8Check.Malformed) e).column)
                : JacksonTokens.at(at);
        String detail = Messages.cutMessage(
                e instanceof JsonProcessingException
                        ? ((JsonProcessingException) e).getOriginalMessage()
                        : e.getMessage());
        report(c, kindOf(e, detail), detail, location);
    }

    private static Tokens.FailureKind kindOf(Exception e, String detail) {
        if (e instanceof Tokens.Failure) {
            return ((Tokens.Failure) e).getKind();
        } else if (e instanceof StreamConstraintsException || e instanceof ReadContext.LimitExceeded) {
            return Tokens.FailureKind.LIMIT;
        } else if (detail != null && detail.startsWith("Duplicate field")) {
            return Tokens.FailureKind.DUPLICATE_KEY;
        } else if (e instanceof CharConversionException
                || (detail != null
                        && (detail.contains("UTF-8") || detail.contains("UTF8") || detail.contains("surrogate")))) {
            return Tokens.FailureKind.ENCODING;
        } else if (e instanceof JsonEOFException) {
            return Tokens.FailureKind.TRUNCATED;
        }
        return Tokens.FailureKind.SYNTAX;
    }

    /** The finding for what stopped a parser, whatever its generation: one wording for every adapter. */
    static void report(ReadContext c, Tokens.FailureKind kind, String detail, Tokens.Location location) {
        String pointer = c.pointer();
        switch (kind) {
            case LIMIT:
                c.report(
                        JsonRules.LIMIT,
                        Severity.ERROR,
                        pointer,
                        location,
                        "Limite dépassée : " + detail
                                + ". Réduisez la donnée, ou relevez la limite si elle est légitime.",
                        "Limit exceeded: " + detail + ". Shorten the data, or raise the limit if it is legitimate.");
                return;
            case DUPLICATE_KEY:
                c.report(
                        JsonRules.DUPLICATE_KEY,
                        Severity.ERROR,
                        pointer,
                        location,
                        "Clé en double : " + detail + ". Gardez une seule occurrence.",
                        "Duplicate key: " + detail + ". Keep a single occurrence.");
                return;
            case ENCODING:
                c.report(
                        JsonRules.ENCODING,
                        Severity.ERROR,
                        pointer,
                        location,
                        "Octets invalides en UTF-8 : " + detail + ". Enregistrez le fichier en UTF-8.",
                        "Invalid UTF-8 bytes: " + detail + ". Save the file as UTF-8.");
                return;
            case TRUNCATED:
                c.report(
                        JsonRules.SYNTAX,
                        Severity.ERROR,
                        pointer,
                        location,
                        "Document tronqué : il s'arrête avant la fin de l'enregistrement.",
                        "Truncated document: it ends before the record does.");
                return;
            default:
                c.report(
                        JsonRules.SYNTAX,
                        Severity.ERROR,
                        pointer,
                        location,
                        "Syntaxe JSON invalide : " + detail,
                        "Invalid JSON syntax: " + detail);
        }
    }
}
