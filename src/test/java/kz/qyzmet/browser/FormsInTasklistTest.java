package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.browser.ProcessModels.FormUse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, item 3: every Camunda Form of {@code forms/} is opened once in Tasklist, through the first start event or
 * user task (in diagram file order) that names it in {@code camunda:formRef}, as the form-js of Tasklist 7.24 renders
 * it. A start form is opened from "Start process"; a task form on a real task: the case is filed through
 * {@code POST /api/applications} (or {@code /api/complaints}) and, where the task is not the first of the case, the
 * engine's process instance modification puts a token before it (a building block is started with the variables of a
 * real S01 case). Per form, the test fails if
 * <ul>
 *   <li>Tasklist shows no form-js form, an error notification, or form-js renders no input field;</li>
 *   <li>a component with a key has no rendered element (its DOM id is {@code fjs-form-<n>-<component id>});
 *       components with a {@code conditional} are exempt, form-js may hide them;</li>
 *   <li>a required key is unknown to the application: not read by an EL expression of any diagram, not named in the
 *       application's Java code (the intake reads start-form keys there), and, for a start form, not otherwise
 *       checked by anything (the server-side form validation covers only user tasks);</li>
 *   <li>a variable read by the conditions right after the element (its outgoing flows, and those of the gateway it
 *       leads to) is neither a key of the form, nor a variable of the case when the task is open, nor set by the
 *       element's own listeners, nor set by the application's Java code (start events: the intake).</li>
 * </ul>
 * All problems are collected and reported together, with screenshots of every form when the test fails.
 */
@BrowserTest
class FormsInTasklistTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormRendersItsFieldsAndItsKeysAreTheVariablesTheProcessUses() throws IOException {
    browser.at(port);
    Tasklist tasklist = new Tasklist(browser);
    Map<String, FormUse> uses = ProcessModels.formUses();
    List<String> problems = new ArrayList<>();
    List<String> formIds = ProcessModels.files(ProcessModels.FORMS, ".form").stream()
        .map(f -> f.getFileName().toString().replace(".form", "")).toList();
    for (String id : formIds) {
      if (!uses.containsKey(id)) {
        problems.add(id + ": no start event or user task of processes/ names it in camunda:formRef");
      }
    }

