package org.terrinclus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrinclus.json.BulkFormat;
import org.terrinclus.json.BulkReader;
import org.terrinclus.json.ReadResult;
import org.terrinclus.json.TerrinclusJson;
import org.terrinclus.project.ProjectRecord;

/** The bulk benchmark's source: whole records, one per line, each with its own id. */
class CyclingJsonLinesTest {

    private final TerrinclusJson json = TerrinclusJson.strict();

    @Test
    void cyclesOverTheRecordsWithUniqueIds() throws IOException {
        CyclingJsonLines source = CyclingJsonLines.generated(json, 3, 7);
        List<ProjectRecord> distinct = Dataset.generated(3).getRecords();

        List<ProjectRecord> read = new ArrayList<>();
        try (BulkReader reader = json.readAll(source, BulkFormat.JSON_LINES)) {
            reader.forEachRemaining(result -> read.add(result.orElseThrow()));
        }

        assertThat(read).hasSize(7);
        for (int n = 0; n < 7; n++) {
            ProjectRecord expected = distinct.get(n % 3);
            assertThat(read.get(n).getId()).isEqualTo(expected.getId() + "-" + n);
            assertThat(ProjectRecord.builder()
                            .from(read.get(n))
                            .id(expected.getId())
                            .build())
                    .isEqualTo(expected);
        }
    }

    @Test
    void servesTheSameBytesWhateverTheReadSize() throws IOException {
        byte[] byByte = readAll(CyclingJsonLines.generated(json, 2, 5), 1);
        byte[] byChunk = readAll(CyclingJsonLines.generated(json, 2, 5), 1000);
        assertThat(byChunk).isEqualTo(byByte);
        ReadResult last;
        try (BulkReader reader = json.readAll(new java.io.ByteArrayInputStream(byByte), BulkFormat.JSON_LINES)) {
            last = reader.stream().reduce((a, b) -> b).orElseThrow();
        }
        assertThat(last.getIndex()).isEqualTo(4);
        assertThat(last.isRead()).isTrue();
    }

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while (true) {
            if (chunk == 1) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                out.write(b);
            } else {
                if ((n = in.read(buffer, 0, chunk)) < 0) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
