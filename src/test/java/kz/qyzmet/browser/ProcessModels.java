package kz.qyzmet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The diagrams of {@code processes/} and the forms of {@code forms/}, read as Modeler and the engine read them. */
final class ProcessModels {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Path MAIN_SOURCES = Path.of("src/main/java");

  /** Where a form is used: the process and the user task or start event that names it in camunda:formRef. */
  record FormUse(String formId, String processKey, String processName, String elementId, boolean startForm,
      FlowNode element) {}

  static List<Path> files(Path dir, String extension) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnModelInstance read(Path bpmn) {
    return Bpmn.readModelFromFile(bpmn.toFile());
  }

  static Process process(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next();
  }

  /** The first use of every form id, in file order of the diagrams. */
  static Map<String, FormUse> formUses() {
    Map<String, FormUse> uses = new LinkedHashMap<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = read(file);
      Process process = process(model);
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String ref = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (ref != null) {
          uses.putIfAbsent(ref, new FormUse(ref, process.getId(), process.getName(), start.getId(), true, start));
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String ref = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (ref != null) {
          uses.putIfAbsent(ref, new FormUse(ref, process.getId(), process.getName(), task.getId(), false, task));
        }
      }
    }
    return uses;
  }

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*[(.\\w])");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

  /** Variable names read by the EL expressions in a text: identifiers that are not a bean call or a property. */
  static Set<String> variablesIn(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      String body = expressions.group(1).replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
      Matcher id = IDENTIFIER.matcher(body);
      while (id.find()) {
        if (!EL_WORDS.contains(id.group(1))) {
          names.add(id.group(1));
        }
      }
    }
    return names;
  }

  /**
   * The variables the process reads right after this element: the conditions of its outgoing flows and, when it
   * leads to a gateway, of the gateway's outgoing flows. These must come from the form or already be in the case.
   */
  static Set<String> expectedAfter(FlowNode element) {
    Set<String> names = new LinkedHashSet<>();
    for (SequenceFlow flow : element.getOutgoing()) {
      names.addAll(conditionVariables(flow));
      if (flow.getTarget() instanceof Gateway gateway) {
        for (SequenceFlow next : gateway.getOutgoing()) {
          names.addAll(conditionVariables(next));
        }
      }
    }
    return names;
  }

  private static Set<String> conditionVariables(SequenceFlow flow) {
    ConditionExpression condition = flow.getConditionExpression();
    return condition == null ? Set.of() : variablesIn(condition.getTextContent());
  }

  /** Names that this element's own listeners set ({@code setVariable('name', ...)}). */
  static Set<String> setByListeners(ModelElementInstance element) {
    Set<String> names = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    collectText(element.getDomElement(), texts);
    for (String text : texts) {
      Matcher set = Pattern.compile("setVariable\\('([^']+)'").matcher(text);
      while (set.find()) {
        names.add(set.group(1));
      }
    }
    return names;
  }

  private static void collectText(org.camunda.bpm.model.xml.instance.DomElement dom, List<String> texts) {
    texts.add(dom.getTextContent());
    for (var child : dom.getChildElements()) {
      for (String attribute : List.of("expression", "class", "delegateExpression")) {
        String value = child.getAttribute(attribute);
        if (value != null) {
          texts.add(value);
        }
      }
      collectText(child, texts);
    }
  }

  private static String mainSources;

  /** Whether the application's Java code names this variable as a string literal (e.g. the intake reads it). */
  static boolean namedInMainSources(String name) {
    if (mainSources == null) {
      StringBuilder all = new StringBuilder();
      try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      mainSources = all.toString();
    }
    return mainSources.contains("\"" + name + "\"");
  }

  private static String allExpressions;

  /** Whether an EL expression of any diagram reads this variable. */
  static boolean readByAnyDiagram(String name) {
    if (allExpressions == null) {
      Set<String> names = new LinkedHashSet<>();
      for (Path file : files(PROCESSES, ".bpmn")) {
        try {
          names.addAll(variablesIn(Files.readString(file).replace("&amp;", "&").replace("&lt;", "<")
              .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      allExpressions = "\n" + String.join("\n", names) + "\n";
    }
    return allExpressions.contains("\n" + name + "\n");
  }
}
