package org.terrinclus.json;

/**
 * Bounds on what a reader accepts, so that hostile input costs bounded time and memory.
 * Exceeding one gives a {@code json.limit} finding. In bulk files, the document length applies
 * to each record, not to the file.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().withMaxDocumentLength(1_000_000);
 * }</pre>
 */
public final class JsonLimits {

    private static final JsonLimits DEFAULTS = new JsonLimits(64, 100, 1_000_000, 4_000_000L, 100_000);

    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final long maxDocumentLength;
    private final int maxListSize;

    private JsonLimits(
            int maxNestingDepth, int maxNumberLength, int maxStringLength, long maxDocumentLength, int maxListSize) {
        this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
        this.maxListSize = positive(maxListSize, "maxListSize");
    }

    /**
     * The defaults: nesting depth 64, numbers of 100 characters, strings of 1 000 000
     * characters, records of 4 000 000 bytes, lists of 100 000 items.
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /** The deepest nesting of objects and arrays accepted. */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    /** The longest number accepted, in characters. */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /** The longest string accepted, in characters. */
    public int getMaxStringLength() {
        return maxStringLength;
    }

    /** The largest record accepted, in bytes (characters for text input). */
    public long getMaxDocumentLength() {
        return maxDocumentLength;
    }

    /** The most items accepted in one list of a record. */
    public int getMaxListSize() {
        return maxListSize;
    }

    /** These limits with another maximum nesting depth. */
    public JsonLimits withMaxNestingDepth(int value) {
        return new JsonLimits(value, maxNumberLength, maxStringLength, maxDocumentLength, maxListSize);
    }

    /** These limits with another maximum number length. */
    public JsonLimits withMaxNumberLength(int value) {
        return new JsonLimits(maxNestingDepth, value, maxStringLength, maxDocumentLength, maxListSize);
    }

    /** These limits with another maximum string length. */
    public JsonLimits withMaxStringLength(int value) {
        return new JsonLimits(maxNestingDepth, maxNumberLength, value, maxDocumentLength, maxListSize);
    }

    /** These limits with another maximum record length. */
    public JsonLimits withMaxDocumentLength(long value) {
        return new JsonLimits(maxNestingDepth, maxNumberLength, maxStringLength, value, maxListSize);
    }

    /** These limits with another maximum list size. */
    public JsonLimits withMaxListSize(int value) {
        return new JsonLimits(maxNestingDepth, maxNumberLength, maxStringLength, maxDocumentLength, value);
    }

    @Override
    public String toString() {
        return "JsonLimits{maxNestingDepth=" + maxNestingDepth + ", maxNumberLength=" + maxNumberLength
                + ", maxStringLength=" + maxStringLength + ", maxDocumentLength=" + maxDocumentLength
                + ", maxListSize=" + maxListSize + "}";
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }
}