    tasklist.login(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    Map<String, String> opened = new LinkedHashMap<>();
    for (String id : formIds) {
      FormUse use = uses.get(id);
      if (use == null) {
        continue;
      }
      JsonNode schema = json.readTree(Files.readString(ProcessModels.FORMS.resolve(id + ".form")));
      Set<String> caseVariables = new TreeSet<>();
      String root = use.startForm() ? ".modal .fjs-form" : ".fjs-form";
      browser.open("/camunda/app/tasklist/default/"); // no form of the previous step stays on the page
      browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty());
      try {
        if (use.startForm()) {
          tasklist.startForm(use.processName());
        } else {
          Task task = reach(use);
          caseVariables.addAll(engine.getTaskService().getVariables(task.getId()).keySet());
          tasklist.openTask(task.getId());
        }
      } catch (RuntimeException e) {
        problems.add(id + " (" + use.processKey() + "/" + use.elementId() + "): not opened in Tasklist: "
            + e.toString().lines().findFirst().orElse(""));
        browser.step(id + "-not-opened");
        continue;
      }
      try {
        browser.waitUntil(d -> !d.findElements(By.cssSelector(root + " .fjs-form-field")).isEmpty());
      } catch (RuntimeException e) {
        problems.add(id + " (" + use.processKey() + "/" + use.elementId() + "): Tasklist shows no form-js field");
      }
      browser.step(id);
      problems.addAll(checkRendered(id, schema, root));
      problems.addAll(checkKeys(id, use, schema, caseVariables));
      opened.put(id, use.processKey() + "/" + use.elementId());
    }
    removeCases(); // the clerks' lists of the other browser tests (same application) stay short
    System.out.println("Forms opened in Tasklist: " + opened);
    assertThat(problems).as("forms that fail in the browser").isEmpty();
    assertThat(opened.keySet()).containsExactlyInAnyOrderElementsOf(formIds);
  }

  private List<String> checkRendered(String id, JsonNode schema, String root) {
    List<String> problems = new ArrayList<>();
    String where = id + ": ";
    List<String> errors = browser.texts(By.cssSelector(".alert-danger, .fjs-error, .fjs-form-field-error"))
        .stream().filter(t -> !t.isBlank()).toList();
    if (!errors.isEmpty()) {
      problems.add(where + "Tasklist/form-js shows an error: " + errors);
    }
    List<WebElement> inputs = browser.all(By.cssSelector(root + " input, " + root + " textarea, " + root + " select"));
    if (inputs.isEmpty()) {
      problems.add(where + "form-js renders no input field");
    }
    for (JsonNode component : components(schema)) {
      if (!component.hasNonNull("key") || component.has("conditional")) {
        continue;
      }
      String componentId = component.path("id").asText();
      if (browser.all(By.cssSelector(root + " [id*='-" + componentId + "']")).isEmpty()) {
        problems.add(where + "field " + component.path("key").asText() + " (" + component.path("type").asText()
            + ", component " + componentId + ") is not rendered");
      }
    }
    return problems;
  }

  private List<String> checkKeys(String id, FormUse use, JsonNode schema, Set<String> caseVariables) {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode component : components(schema)) {
      if (component.hasNonNull("key")) {
        String key = component.path("key").asText();
        keys.add(key);
        boolean required = component.path("validate").path("required").asBoolean(false);
        boolean known = ProcessModels.readByAnyDiagram(key) || ProcessModels.namedInMainSources(key);
        if (required && use.startForm() && !known) {
          problems.add(id + ": required key '" + key + "' of the start form is read by no diagram and not by the "
              + "intake (application code)");
        }
      }
    }
    Set<String> listeners = ProcessModels.setByListeners(use.element());
    for (String expected : ProcessModels.expectedAfter(use.element())) {
      boolean provided = keys.contains(expected) || caseVariables.contains(expected) || listeners.contains(expected)
          || (use.startForm() && ProcessModels.namedInMainSources(expected));
      if (!provided) {
        problems.add(id + ": " + use.processKey() + " reads '" + expected + "' right after " + use.elementId()
            + ", but the form has no such key and the case has no such variable (form keys: " + keys + ")");
      }
    }
    return problems;
  }

  private static List<JsonNode> components(JsonNode schema) {
    List<JsonNode> all = new ArrayList<>();
    collect(schema.path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collect(component.path("components"), all);
    }
  }

  // ---- reaching a task that shows the form ----

  private Task reach(FormUse use) {
    String processKey = use.processKey();
    if (processKey.matches("S\\d\\d")) {
      String key = StandardCases.apply(port, json, processKey, this::running);
      return taskOrModify(processKey, key, use.elementId());
    }
    if (processKey.equals("complaint")) {
      String number = StandardCases.complaint(port, json, StandardCases.apply(port, json, "S01", this::running));
      return taskOrModify("complaint", number, use.elementId());
    }
    // A building block, called by the standards with all the case's variables: started here with those of an S01 case.
    String key = StandardCases.apply(port, json, "S01", this::running);
    String caseId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("S01")
        .processInstanceBusinessKey(key).singleResult().getId();
    if (processKey.equals("deadline-escalation")) { // the hand-over term of the S01 case runs out
      var timer = engine.getManagementService().createJobQuery().timers().activityId("Event_HandoverOverdue").list()
          .stream().filter(job -> engine.getRuntimeService().createProcessInstanceQuery()
              .processInstanceId(job.getProcessInstanceId()).processInstanceBusinessKey(key).count() > 0)
          .findFirst().orElseThrow();
      engine.getManagementService().executeJob(timer.getId());
      return task(key, use.elementId());
    }
    Map<String, Object> variables = engine.getRuntimeService().getVariables(caseId);
    return withDates(missing -> engine.getRuntimeService().createProcessInstanceByKey(processKey)
        .businessKey(key).setVariables(variables).setVariables(missing).startBeforeActivity(use.elementId())
        .execute(), key, use.elementId());
  }

  private Task taskOrModify(String processKey, String businessKey, String taskKey) {
    Task waiting = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).singleResult();
    if (waiting != null) {
      return waiting;
    }
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    return withDates(missing -> engine.getRuntimeService().createProcessInstanceModification(instance)
        .startBeforeActivity(taskKey).setVariables(missing).execute(), businessKey, taskKey);
  }

  private static final java.util.regex.Pattern MISSING_DATE =
      java.util.regex.Pattern.compile("starts at variable '(\\w+)', which the case does not hold as a date");

  /**
   * Puts a token before the task; a deadline that counts from a moment an earlier step records (registeredAt,
   * decidedAt, resultReadyAt) gets that moment as now, which is what the skipped step would have set.
   */
  private Task withDates(java.util.function.Consumer<Map<String, Object>> start,
      String businessKey, String taskKey) {
    Map<String, Object> missing = new LinkedHashMap<>();
    for (int attempt = 0; ; attempt++) {
      try {
        start.accept(missing);
        return task(businessKey, taskKey);
      } catch (RuntimeException e) {
        var m = MISSING_DATE.matcher(String.valueOf(e.getMessage()));
        if (attempt > 4 || !m.find()) {
          throw e;
        }
        missing.put(m.group(1), new java.util.Date());
      }
    }
  }

  private final Set<String> cases = new LinkedHashSet<>();

  private void removeCases() {
    for (String key : cases) {
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
          .list()) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
          engine.getRuntimeService().deleteProcessInstance(instance.getId(), "browser test of the forms", true, true);
        }
      }
    }
  }

  private boolean running(String businessKey) {
    cases.add(businessKey);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
  }

  private Task task(String businessKey, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).list().get(0);
  }

  /** Files cases through the public API with what the catalogue says a complete application is. */
  static final class StandardCases {

    static final String APPLICANT = """
        {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
         "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5", "region": "Ақтөбе облысы",
         "district": "Хромтау"}""";

    /** A complete application of the standard; tries its channels and subtypes until the intake accepts one. */
    static String apply(int port, ObjectMapper json, String standard,
        java.util.function.Predicate<String> running) {
      Http http = new Http(port);
      try {
        JsonNode catalogue = json.readTree(http.get("/api/standards/" + standard, QyzmetTest.ADMIN,
            QyzmetTest.ADMIN_PASSWORD).body());
        List<String> allDocuments = catalogue.path("documents").findValuesAsText("code");
        List<Map<String, Object>> attempts = new ArrayList<>();
        List<JsonNode> subtypes = new ArrayList<>();
        catalogue.path("subtypes").forEach(subtypes::add);
        if (subtypes.isEmpty()) {
          subtypes.add(null);
        }
        for (JsonNode subtype : subtypes) {
          List<String> channels = new ArrayList<>();
          JsonNode channelNodes = subtype != null && subtype.path("channels").size() > 0 ? subtype.path("channels")
              : catalogue.path("channels");
          channelNodes.forEach(c -> channels.add(c.isTextual() ? c.asText() : c.path("code").asText()));
          channels.sort((a, b) -> Boolean.compare(!a.equals("psc"), !b.equals("psc")));
          for (String channel : channels) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("standard", standard);
            body.put("channel", channel);
            if (subtype != null) {
              body.put("subtype", subtype.path("code").asText());
            }
            Map<String, Object> applicant = json.readValue(APPLICANT, Map.class);
            if (standard.equals("S08")) { // no MSE unit of the decree serves Хромтау; the Aktobe one does
              applicant.put("district", "Ақтөбе");
            }
            body.put("applicant", applicant);
            if (standard.equals("S07")) {
              body.put("depositorIin", "900515300018");
            }
            List<String> documents = new ArrayList<>();
            JsonNode docs = subtype != null && subtype.path("documents").size() > 0 ? subtype.path("documents")
                : null;
            if (docs != null) {
              docs.forEach(d -> documents.add(d.isTextual() ? d.asText() : d.path("code").asText()));
            } else {
              documents.addAll(allDocuments);
            }
            // Only the documents the catalogue asks for at this channel (S07, S09: the portal takes the signed request).
            documents.removeIf(code -> {
              for (JsonNode document : catalogue.path("documents")) {
                if (document.path("code").asText().equals(code) && document.path("channels").size() > 0) {
                  return !document.path("channels").toString().contains("\"" + channel + "\"");
                }
              }
              return false;
            });
            body.put("documents", documents);
            if (documents.contains("powerOfAttorney")) { // the receipt names the representative (item 14.2)
              body.put("representative", Map.of("surname", "Сейітов", "name", "Марат", "phone", "+7 702 111 22 33"));
            }
            attempts.add(body);
          }
        }
        List<String> answers = new ArrayList<>();
        for (Map<String, Object> body : attempts) {
          var response = http.postJson("/api/applications", json.writeValueAsString(body), QyzmetTest.ADMIN,
              QyzmetTest.ADMIN_PASSWORD);
          JsonNode receipt = json.readTree(response.body());
          if (response.statusCode() == 201 && receipt.path("kind").asText().equals("receipt")
              && running.test(receipt.path("businessKey").asText())) {
            return receipt.path("businessKey").asText();
          }
          answers.add(response.statusCode() + " " + response.body());
        }
        throw new IllegalStateException("the intake accepted no application of " + standard + ": " + answers);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    static String complaint(int port, ObjectMapper json, String caseKey) {
      String body = """
          {"complainant": {"surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
            "postalAddress": "030000, Хромтау, Абай көшесі 5", "phone": "+7 701 000 00 00"},
           "channel": "trustPhone", "concerns": "action", "subject": "Хромтау аудандық бөлімшесі",
           "reason": "Өтінішті қарау кезінде құжаттар жоғалды", "demand": "Шешімді қайта қарау", "signed": true,
           "standard": "S01", "caseBusinessKey": "%s"}""".formatted(caseKey);
      var response = new Http(port).postJson("/api/complaints", body, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
      try {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("number").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
