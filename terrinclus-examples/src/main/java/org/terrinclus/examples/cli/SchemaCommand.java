package org.terrinclus.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.terrinclus.json.TerrinclusJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code terrinclus schema}: prints the JSON Schema of a record. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = TerrinclusCommand.Version.class,
        description = "Prints the JSON Schema (draft 2020-12) of one record in the Terrinclus JSON format.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = TerrinclusJson.schema();
        out.print(schema);
        if (!schema.endsWith("\n")) {
            out.println();
        }
        out.flush();
        return TerrinclusCommand.OK;
    }
}
