package kz.qyzmet.modeler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.OfficeRole;
import kz.qyzmet.engine.BuildingBlockContracts;
import kz.qyzmet.engine.BuildingBlockContracts.Contract;

/**
 * Camunda Modeler's element templates (Camunda 7 schema) for Qyzmet's diagrams, made from the building blocks'
 * contracts, the catalogue's deadlines and the directory's roles, so that Modeler shows choices instead of raw
 * expressions. {@code ElementTemplatesTest} keeps {@code .camunda/element-templates} equal to what this makes
 * ({@code -Dqyzmet.modeler.write=true} rewrites the files and marks the diagrams' elements).
 *
 * <ul>
 *   <li>{@code kz.qyzmet.block.<process>}: the call of a building block (called element, variable mapping, business
 *       key), its inputs and outputs in the description;</li>
 *   <li>{@code kz.qyzmet.officeTask}: a user task routed to an office's group, the role chosen from the roles that
 *       exist;</li>
 *   <li>{@code kz.qyzmet.deadlineTask.<process>}: a user task with a statutory due date, the deadline chosen from the
 *       catalogue's timers of that standard (or those the building block declares);</li>
 *   <li>{@code kz.qyzmet.escalation.<process>}: the service task that records a breach and gives the head a task.</li>
 * </ul>
 * Camunda 7 templates cannot bind a timer event's definition; a boundary timer names the same catalogue deadline as
 * the task it is attached to (ElementTemplatesTest) and bpmnlint's rule {@code qyzmet/deadline-from-catalogue} checks
 * its expression.
 */
public final class ElementTemplates {

  public static final String SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema@0.22.1/resources/schema.json";
  public static final String BLOCK = "kz.qyzmet.block.";
  public static final String OFFICE_TASK = "kz.qyzmet.officeTask";
  public static final String DEADLINE_TASK = "kz.qyzmet.deadlineTask.";
  public static final String ESCALATION = "kz.qyzmet.escalation.";
  public static final int VERSION = 1;

  static final Map<Standard.Deadline.Unit, String> UNITS = Map.of(
      Standard.Deadline.Unit.workingDays, "жұмыс күні", Standard.Deadline.Unit.calendarDays, "күнтізбелік күн",
      Standard.Deadline.Unit.months, "ай", Standard.Deadline.Unit.hours, "сағат",
      Standard.Deadline.Unit.minutes, "минут");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final BuildingBlockContracts contracts;
  private final StandardsCatalogue catalogue;

  public ElementTemplates(BuildingBlockContracts contracts, StandardsCatalogue catalogue) {
    this.contracts = contracts;
    this.catalogue = catalogue;
  }

