package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 2: Tasklist's start dialog lists what a clerk may start, the services named with their codes: the 13
 * standards (their names begin "S01 · "), complaints and the mobile centre's visit; no building block.
 */
class StartListTest {

  @Test
  void onlyTheServicesComplaintsAndVisitsAreStartableAndTheServicesAreNamedWithTheirCodes() throws IOException {
    Map<String, String> startable = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
          if (process.isCamundaStartableInTasklist()) {
            startable.put(process.getId(), process.getName());
          }
        }
      }
    }
    assertThat(startable.keySet()).containsExactly("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09",
        "S10", "S11", "S12", "S13", "complaint", "mobile-psc-visit");
    startable.forEach((key, name) -> {
      if (key.matches("S\\d{2}")) {
        assertThat(name).as(key).startsWith(key + " · ").matches(".*\\p{IsCyrillic}.*");
      } else {
        assertThat(name).as(key).doesNotStartWith("S").matches("\\p{IsCyrillic}.*");
      }
    });
  }
}
