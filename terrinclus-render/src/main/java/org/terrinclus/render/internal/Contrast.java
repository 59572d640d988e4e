package org.terrinclus.render.internal;

/**
 * Text colour on a coloured background, by the WCAG 2 contrast ratio: white or near-black,
 * whichever contrasts more. An SDG badge keeps its official colour as background; the text on
 * it must reach the AA level (4.5:1).
 */
public final class Contrast {

    /** The dark text colour used on light backgrounds. */
    public static final String DARK = "#1A1A1A";
    /** The light text colour used on dark backgrounds. */
    public static final String LIGHT = "#FFFFFF";

    private Contrast() {}

    /** The text colour, {@link #DARK} or {@link #LIGHT}, that contrasts more with the background. */
    public static String textOn(String background) {
        return ratio(background, LIGHT) >= ratio(background, DARK) ? LIGHT : DARK;
    }

    /** The WCAG 2 contrast ratio between two colours written {@code #RRGGBB}, from 1 to 21. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The relative luminance of a colour written {@code #RRGGBB}. */
    public static double luminance(String colour) {
        if (colour.length() != 7 || colour.charAt(0) != '#') {
            throw new IllegalArgumentException("Expected a colour as #RRGGBB, got " + colour);
        }
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xFF)
                + 0.7152 * channel((rgb >> 8) & 0xFF)
                + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