  /** Every template file by its name in {@code .camunda/element-templates}, as it is written. */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    ArrayNode blocks = JSON.arrayNode();
    contracts.all().stream().filter(BuildingBlockContracts.Contract::called)
        .forEach(contract -> blocks.add(block(contract)));
    files.put("qyzmet-building-blocks.json", write(blocks));
    files.put("qyzmet-office-task.json", write(JSON.arrayNode().add(officeTask())));
    ArrayNode deadlines = JSON.arrayNode();
    ArrayNode escalations = JSON.arrayNode();
    for (Map.Entry<String, List<Timer>> process : timersByProcess().entrySet()) {
      if (process.getValue().isEmpty()) {
        continue; // a standard served on the spot has no timer (S09: minutes, measured as service norms)
      }
      deadlines.add(deadlineTask(process.getKey(), process.getValue()));
      escalations.add(escalation(process.getKey(), process.getValue()));
    }
    files.put("qyzmet-deadline-tasks.json", write(deadlines));
    files.put("qyzmet-escalations.json", write(escalations));
    return files;
  }

  /** A catalogue timer as a template offers it. */
  public record Timer(String id, String label) {

    public String dueExpression() {
      return "${deadlines.due(execution, '" + id + "')}";
    }

    public String escalationExpression(OfficeRole head) {
      return "${deadlines.escalate(execution, '" + id + "', '" + head.name() + "')}";
    }
  }

  /** The variable an escalation event subprocess that catches every deadline's escalation stores the code in. */
  public static final String OVERDUE_DEADLINE = "overdueDeadline";

  /**
   * The escalation of a diagram whose timers name more than one deadline, drawn once: an event subprocess catches
   * every timer's escalation (its code is the deadline that ran out) into {@link #OVERDUE_DEADLINE}.
   */
  public static String caughtEscalationExpression(OfficeRole head) {
    return "${deadlines.escalate(execution, " + OVERDUE_DEADLINE + ", '" + head.name() + "')}";
  }

  /** The timers each process may name: a standard's own, a building block's declared ones (by the first standard). */
  public Map<String, List<Timer>> timersByProcess() {
    Map<String, List<Timer>> timers = new LinkedHashMap<>();
    for (Standard standard : catalogue.all().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
      timers.put(standard.code(), standard.deadlines().stream()
          .filter(deadline -> deadline.kind() == Standard.Deadline.Kind.timer)
          .map(deadline -> timer(standard, deadline)).collect(Collectors.toMap(Timer::id, t -> t, (a, b) -> a,
              LinkedHashMap::new)).values().stream().toList());
    }
    for (Contract contract : contracts.all()) {
      timers.put(contract.process(), contract.deadlines().stream().map(id -> catalogue.all().stream()
          .sorted((a, b) -> a.code().compareTo(b.code()))
          .flatMap(standard -> standard.deadlines().stream().filter(d -> d.id().equals(id))
              .map(d -> new Timer(id, id + ": " + d.value() + " " + UNITS.get(d.unit()) + " (бірнеше стандартта)")))
          .findFirst().orElseThrow(() -> new IllegalStateException("No catalogue deadline " + id))).toList());
    }
    return timers;
  }

  private static Timer timer(Standard standard, Standard.Deadline deadline) {
    return new Timer(deadline.id(), deadline.id() + ": " + deadline.value() + " " + UNITS.get(deadline.unit()) + " ("
        + standard.code() + ", " + deadline.item() + "-тармақ, " + deadline.line() + "-жол)");
  }

  /** The roles that head an office: the escalation goes to one of them. */
  public static List<OfficeRole> heads() {
    return Arrays.stream(OfficeRole.values()).filter(role -> role.name().endsWith("Head")).toList();
  }

  public static String routing(OfficeRole role) {
    return "${officeRouter.candidateGroup(execution, '" + role.name() + "')}";
  }

  private ObjectNode block(Contract contract) {
    ObjectNode template = template(BLOCK + contract.process(), "Құрама блок: " + contract.name(),
        "Шақырылатын процесс " + contract.process() + ". Кіреді: " + String.join(", ", inputs(contract))
            + ". Қайтады: " + String.join(", ", contract.outputs()) + ". Келісім: processes/building-blocks.yaml.",
        "bpmn:CallActivity");
    ArrayNode properties = template.putArray("properties");
    properties.add(property("Құрама блок", "String", contract.process(), "property", "calledElement")
        .put("editable", false));
    properties.add(property(null, "Hidden", "${buildingBlockVariables}", "property",
        "camunda:variableMappingDelegateExpression"));
    ObjectNode businessKey = JSON.objectNode().put("type", "Hidden");
    businessKey.putObject("binding").put("type", "camunda:in:businessKey");
    properties.add(businessKey);
    return template;
  }

  private List<String> inputs(Contract contract) {
    List<String> inputs = new java.util.ArrayList<>(contracts.context());
    inputs.addAll(contract.in());
    contract.deadlines().forEach(id -> inputs.add(id + " мерзімінің басы"));
    return inputs;
  }

  private ObjectNode officeTask() {
    ObjectNode template = template(OFFICE_TASK, "Кеңсе тапсырмасы",
        "Пайдаланушы тапсырмасы істің кеңсесінің тобына беріледі (officeRouter): рөлді таңдаңыз.", "bpmn:UserTask");
    template.putArray("properties").add(roleProperty());
    return template;
  }

  private ObjectNode deadlineTask(String process, List<Timer> timers) {
    ObjectNode template = template(DEADLINE_TASK + process, "Мерзімі бар кеңсе тапсырмасы: " + process,
        "Тапсырманың орындалу мерзімі каталогтағы " + process + " мерзімдерінің бірі (catalogue/"
            + process + ".yaml); шекаралық таймер сол мерзімді атайды.", "bpmn:UserTask");
    ArrayNode properties = template.putArray("properties");
    properties.add(roleProperty());
    ObjectNode due = dropdown("Нормативтік мерзім", "property", "camunda:dueDate");
    timers.forEach(timer -> choice(due, timer.label(), timer.dueExpression()));
    due.put("value", timers.get(0).dueExpression());
    properties.add(due);
    return template;
  }

  private ObjectNode escalation(String process, List<Timer> timers) {
    ObjectNode template = template(ESCALATION + process, "Мерзімнің бұзылуы: " + process,
        "Мерзім өтті: бұзушылық тіркеледі (breach_<мерзім>, qyzmet.deadline.breaches) және кеңсе басшысына "
            + "тапсырма беріледі (deadline-escalation). Диаграммада бір рет салынады: таймерлер мерзімі атымен "
            + "эскалация лақтырады, оны оқиғалық ішкі процесс ұстайды; бірнеше мерзім болса, «өткен мерзім» "
            + "(overdueDeadline) таңдалады.", "bpmn:ServiceTask");
    ObjectNode expression = dropdown("Мерзім және басшы", "property", "camunda:expression");
    for (Timer timer : timers) {
      for (OfficeRole head : heads()) {
        choice(expression, timer.id() + " → " + head.nameKk(), timer.escalationExpression(head));
      }
    }
    if (timers.size() > 1) {
      for (OfficeRole head : heads()) {
        choice(expression, "өткен мерзім (" + OVERDUE_DEADLINE + ") → " + head.nameKk(),
            caughtEscalationExpression(head));
      }
    }
    expression.put("value", timers.get(0).escalationExpression(heads().get(0)));
    template.putArray("properties").add(expression);
    return template;
  }

  private ObjectNode roleProperty() {
    ObjectNode role = dropdown("Рөл (кеңсе тобы)", "property", "camunda:candidateGroups");
    for (OfficeRole r : OfficeRole.values()) {
      choice(role, r.nameKk() + " (" + r.name() + ")", routing(r));
    }
    role.put("value", routing(OfficeRole.values()[0]));
    return role;
  }

  private static ObjectNode template(String id, String name, String description, String appliesTo) {
    ObjectNode template = JSON.objectNode();
    template.put("$schema", SCHEMA);
    template.put("name", name);
    template.put("id", id);
    template.put("version", VERSION);
    template.put("description", description);
    template.putArray("appliesTo").add(appliesTo);
    return template;
  }

  private static ObjectNode property(String label, String type, String value, String binding, String name) {
    ObjectNode property = JSON.objectNode();
    if (label != null) {
      property.put("label", label);
    }
    property.put("type", type);
    property.put("value", value);
    property.putObject("binding").put("type", binding).put("name", name);
    return property;
  }

  private static ObjectNode dropdown(String label, String binding, String name) {
    ObjectNode dropdown = JSON.objectNode().put("label", label).put("type", "Dropdown");
    dropdown.putArray("choices");
    dropdown.putObject("binding").put("type", binding).put("name", name);
    return dropdown;
  }

  private static void choice(ObjectNode dropdown, String name, String value) {
    ((ArrayNode) dropdown.get("choices")).addObject().put("name", name).put("value", value);
  }

  private static String write(ArrayNode templates) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(templates) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
