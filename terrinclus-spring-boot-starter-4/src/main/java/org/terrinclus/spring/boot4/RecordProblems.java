package org.terrinclus.spring.boot4;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.terrinclus.json.FindingsJson;
import org.terrinclus.json.ReadFailure;
import org.terrinclus.validation.Finding;
import org.terrinclus.validation.Rules;
import org.terrinclus.validation.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Answers a record that cannot be read, or that {@code @Valid} refuses, with an RFC 9457 problem
 * detail ({@code application/problem+json}) listing every finding in the request's language:
 *
 * <pre>{@code
 * {"type":"https://terrinclus.org/problems/invalid-record","title":"Fiche invalide","status":422,
 *  "detail":"1 constat refuse la fiche.","instance":"/records",
 *  "findings":[{"rule":"funding.total.mismatch","severity":"error","path":"/funding/0/declaredTotal",
 *               "message":"Le total déclaré…"}]}
 * }</pre>
 *
 * <p>400 and {@code unreadable-record} for a document that cannot be read (findings with line and
 * column); 422 and {@code invalid-record} for a record that breaks rules. An application's own
 * handler of these exceptions comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1000)
public class RecordProblems {

    /** The problem type of a document that cannot be read as records. */
    public static final URI UNREADABLE = URI.create("https://terrinclus.org/problems/unreadable-record");

    /** The problem type of a record that breaks rules. */
    public static final URI INVALID = URI.create("https://terrinclus.org/problems/invalid-record");

    /** Creates the handler; the auto-configuration does it. */
    public RecordProblems() {}

    /** A body that could not be read: its findings of reading, with line and column. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        List<Finding> findings = readingFindings(e);
        boolean fr = isFrench();
        return answer(
                HttpStatus.BAD_REQUEST,
                UNREADABLE,
                fr ? "Document illisible" : "Unreadable document",
                fr
                        ? "Le document ne peut pas être lu : " + findings.size() + " constat(s)."
                        : "The document cannot be read: " + findings.size() + " finding(s).",
                findings);
    }

    /** A record, or an object holding records, that {@code @Valid} refuses: every finding. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Finding> findings = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            findings.add(finding(error));
        }
        boolean fr = isFrench();
        return answer(
                HttpStatus.valueOf(422),
                INVALID,
                fr ? "Fiche invalide" : "Invalid record",
                fr
                        ? findings.size() + " constat(s) refusent la fiche."
                        : findings.size() + " finding(s) refuse the record.",
                findings);
    }

    /** Records in a list parameter ({@code @Valid @RequestBody List<ProjectRecord>}) that break rules. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        List<Finding> findings = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                findings.add(finding(result, error));
            }
        }
        boolean fr = isFrench();
        return answer(
                HttpStatus.valueOf(422),
                INVALID,
                fr ? "Fiche invalide" : "Invalid record",
                fr
                        ? findings.size() + " constat(s) refusent la fiche."
                        : findings.size() + " finding(s) refuse the record.",
                findings);
    }

    private static Finding finding(ParameterValidationResult result, MessageSourceResolvable error) {
        String message = error.getDefaultMessage() == null ? "" : error.getDefaultMessage();
        Finding.Builder finding =
                Finding.builder().severity(Severity.ERROR).messageFr(message).messageEn(message);
        try {
            ConstraintViolation<?> violation = result.unwrap(error, ConstraintViolation.class);
            return finding.rule(Rules.idOf(violation).orElse(String.valueOf(error.getCodes()[0])))
                    .severity(Severity.of(violation))
                    .path(pointer(violation.getPropertyPath()))
                    .build();
        } catch (IllegalArgumentException notAViolation) {
            String[] codes = error.getCodes();
            return finding.rule(codes == null || codes.length == 0 ? "constraint" : codes[codes.length - 1])
                    .path("")
                    .build();
        }
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, URI type, String title, String detail, List<Finding> findings) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Finding finding : findings) {
            listed.add(FindingsJson.toMap(finding, locale));
        }
        problem.setProperty("findings", listed);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isFrench() {
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The findings of reading: the module's own, or one for what stopped the parser before a record. */
    static List<Finding> readingFindings(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadFailure) {
                return ((ReadFailure) cause).getFindings();
            }
        }
        Throwable cause = e.getCause();
        Finding.Builder finding = Finding.builder().rule("json.syntax").severity(Severity.ERROR);
        if (cause instanceof JacksonException) {
            JacksonException parse = (JacksonException) cause;
            String detail = parse.getOriginalMessage();
            finding.path(pointer(parse))
                    .messageFr("Document illisible : " + detail)
                    .messageEn("Unreadable document: " + detail);
            TokenStreamLocation at = parse.getLocation();
            if (at != null && at.getLineNr() > 0) {
                finding.line(at.getLineNr());
                if (at.getColumnNr() > 0) {
                    finding.column(at.getColumnNr());
                }
            }
        } else {
            finding.path("")
                    .messageFr("Le corps de la requête est absent ou n'est pas du JSON.")
                    .messageEn("The request body is missing or is not JSON.");
        }
        return List.of(finding.build());
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(Math.max(0, reference.getIndex()));
            }
        }
        return pointer.toString();
    }

    /** A violation as a finding: the rule, severity and place say it; the message is the host's. */
    static Finding finding(ObjectError error) {
        String message =
                error.getDefaultMessage() == null ? String.valueOf(error.getCode()) : error.getDefaultMessage();
        Finding.Builder finding =
                Finding.builder().severity(Severity.ERROR).messageFr(message).messageEn(message);
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            return finding.rule(Rules.idOf(violation).orElse(String.valueOf(error.getCode())))
                    .severity(Severity.of(violation))
                    .path(pointer(violation.getPropertyPath()))
                    .build();
        }
        String field = error instanceof FieldError ? ((FieldError) error).getField() : "";
        return finding.rule(String.valueOf(error.getCode()))
                .path(
                        field.isEmpty()
                                ? ""
                                : "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'))
                .build();
    }

    /** A Bean Validation property path as a JSON Pointer: {@code funding[0].declaredTotal} is {@code /funding/0/declaredTotal}. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getName() != null && !node.getName().isEmpty() && NAMED.contains(node.getKind())) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** The nodes whose names are places in the JSON: not the method, its parameter or a list's element. */
    private static final java.util.Set<jakarta.validation.ElementKind> NAMED =
            java.util.EnumSet.of(jakarta.validation.ElementKind.PROPERTY, jakarta.validation.ElementKind.BEAN);

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
