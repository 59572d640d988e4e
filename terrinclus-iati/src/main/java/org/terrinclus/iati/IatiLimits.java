package org.terrinclus.iati;

/**
 * The reader's bounds: how deep elements may nest, how long one text or attribute may be, and
 * how large one activity may be. A file may hold any number of activities: it is read as a
 * stream, one activity in memory at a time, so these bounds cap the memory a file can take.
 *
 * <pre>{@code
 * IatiLimits limits = IatiLimits.defaults().withMaxActivityElements(500_000);
 * }</pre>
 */
public final class IatiLimits {

    private static final IatiLimits DEFAULTS = new IatiLimits(64, 1_000_000, 65_536, 100_000, 4_000_000);

    private final int maxDepth;
    private final int maxTextLength;
    private final int maxAttributeLength;
    private final int maxActivityElements;
    private final int maxActivityChars;

    private IatiLimits(
            int maxDepth, int maxTextLength, int maxAttributeLength, int maxActivityElements, int maxActivityChars) {
        this.maxDepth = positive(maxDepth, "depth");
        this.maxTextLength = positive(maxTextLength, "text length");
        this.maxAttributeLength = positive(maxAttributeLength, "attribute length");
        this.maxActivityElements = positive(maxActivityElements, "activity elements");
        this.maxActivityChars = positive(maxActivityChars, "activity characters");
    }

    /**
     * Returns the default bounds: depth 64, a text of 1 000 000 characters, an attribute of 65 536,
     * an activity of 100 000 elements and 4 000 000 characters of text.
     *
     * @return the defaults
     */
    public static IatiLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the deepest nesting of elements allowed.
     *
     * @return the depth, the root being 1
     */
    public int getMaxDepth() {
        return maxDepth;
    }

    /**
     * Returns the longest text allowed in one element.
     *
     * @return a number of characters
     */
    public int getMaxTextLength() {
        return maxTextLength;
    }

    /**
     * Returns the longest attribute value allowed.
     *
     * @return a number of characters
     */
    public int getMaxAttributeLength() {
        return maxAttributeLength;
    }

    /**
     * Returns the most elements one activity may have.
     *
     * @return a number of elements
     */
    public int getMaxActivityElements() {
        return maxActivityElements;
    }

    /**
     * Returns the most characters of text one activity may have.
     *
     * @return a number of characters
     */
    public int getMaxActivityChars() {
        return maxActivityChars;
    }

    /**
     * Returns these bounds with another maximum depth.
     *
     * @param depth the depth
     * @return new bounds
     */
    public IatiLimits withMaxDepth(int depth) {
        return new IatiLimits(depth, maxTextLength, maxAttributeLength, maxActivityElements, maxActivityChars);
    }

    /**
     * Returns these bounds with another maximum text length.
     *
     * @param length the length
     * @return new bounds
     */
    public IatiLimits withMaxTextLength(int length) {
        return new IatiLimits(maxDepth, length, maxAttributeLength, maxActivityElements, maxActivityChars);
    }

    /**
     * Returns these bounds with another maximum number of elements per activity.
     *
     * @param elements the number
     * @return new bounds
     */
    public IatiLimits withMaxActivityElements(int elements) {
        return new IatiLimits(maxDepth, maxTextLength, maxAttributeLength, elements, maxActivityChars);
    }

    /**
     * Returns these bounds with another maximum of text per activity.
     *
     * @param chars the number of characters
     * @return new bounds
     */
    public IatiLimits withMaxActivityChars(int chars) {
        return new IatiLimits(maxDepth, maxTextLength, maxAttributeLength, maxActivityElements, chars);
    }

    private static int positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("The maximum " + what + " must be positive, got " + value);
        }
        return value;
    }
}
