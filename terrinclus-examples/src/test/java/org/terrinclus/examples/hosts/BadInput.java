package org.terrinclus.examples.hosts;

import java.util.List;
import org.terrinclus.json.TerrinclusJson;

/** Documents that fail inside a record, each for another reason; shared by the mapper tests. */
final class BadInput {

    private BadInput() {}

    static final String HEAD = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"title\": \"T\",\n";

    /** Bad documents, one per way a record can fail, several with many findings. */
    static List<String> documents() {
        String suresnes = TerrinclusJson.strict()
                .writePrettyString(
                        org.terrinclus.examples.PilotSheets.byId("suresnes").orElseThrow());
        return List.of(
                HEAD + "  \"sdgGoals\": [18]\n}",
                HEAD + "  \"sdgGoals\": [\"4\", 19],\n  \"thematics\": 3,\n  \"colour\": \"red\"\n}",
                HEAD + "  \"funding\": [{\"declaredTotal\": {\"amount\": -1, \"currency\": \"EUR\"}}]\n}",
                HEAD + "  \"title\": \"again\"\n}",
                HEAD + "  \"summary\": \"cut",
                HEAD + "  \"summary\": tru\n}",
                HEAD + "  \"partners\": [{\"name\": \"A\", \"kind\": \"nope\"}, {\"name\": 4}]\n}",
                "{\"id\": \"\", \"title\": \"T\"}",
                "{\"id\": \"y\"}",
                suresnes.substring(0, suresnes.length() / 2),
                suresnes.replace("\"title\"", "\"titel\""));
    }
}
