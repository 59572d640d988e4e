package org.terrinclus.spring.boot3.sample;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.terrinclus.examples.PilotSheets;
import org.terrinclus.project.ProjectRecord;

/** The sample application's records: received under {@code @Valid}, and served. */
@RestController
@RequestMapping("/records")
class RecordsController {

    /** A message of the application that carries a record. */
    record Submission(String applicant, @Valid ProjectRecord project) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody ProjectRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", record.getId()));
    }

    @PostMapping("/batch")
    Map<String, Object> receiveAll(@Valid @RequestBody List<ProjectRecord> records) {
        return Map.of("received", records.size());
    }

    @PostMapping("/submissions")
    Map<String, Object> submit(@Valid @RequestBody Submission submission) {
        return Map.of(
                "applicant", submission.applicant(), "id", submission.project().getId());
    }

    @GetMapping("/{id}")
    ResponseEntity<ProjectRecord> get(@PathVariable String id) {
        return ResponseEntity.of(PilotSheets.byId(id));
    }
}
