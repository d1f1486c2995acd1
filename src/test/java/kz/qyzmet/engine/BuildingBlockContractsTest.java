package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.engine.BuildingBlockContracts.Contract;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A building block's diagram and forms read and write only what its contract in processes/building-blocks.yaml
 * declares, and name exactly its declared deadlines: a variable added to a block's form or listener without a
 * declaration would not reach the case, and fails here instead.
 */
class BuildingBlockContractsTest {

  static final BuildingBlockContracts CONTRACTS = new BuildingBlockContracts();
  static final Pattern WRITES = Pattern.compile("setVariable\\('([A-Za-z_]+)'");
  static final Pattern DEADLINES = Pattern.compile("deadlines\\.due\\(execution, '([A-Za-z]+)'\\)");
  static final Pattern FORM_READS = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

  static Stream<Contract> contracts() {
    return CONTRACTS.all().stream();
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void theBlockNamesExactlyItsDeclaredDeadlines(Contract contract) throws IOException {
    assertThat(all(DEADLINES, diagram(contract))).as(contract.process())
        .containsExactlyInAnyOrderElementsOf(contract.deadlines());
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyVariableTheBlockWritesIsDeclared(Contract contract) throws IOException {
    Set<String> written = all(WRITES, diagram(contract));
    for (JsonNode form : forms(contract)) {
      form.findValues("key").forEach(key -> written.add(key.asText()));
    }
    assertThat(contract.outputs()).as("outputs of " + contract.process()).containsAll(written);
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyVariableTheBlocksFormsShowIsPassedIn(Contract contract) throws IOException {
    Set<String> readable = new LinkedHashSet<>(CONTRACTS.context());
    readable.addAll(contract.in());
    readable.addAll(contract.outputs());
    for (JsonNode form : forms(contract)) {
      assertThat(all(FORM_READS, form.toString())).as("variables shown by " + form.path("id").asText())
          .isSubsetOf(readable);
    }
  }

  static String diagram(Contract contract) throws IOException {
    return Files.readString(Path.of("processes", contract.process() + ".bpmn"));
  }

  static Set<JsonNode> forms(Contract contract) throws IOException {
    Set<JsonNode> forms = new LinkedHashSet<>();
    for (UserTask task : Bpmn.readModelFromFile(Path.of("processes", contract.process() + ".bpmn").toFile())
        .getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        forms.add(new ObjectMapper().readTree(Path.of("forms", task.getCamundaFormRef() + ".form").toFile()));
      }
    }
    return forms;
  }

  static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
