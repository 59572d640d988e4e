package org.terrinclus.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code terrinclus} command-line tool: validates project records, reports on a portfolio of
 * them, lists the rules, prints the JSON Schema, and gives newcomers a guided tour.
 *
 * <p>Run it with the {@code ./terrinclus} script at the root of the repository, or call {@link
 * #run(String[], PrintStream, PrintStream)} to run it in the same JVM (as the tests do). Exit
 * statuses: 0 when no record has an error finding, 1 when one has (unreadable input counts), 2
 * for a usage error, 3 when the tool itself fails, 4 when its output (standard output or a file)
 * could not be written.
 */
@Command(
        name = "terrinclus",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        description = {
            "Checks and explores Terrinclus project records (fiches de capitalisation) in JSON.",
            "New here? Run: ./terrinclus tour"
        },
        subcommands = {
            TourCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            ReportCommand.class,
            RenderCommand.class,
            RulesCommand.class,
            SchemaCommand.class,
            TemplateCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no record has an error finding",
            "1:some record has an error finding (unreadable input counts)",
            "2:usage error (unknown option, bad value, path not found)",
            "3:internal error of the tool",
            "4:the output could not be written (disk full, closed pipe)"
        })
public final class TerrinclusCommand implements Callable<Integer> {

    /** Exit status: no record has an error finding. */
    public static final int OK = 0;
    /** Exit status: some record has an error finding, or some input could not be read. */
    public static final int INVALID = 1;
    /** Exit status: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit status: the tool itself failed. */
    public static final int INTERNAL_ERROR = 3;
    /** Exit status: the output could not be written, as on a full disk; the results are incomplete. */
    public static final int OUTPUT_ERROR = 4;

    @Spec
    private CommandSpec spec;

    /** The raw standard output, for the commands that write bytes (a PDF), not text. */
    private PrintStream binaryOut = System.out;

    TerrinclusCommand() {}

    PrintStream binaryOut() {
        return binaryOut;
    }

    /**
     * Runs the tool and exits the JVM with its exit status; output is UTF-8.
     *
     * @param args the command line, as {@code validate --lang en sheets/}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool in this JVM, without exiting.
     *
     * @param args the command line, without the program name
     * @param out where results go; written as UTF-8
     * @param err where usage errors, progress and internal errors go; written as UTF-8
     * @return the exit status: {@link #OK}, {@link #INVALID}, {@link #USAGE}, {@link
     *     #INTERNAL_ERROR} or {@link #OUTPUT_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // On a PrintStream, a PrintWriter's checkError() also reports the stream's errors (a closed pipe).
        PrintWriter outWriter = new PrintWriter(out, false, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            TerrinclusCommand command = new TerrinclusCommand();
            command.binaryOut = out;
            CommandLine commandLine = OptionValues.register(new CommandLine(command))
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(TerrinclusCommand::usageError)
                    .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd.getErr()));
            int status = commandLine.execute(args);
            // A PrintWriter never throws: without this check a full disk would end in silence and 0.
            if (outWriter.checkError()) {
                return outputError("standard output (disk full, or closed pipe)", errWriter);
            }
            return status;
        } catch (RuntimeException | LinkageError e) {
            return internalError(e, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Without a command: a usage error that points to the tour. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command; new here? run: terrinclus tour");
    }

    /** A usage error: one line saying what is wrong, then the usage of the command concerned. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = String.valueOf(e.getMessage())
                .replaceAll("\\s*[\\r\\n]+\\s*", " ")
                .strip();
        err.println("terrinclus: " + message);
        commandLine.usage(err);
        err.flush();
        return USAGE;
    }

    /** What a command threw: an output that could not be written (whatever wraps it), else a bug. */
    private static int failure(Throwable e, PrintWriter err) {
        OutputFiles.OutputFailedException failed = OutputFiles.find(e);
        return failed != null ? outputError(failed.getMessage(), err) : internalError(e, err);
    }

    /** The one line for an output that could not be written, whichever command wrote it. */
    private static int outputError(String where, PrintWriter err) {
        err.println("terrinclus: the output could not be written to "
                + where.replaceAll("\\s*[\\r\\n]+\\s*", " ")
                + "; the results are incomplete.");
        err.flush();
        return OUTPUT_ERROR;
    }

    private static int internalError(Throwable e, PrintWriter err) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        err.println("internal error: " + e.getClass().getName() + message);
        if (Boolean.getBoolean("terrinclus.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The version, from the properties file Maven fills in when it builds this module. */
    static final class Version implements IVersionProvider {

        static String version() {
            try (InputStream in = TerrinclusCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    String version = properties.getProperty("version", "");
                    if (!version.isBlank() && !version.startsWith("${")) {
                        return version;
                    }
                }
            } catch (IOException e) {
                // Fall back to the manifest.
            }
            String version = TerrinclusCommand.class.getPackage().getImplementationVersion();
            return version == null ? "unknown" : version;
        }

        @Override
        public String[] getVersion() {
            return new String[] {
                "terrinclus " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
