package org.terrinclus.spreadsheet.internal;

/** The sizes past which a spreadsheet is refused with a finding rather than read. */
public final class SheetLimits {

    private final long maxFileBytes;
    private final int maxZipEntries;
    private final long maxEntryBytes;
    private final long maxInflatedBytes;
    private final int maxInflateRatio;
    private final int maxSheets;
    private final long maxCells;
    private final int maxCellChars;
    private final long maxSharedStringsBytes;

    public SheetLimits(
            long maxFileBytes,
            int maxZipEntries,
            long maxEntryBytes,
            long maxInflatedBytes,
            int maxInflateRatio,
            int maxSheets,
            long maxCells,
            int maxCellChars,
            long maxSharedStringsBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxZipEntries = maxZipEntries;
        this.maxEntryBytes = maxEntryBytes;
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxInflateRatio = maxInflateRatio;
        this.maxSheets = maxSheets;
        this.maxCells = maxCells;
        this.maxCellChars = maxCellChars;
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /**
     * 64 MB of file, 256 MB inflated (64 MB a part, 32 MB of shared strings, which are held in
     * memory), 200 sheets, 4 million cells, 32 767 characters a cell (Excel's own limit).
     */
    public static SheetLimits defaults() {
        return new SheetLimits(64L << 20, 1000, 64L << 20, 256L << 20, 500, 200, 4_000_000L, 32_767, 32L << 20);
    }

    public long getMaxSharedStringsBytes() {
        return maxSharedStringsBytes;
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public int getMaxZipEntries() {
        return maxZipEntries;
    }

    public long getMaxEntryBytes() {
        return maxEntryBytes;
    }

    public long getMaxInflatedBytes() {
        return maxInflatedBytes;
    }

    public int getMaxInflateRatio() {
        return maxInflateRatio;
    }

    public int getMaxSheets() {
        return maxSheets;
    }

    public long getMaxCells() {
        return maxCells;
    }

    public int getMaxCellChars() {
        return maxCellChars;
    }
}
