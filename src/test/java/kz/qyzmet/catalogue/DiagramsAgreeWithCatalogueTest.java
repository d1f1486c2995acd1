package kz.qyzmet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.Diagram;
import kz.qyzmet.EveryDiagram;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The statutory numbers live in the catalogue only. A diagram names a deadline by its id ({@code
 * ${deadlines.due(execution, 'service')}}) and cites the decree line beside it; this test fails when a diagram hard-codes
 * a term, names a deadline the catalogue does not have, or cites a line that is not the catalogue's line for it.
 */
class DiagramsAgreeWithCatalogueTest {

  static final Pattern DEADLINE = Pattern.compile("deadlines\\.due\\(execution, '([a-zA-Z]+)'\\)");
  /**
   * A term comes from the catalogue ({@code deadlines.due}) or, for complaints, from the terms of the Law No. 221 that
   * the standards refer to ({@code complaints.reviewDue}, configured in one place and cited by the diagram).
   */
  static final String TERM =
      "\\$\\{(deadlines\\.due\\(execution, '[a-zA-Z]+'\\)|complaints\\.reviewDue\\(execution\\)"
      // the head's escalation task: the breached deadline's due moment, which deadlines.escalate computes
      + "|deadlineDueAt)}";
  static final Pattern RUNTIME_CITATION = Pattern.compile("\\$\\{deadlines\\.taskText\\(execution, '([a-zA-Z]+)'\\)}");
  static final Pattern CITATION = Pattern.compile("(S\\d\\d)(?: item [0-9.]+,)? line (\\d+)");

  final StandardsCatalogue catalogue = new StandardsCatalogue();

  @EveryDiagram
  void timersAndDueDatesTakeTheirTermFromTheCatalogue(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      TimeDate date = timer.getTimeDate();
      TimeDuration duration = timer.getTimeDuration();
      assertThat(duration).as("hard-coded duration in " + diagram + " " + timer.getParentElement().getAttributeValue("id"))
          .isNull();
      assertThat(date).as("timer without date in " + diagram).isNotNull();
      assertThat(date.getTextContent()).as("timer of " + timer.getParentElement().getAttributeValue("id"))
          .matches(TERM);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaDueDate() != null) {
        assertThat(task.getCamundaDueDate()).as("due date of " + task.getId()).matches(TERM);
      }
    }
  }

  @EveryDiagram
  void everyDeadlineCitesTheCataloguesItemAndLine(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      List<String> deadlines = deadlinesOf(element);
      if (deadlines.isEmpty()) {
        continue;
      }
      String documentation = documentation(element);
      Matcher citation = CITATION.matcher(documentation);
      List<String> cited = new ArrayList<>();
      while (citation.find()) {
        Standard standard = catalogue.get(citation.group(1));
        int line = Integer.parseInt(citation.group(2));
        for (String id : deadlines) {
          assertThat(standard.deadline(id)).as(citation.group(1) + " has deadline " + id + " (" + element.getId() + ")")
              .isPresent();
          assertThat(standard.deadline(id).get().line())
              .as(element.getId() + " in " + diagram + " cites " + citation.group() + " for deadline " + id)
              .isEqualTo(line);
        }
        cited.add(citation.group());
      }
      // A building block serves every standard: its task text names the case's own item and line from the catalogue
      // at run time (Deadlines.taskText), so no one standard's line is written into it.
      Matcher runtime = RUNTIME_CITATION.matcher(documentation);
      while (runtime.find()) {
        assertThat(deadlines).as(element.getId() + " names its own deadline").contains(runtime.group(1));
        cited.add(runtime.group());
      }
      assertThat(cited).as(element.getId() + " in " + diagram + " cites the decree line of " + deadlines).isNotEmpty();
    }
  }

  @EveryDiagram
  void aStandardsDiagramUsesOnlyItsOwnDeadlines(Diagram diagram) throws IOException {
    BpmnModelInstance model = diagram.model();
    String processId = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    if (catalogue.find(processId).isEmpty()) {
      return; // a building block: checked through the standards that call it
    }
    Matcher used = DEADLINE.matcher(Files.readString(diagram.path()));
    while (used.find()) {
      assertThat(catalogue.get(processId).deadline(used.group(1))).as(processId + " deadline " + used.group(1))
          .isPresent();
    }
  }

  private static List<String> deadlinesOf(BaseElement element) {
    List<String> found = new ArrayList<>();
    String own = element instanceof UserTask task && task.getCamundaDueDate() != null ? task.getCamundaDueDate() : "";
    for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null) {
        own += timer.getTimeDate().getTextContent();
      }
    }
    Matcher matcher = DEADLINE.matcher(own);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String documentation(BaseElement element) {
    StringBuilder text = new StringBuilder();
    for (Documentation documentation : element.getDocumentations()) {
      text.append(documentation.getTextContent()).append('\n');
    }
    return text.toString();
  }
}
