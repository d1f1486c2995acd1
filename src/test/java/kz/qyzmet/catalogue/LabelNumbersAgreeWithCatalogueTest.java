package kz.qyzmet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Labels that state a number agree with the catalogue (issue 20, point 6): a timer or task whose Kazakh name says "Он
 * жұмыс күні өтті" must name (in its timer or due date) a catalogue deadline of ten working days, in every standard the
 * diagram serves (its own, or for a building block each standard whose diagram calls it). A label stating a number
 * without naming a deadline fails too: the number would live outside the catalogue.
 */
class LabelNumbersAgreeWithCatalogueTest {

  static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("бір", 1), Map.entry("екі", 2), Map.entry("үш", 3), Map.entry("төрт", 4), Map.entry("бес", 5),
      Map.entry("алты", 6), Map.entry("жеті", 7), Map.entry("сегіз", 8), Map.entry("тоғыз", 9), Map.entry("он", 10),
      Map.entry("жиырма", 20), Map.entry("отыз", 30), Map.entry("қырық", 40), Map.entry("елу", 50),
      Map.entry("алпыс", 60));

  /** Unit words, longest first: "жұмыс күні" before "күн". */
  static final Map<String, Standard.Deadline.Unit> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("жұмыс күн", Standard.Deadline.Unit.workingDays);
    UNITS.put("жұмыс сағат", Standard.Deadline.Unit.hours);
    UNITS.put("күнтізбелік күн", Standard.Deadline.Unit.calendarDays);
    UNITS.put("күн", Standard.Deadline.Unit.calendarDays);
    UNITS.put("ай", Standard.Deadline.Unit.months);
    UNITS.put("сағат", Standard.Deadline.Unit.hours);
    UNITS.put("минут", Standard.Deadline.Unit.minutes);
  }

  static final Pattern DEADLINE = Pattern.compile("deadlines\\.\\w+\\(execution, '([a-zA-Z]+)'");

  final StandardsCatalogue catalogue = new StandardsCatalogue();

  /** The number and unit a label states ("Он бес жұмыс күні өтті" = 15 working days), if it states one. */
  record Stated(int value, Standard.Deadline.Unit unit) {}

  static Optional<Stated> stated(String label) {
    String[] words = label.toLowerCase(java.util.Locale.ROOT).split("[\\s,.:;()«»\"]+");
    for (int i = 0; i < words.length; i++) {
      int value = 0;
      int j = i;
      if (words[j].matches("\\d+")) {
        value = Integer.parseInt(words[j++]);
      } else {
        while (j < words.length && NUMBER_WORDS.containsKey(words[j])) {
          value += NUMBER_WORDS.get(words[j++]);
        }
      }
      if (value == 0 || j >= words.length) {
        continue;
      }
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, j, words.length));
      for (Map.Entry<String, Standard.Deadline.Unit> unit : UNITS.entrySet()) {
        if (rest.startsWith(unit.getKey())) {
          return Optional.of(new Stated(value, unit.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void kazakhNumberWordsAreRead() {
    assertThat(stated("Он жұмыс күні өтті")).hasValue(new Stated(10, Standard.Deadline.Unit.workingDays));
    assertThat(stated("Он бес жұмыс күні өтті")).hasValue(new Stated(15, Standard.Deadline.Unit.workingDays));
    assertThat(stated("Бір ай өтті")).hasValue(new Stated(1, Standard.Deadline.Unit.months));
    assertThat(stated("30 минут өтті")).hasValue(new Stated(30, Standard.Deadline.Unit.minutes));
    assertThat(stated("Жиырма бес күнтізбелік күн")).hasValue(new Stated(25, Standard.Deadline.Unit.calendarDays));
    assertThat(stated("Мерзім өтті")).isEmpty();
    assertThat(stated("Бөлімше басшысына хабарлау")).isEmpty();
  }

  static Stream<Path> diagrams() throws IOException {
    return Files.walk(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void timerAndTaskLabelsStateTheCataloguesNumber(Path diagram) throws IOException {
    assertThat(problems(diagram.toString(), Bpmn.readModelFromFile(diagram.toFile()))).isEmpty();
  }

  @Test
  void aLabelThatDisagreesWithTheCatalogueIsFound() throws IOException {
    BpmnModelInstance s01 = Bpmn.readModelFromFile(Path.of("processes/s01-basic-pension.bpmn").toFile());
    FlowNode timer = s01.getModelElementById("Event_ServiceOverdue");
    assertThat(problems("s01", s01)).isEmpty();
    timer.setName("Бес жұмыс күні өтті"); // S01's service term is ten working days (item 7.1, line 550)
    assertThat(problems("s01", s01)).singleElement().asString()
        .contains("Event_ServiceOverdue", "S01 item 7.1, line 550", "10", "5");
    timer.setName("Он жұмыс күні өтті");
    s01.<FlowNode>getModelElementById("Task_EscalateService").setName("Он жұмыс күні ішінде хабарлау");
    assertThat(problems("s01", s01)).singleElement().asString().contains("names no catalogue deadline");
  }

  private List<String> problems(String diagram, BpmnModelInstance model) throws IOException {
    String process = model.getModelElementsByType(Process.class).iterator().next().getId();
    List<Standard> served = served(process);
    List<String> problems = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Optional<Stated> stated = stated(node.getName() == null ? "" : node.getName());
      if (stated.isEmpty()) {
        continue;
      }
      String what = diagram + " " + node.getId() + " \"" + node.getName() + "\"";
      List<String> deadlines = deadlinesOf(node);
      if (deadlines.isEmpty()) {
        problems.add(what + " states " + stated.get() + " but names no catalogue deadline");
      }
      for (String id : deadlines) {
        List<Standard> having = served.stream().filter(s -> s.deadline(id).isPresent()).toList();
        if (having.isEmpty()) {
          problems.add(what + ": no standard it serves has deadline " + id);
        }
        for (Standard standard : having) {
          Standard.Deadline deadline = standard.deadline(id).orElseThrow();
          Stated catalogued = new Stated(deadline.value(), deadline.unit());
          if (!catalogued.equals(stated.get())) {
            problems.add(what + " states " + stated.get() + ", the catalogue's " + id + " is " + catalogued + " ("
                + deadline.citation(standard.code()) + ")");
          }
        }
      }
    }
    return problems;
  }

  /** The standards a diagram serves: its own; for a building block, the standards whose diagrams call it (all if none). */
  private List<Standard> served(String process) throws IOException {
    if (catalogue.find(process).isPresent()) {
      return List.of(catalogue.get(process));
    }
    List<Standard> callers = new ArrayList<>();
    for (Path diagram : diagrams().toList()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
      String caller = model.getModelElementsByType(Process.class).iterator().next().getId();
      boolean calls = model.getModelElementsByType(CallActivity.class).stream()
          .anyMatch(call -> process.equals(call.getCalledElement()));
      if (calls && catalogue.find(caller).isPresent()) {
        callers.add(catalogue.get(caller));
      }
    }
    return callers.isEmpty() ? List.copyOf(catalogue.all()) : callers;
  }

  private static List<String> deadlinesOf(FlowNode node) {
    StringBuilder expressions = new StringBuilder();
    if (node instanceof UserTask task && task.getCamundaDueDate() != null) {
      expressions.append(task.getCamundaDueDate());
    }
    for (TimerEventDefinition timer : node.getChildElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null) {
        expressions.append(timer.getTimeDate().getTextContent());
      }
    }
    List<String> found = new ArrayList<>();
    Matcher matcher = DEADLINE.matcher(expressions);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
