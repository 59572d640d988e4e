package org.terrinclus.examples.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values to the tool's enums by their lower-case names ({@code fr}, {@code
 * json}, {@code draft}), in any case, and says which values are expected otherwise.
 */
final class OptionValues<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    private OptionValues(Class<E> type) {
        this.type = type;
    }

    /** Registers the converters of every enum option on a command line and its subcommands. */
    static CommandLine register(CommandLine commandLine) {
        return commandLine
                .registerConverter(Lang.class, new OptionValues<>(Lang.class))
                .registerConverter(OutputFormat.class, new OptionValues<>(OutputFormat.class))
                .registerConverter(ProfileOption.class, new OptionValues<>(ProfileOption.class))
                .registerConverter(DocumentFormat.class, new OptionValues<>(DocumentFormat.class))
                .registerConverter(ReportFormat.class, new OptionValues<>(ReportFormat.class))
                .registerConverter(ConvertFormat.class, new OptionValues<>(ConvertFormat.class));
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                + ", got '" + value + "'");
    }
}
