package org.terrinclus.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

/** Example (d): write one record as JSON, compact and indented, and read it back. */
class WriteRecordExampleTest {

    @Test
    void writesCompactAndPrettyJson() {
        ProjectRecord record = BuildRecordExampleTest.record();

        // tag::write-record[]
        TerrinclusJson json = TerrinclusJson.strict(); // thread-safe: build one and share it
        String compact = json.writeString(record); // one line, for files and messages
        String pretty = json.writePrettyString(record); // indented, for people
        ReadResult back = json.read(compact);
        // back.getRecord() holds a record equal to the one written; back.getFindings() is empty
        // end::write-record[]

        assertThat(compact)
                .startsWith("{\"formatVersion\":\"1.0\",\"id\":\"aude-sousse-jeunesse\",")
                .doesNotContain("\n")
                .contains("\"declaredTotal\":{\"amount\":30225,\"currency\":\"EUR\"}")
                .contains("\"kind\":\"not-evaluable\"");
        assertThat(pretty).contains("\n  \"id\" : \"aude-sousse-jeunesse\"").isNotEqualTo(compact);
        assertThat(back.getFindings()).isEmpty();
        assertThat(back.getRecord()).contains(record);
        assertThat(json.read(pretty).getRecord()).contains(record);
    }
}
