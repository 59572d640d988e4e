package org.terrinclus.iati;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an IATI export needs and a record does not hold: the reporting organisation, how to make
 * activity identifiers, the activity status, the date of funding values. Nothing here is
 * invented by the library: each value is given by the caller, and what is missing becomes a
 * finding of the export.
 *
 * <pre>{@code
 * IatiExportOptions options = IatiExportOptions.builder()
 *         .reportingOrganisation("FR-RCS-123456789", "11", "Département de l'Aude")
 *         .identifierPrefix("FR-RCS-123456789")
 *         .activityStatus(2)
 *         .valueDate(LocalDate.of(2017, 3, 31))
 *         .build();
 * }</pre>
 */
public final class IatiExportOptions {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,2}");

    private final String reportingRef;
    private final String reportingType;
    private final String reportingName;
    private final String identifierPrefix;
    private final String activityStatus;
    private final boolean launchYearAsPlannedStart;
    private final LocalDate valueDate;
    private final LocalDate plannedStart;
    private final OffsetDateTime generatedAt;

    private IatiExportOptions(Builder builder) {
        this.reportingRef = builder.reportingRef;
        this.reportingType = builder.reportingType;
        this.reportingName = builder.reportingName;
        this.identifierPrefix = builder.identifierPrefix;
        this.activityStatus = builder.activityStatus;
        this.launchYearAsPlannedStart = builder.launchYearAsPlannedStart;
        this.valueDate = builder.valueDate;
        this.plannedStart = builder.plannedStart;
        this.generatedAt = builder.generatedAt;
    }

    /**
     * Returns options that give nothing: every element IATI requires must come from the records,
     * or the export reports it missing.
     *
     * @return empty options
     */
    public static IatiExportOptions none() {
        return builder().build();
    }

    /**
     * Returns a builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the reporting organisation's IATI identifier.
     *
     * @return as {@code FR-RCS-123456789}, or empty
     */
    public Optional<String> getReportingRef() {
        return Optional.ofNullable(reportingRef);
    }

    /**
     * Returns the reporting organisation's IATI OrganisationType code.
     *
     * @return as {@code 11}, or empty
     */
    public Optional<String> getReportingType() {
        return Optional.ofNullable(reportingType);
    }

    /**
     * Returns the reporting organisation's name.
     *
     * @return the name, or empty
     */
    public Optional<String> getReportingName() {
        return Optional.ofNullable(reportingName);
    }

    /**
     * Returns the prefix of activity identifiers made as {@code prefix-recordId} for records
     * that have no IATI identifier of their own.
     *
     * @return the prefix, or empty
     */
    public Optional<String> getIdentifierPrefix() {
        return Optional.ofNullable(identifierPrefix);
    }

    /**
     * Returns the IATI ActivityStatus code written for records that do not give one.
     *
     * @return a code from 1 to 6, or empty
     */
    public Optional<String> getActivityStatus() {
        return Optional.ofNullable(activityStatus);
    }

    /**
     * Returns whether a record's launch year is written as a planned start on 1 January of that
     * year, for records without a start date.
     *
     * @return true if the caller asked for it
     */
    public boolean isLaunchYearAsPlannedStart() {
        return launchYearAsPlannedStart;
    }

    /**
     * Returns the date given to funding values, which IATI requires and records do not hold.
     *
     * @return the date, or empty: funding rows are then kept only in the Terrinclus elements
     */
    public Optional<LocalDate> getValueDate() {
        return Optional.ofNullable(valueDate);
    }

    /**
     * Returns the planned start written for records that have no start date of their own (and no
     * launch year, when {@link #isLaunchYearAsPlannedStart()}).
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> getPlannedStart() {
        return Optional.ofNullable(plannedStart);
    }

    /**
     * Returns the time written as the document's {@code generated-datetime}.
     *
     * @return the time, or empty: the attribute is then left out
     */
    public Optional<OffsetDateTime> getGeneratedAt() {
        return Optional.ofNullable(generatedAt);
    }

    /** Builds {@link IatiExportOptions}. */
    public static final class Builder {
        private String reportingRef;
        private String reportingType;
        private String reportingName;
        private String identifierPrefix;
        private String activityStatus;
        private boolean launchYearAsPlannedStart;
        private LocalDate valueDate;
        private LocalDate plannedStart;
        private OffsetDateTime generatedAt;

        private Builder() {}

        /**
         * Sets the reporting organisation, which IATI requires on every activity.
         *
         * @param ref its IATI organisation identifier, as {@code FR-RCS-123456789}
         * @param type its IATI OrganisationType code, as {@code 11} for a local government
         * @param name its name
         * @return this builder
         */
        public Builder reportingOrganisation(String ref, String type, String name) {
            this.reportingRef = requireText(ref, "ref");
            this.reportingType = requireCode(type, "organisation type");
            this.reportingName = requireText(name, "name");
            return this;
        }

        /**
         * Sets the prefix of activity identifiers, usually the reporting organisation's
         * identifier: a record {@code aude} gets {@code PREFIX-aude}.
         *
         * @param prefix the prefix
         * @return this builder
         */
        public Builder identifierPrefix(String prefix) {
            this.identifierPrefix = requireText(prefix, "prefix");
            return this;
        }

        /**
         * Sets the IATI ActivityStatus code for records that do not give one: 1 pipeline, 2
         * implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.
         *
         * @param code the code
         * @return this builder
         */
        public Builder activityStatus(int code) {
            if (code < 1 || code > 6) {
                throw new IllegalArgumentException("An IATI activity status is 1 to 6, got " + code);
            }
            this.activityStatus = Integer.toString(code);
            return this;
        }

        /**
         * Writes a record's launch year as a planned start on 1 January of that year when the
         * record has no start date; the day is then the caller's choice, not the record's.
         *
         * @param enabled whether to do so
         * @return this builder
         */
        public Builder launchYearAsPlannedStart(boolean enabled) {
            this.launchYearAsPlannedStart = enabled;
            return this;
        }

        /**
         * Sets the date given to funding values (IATI's {@code value-date} and {@code
         * transaction-date}).
         *
         * @param date the date
         * @return this builder
         */
        public Builder valueDate(LocalDate date) {
            this.valueDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the planned start written for records that have no start date of their own; IATI
         * requires one on every activity.
         *
         * @param date the date
         * @return this builder
         */
        public Builder plannedStart(LocalDate date) {
            this.plannedStart = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the document's {@code generated-datetime}.
         *
         * @param time the time
         * @return this builder
         */
        public Builder generatedAt(OffsetDateTime time) {
            this.generatedAt = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public IatiExportOptions build() {
            return new IatiExportOptions(this);
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The " + what + " must not be blank");
            }
            return value;
        }

        private static String requireCode(String value, String what) {
            if (value == null || !CODE.matcher(value).matches()) {
                throw new IllegalArgumentException("An IATI " + what + " is a number code, got '" + value + "'");
            }
            return value;
        }
    }
}
