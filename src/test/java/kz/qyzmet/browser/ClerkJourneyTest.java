package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 9, item 2: an S01 case as the clerks see it in Tasklist. The operator of the Хромтау Public Service Centre
 * (psc-aktobe-05) takes the application with the start form and its document checklist, sees the hand-over task of
 * her case and no task of the Алмалы centre, completes it; the specialist of the Хромтау pension branch
 * (pension-aktobe-12) finds the review with its due date. An incomplete set ends in the refusal of item 16.
 */
@BrowserTest
class ClerkJourneyTest extends ClerkInTasklist {

  /** S01 as Tasklist's start dialog lists it: the code, then the name (issue 18, item 2). */
  static final String S01_NAME = "S01 · Мемлекеттік базалық зейнетақы төлемін тағайындау";
  /** S01's name as its start form heads it. */
  static final String S01_TITLE = "Мемлекеттік базалық зейнетақы төлемін тағайындау";
  static final String OFFICE_TASKS = "Кеңсемнің тапсырмалары";
  static final String CENTRE_GROUP = "psc-aktobe-05.pscOperator";
  static final String BRANCH_GROUP = "pension-aktobe-12.branchSpecialist";
  static final List<String> S01_DOCUMENTS = List.of("Өтініш", "Жеке басын куәландыратын құжаттың көшірмесі",
      "Тұрғылықты жері бойынша тіркелгенін растайтын құжат", "Банк шоты туралы мәліметтер");
  /** Tasklist's tooltip of a due date in Kazakh (config.js: dddd, DD.MM.YYYY HH:mm), in the browser's zone (UTC). */
  static final DateTimeFormatter TOOLTIP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneOffset.UTC);
  static final List<String> WEEKDAYS = List.of("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі",
      "жексенбі");

  @Test
  void theOperatorTakesTheApplicationAndHandsItOverAndTheBranchSpecialistFindsTheReviewWithItsDueDate() {
    // A case filed at another office (Алмалы, Алматы қаласы): its hand-over task must not reach the Хромтау operator.
    String otherKey = cases.apply(CaseDriver.S01_AT_ALMALY_CENTRE).path("businessKey").asText();
    Task otherOffice = cases.task(otherKey, "Task_HandOverToBranch");

    tasklist.login("khromtauoperator", "demo");
    browser.step("operator-logged-in");
    long before = Tasklist.startedCount(engine, "khromtauoperator");

    // The intake: the S01 start form in Kazakh with the document checklist of item 11.
    tasklist.startForm(S01_NAME);
    assertThat(tasklist.form().getText()).contains(S01_TITLE, "Ұсынылған құжаттар (11-тармақ)").contains(S01_DOCUMENTS);
    browser.step("start-form");
    tasklist.fillS01Application("900515300018", S01_DOCUMENTS);
    browser.step("start-form-filled");
    tasklist.submit(Tasklist.START);
    HistoricProcessInstance started = tasklist.startedBy(engine, "khromtauoperator", before + 1);
    String key = started.getBusinessKey();
    assertThat(tasklist.receipt()).contains("Өтініш қабылданды", key); // issue 18, item 2
    assertThat(started.getEndTime()).as("the case runs").isNull();
    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(groups(handover)).containsExactly(CENTRE_GROUP);

    // Her office's filter: her case, and only tasks of her office.
    tasklist.filter(OFFICE_TASKS);
    List<String> listed = tasklist.listedTaskIds(1);
    browser.step("office-tasks");
    assertThat(listed).contains(handover.getId()).doesNotContain(otherOffice.getId());
    for (String id : listed) {
      assertThat(groups(engine.getTaskService().createTaskQuery().taskId(id).singleResult()))
          .as("task %s in the list of khromtauoperator", id).contains(CENTRE_GROUP);
    }

    tasklist.openFromList(handover.getId());
    String form = tasklist.form().getText();
    assertThat(form).contains("Хабарламаны бөлімшеге жіберу", key, "Тізілімнің (ілеспе хаттың) нөмірі",
        "Барлық қабылданған құжаттар хабарламаға қоса берілді");
    tasklist.assertNoFormError();
    browser.step("handover-form");
    tasklist.claim();
    tasklist.type("Field_HandoverRegisterNumber", "ТЗ-118");
    tasklist.tick("Field_DocumentsHandedOver");
    browser.step("handover-filled");
    tasklist.submit(Tasklist.COMPLETE);
    browser.waitUntil(d -> engine.getTaskService().createTaskQuery().taskId(handover.getId()).count() == 0);
    browser.step("handover-completed");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(started.getId())
        .variableName("handoverRegisterNumber").singleResult().getValue()).isEqualTo("ТЗ-118");

    // The branch specialist of Хромтау finds the review, with its due date.
    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(groups(review)).containsExactly(BRANCH_GROUP);
    assertThat(review.getDueDate()).isNotNull();
    tasklist.login("khromtauspecialist", "demo");
    tasklist.filter(OFFICE_TASKS);
    assertThat(tasklist.listedTaskIds(1)).contains(review.getId()).doesNotContain(handover.getId());
    var entry = tasklist.listEntry(review.getId());
    assertThat(entry.getText()).contains("Өтінішті қарау және шешім қабылдау", "Мерзімі");
    var due = review.getDueDate().toInstant();
    assertThat(entry.findElement(By.cssSelector(".due-date [uib-tooltip]")).getAttribute("uib-tooltip"))
        .isEqualTo(WEEKDAYS.get(due.atZone(ZoneOffset.UTC).getDayOfWeek().ordinal()) + ", " + TOOLTIP.format(due));
    browser.step("specialist-office-tasks");
    tasklist.openFromList(review.getId());
    assertThat(tasklist.form().getText()).contains(key);
    tasklist.assertNoFormError();
    browser.step("review-form");
  }

  @Test
  void anIncompleteSetOfDocumentsEndsInTheRefusalOfItem16() {
    tasklist.login("khromtauoperator", "demo");
    long before = Tasklist.startedCount(engine, "khromtauoperator");
    tasklist.startForm(S01_NAME);
    tasklist.fillS01Application("900515300018", S01_DOCUMENTS.subList(0, 2));
    browser.step("start-form-incomplete");
    tasklist.submit(Tasklist.START);
    HistoricProcessInstance refused = tasklist.startedBy(engine, "khromtauoperator", before + 1);
    browser.step("started");
    assertThat(tasklist.receipt()).contains("Құжаттарды қабылдаудан бас тартылды", refused.getBusinessKey());

    assertThat(refused.getEndTime()).as("the refused intake ends at once").isNotNull();
    assertThat(refused.getEndActivityId()).isEqualTo("Event_IntakeRefused");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(refused.getId()).activityId("Activity_HandoverToBranch").count()).isZero();
    assertThat(cases.status(refused.getBusinessKey()).path("status").asText()).isEqualTo("refusedAtIntake");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(refused.getBusinessKey())
        .count()).isZero();
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
