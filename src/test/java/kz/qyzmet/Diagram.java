package kz.qyzmet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** A diagram of {@code processes/}, read; it is named by its path (in a parameterized test's name, a message). */
public record Diagram(Path path, BpmnModelInstance model) {

  /** Every diagram of {@code processes/}, by file name. */
  public static Stream<Diagram> all() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList().stream()
          .map(path -> new Diagram(path, Bpmn.readModelFromFile(path.toFile())));
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
