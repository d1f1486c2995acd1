package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mobile Public Service Centre's visit to a settlement (processes/mobile-psc-visit.bpmn): it takes documents there
 * for at least six working hours (catalogue norm "mobilePscStay": S01 item 9.2, line 586, and the same item of S02-S07,
 * S10). The Хромтау centre (psc-aktobe-05) visits Тассай on Friday 20 November 2026; Aktobe is on UTC+5.
 */
@StandardProcessTest(standard = "S01", applicant = MobileCentreVisitTest.APPLICANT)
class MobileCentreVisitTest extends StandardCaseTest {

  static final String APPLICANT = """
      "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "phone": "+7 701 000 00 00",
                    "address": "Тассай ауылы", "region": "Ақтөбе облысы", "district": "Хромтау"}""";
  static final String DOCUMENTS = "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]";

  @Autowired MeterRegistry meters;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aVisitThatEndsAfterFiveHoursRecordsABreachAndItsApplicationsNameIt() {
    CaseDriver.at(2026, 11, 20, 9, 5);
    String visit = startVisit("2026-11-20T09:00+05:00");
    assertThat(visit).matches("MPSC-261120-[A-Z2-9]{8}");
    Task stay = visitTask(visit);
    assertThat(cases.candidateGroups(stay)).containsExactly(CENTRE + ".pscOperator");
    // Six hours after the arrival: the earliest end the norm allows.
    assertThat(stay.getFollowUpDate()).isEqualTo(CaseDriver.date(2026, 11, 20, 15, 0));
    // The visit's Kazakh form names the norm and every standard's item and line of it in Kazakh.
    assertThat(engine.getRuntimeService().getVariables(stay.getProcessInstanceId())).containsEntry("stayNorm", "6 сағат")
        .hasEntrySatisfying("stayCitation", citation -> assertThat(citation.toString())
            .startsWith("S01, 9.2-тармақ, 586-жол; S02, 9.2-тармақ, ").doesNotContain("item", "line"));

    // An application taken on the visit records the visit and its arrival.
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = cases.apply("""
        {"channel": "mobilePsc", %s, "documents": %s, "mobileVisit": "%s"}""".formatted(APPLICANT, DOCUMENTS, visit))
        .path("businessKey").asText();
    assertThat(cases.variables(key)).containsEntry("mobilePscVisit", visit)
        .containsEntry("mobilePscArrivedAt", CaseDriver.date(2026, 11, 20, 9, 0))
        .containsEntry("mobilePscSettlement", "Тассай").containsEntry("channel", "mobilePsc");
    // Only the mobile centre's channel names a visit.
    var atCentre = new Http(port).postJson("/api/applications", """
        {"standard": "S01", "channel": "psc", %s, "documents": %s, "mobileVisit": "%s"}
        """.formatted(APPLICANT, DOCUMENTS, visit), QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(atCentre.statusCode()).isEqualTo(400);
    assertThat(atCentre.body()).contains("mobileVisit");

    // The end must follow the arrival: rejected naming the field, the task stays open.
    CaseDriver.at(2026, 11, 20, 14, 5);
    assertThatThrownBy(() -> engine.getTaskService().complete(stay.getId(),
        Map.of("mobilePscLeftAt", CaseDriver.date(2026, 11, 20, 8, 0))))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(mobilePscLeftAt): келген уақыттан кейін болуы тиіс");
    assertThat(visitTask(visit).getId()).isEqualTo(stay.getId());

    // Left at 14:00, after five hours: the norm was not kept.
    double before = breaches();
    engine.getTaskService().complete(stay.getId(), Map.of("mobilePscLeftAt", CaseDriver.date(2026, 11, 20, 14, 0),
        "mobilePscApplicationsTaken", 1));
    ProcessInstance instance = visitInstance(visit);
    assertThat(instance).isEnded().hasPassed("Event_StayBreached").hasNotPassed("Event_VisitEnded");
    assertThat(CaseInstance.variables(engine, instance)).containsEntry("mobilePscStayMinutes", 300L)
        .containsEntry("mobilePscStayKept", false)
        .containsEntry("breach_mobilePscStay", CaseDriver.date(2026, 11, 20, 14, 0))
        .containsEntry("officeId", CENTRE);
    assertThat(breaches()).isEqualTo(before + 1);

    // The visit has ended: it takes no more applications.
    var afterVisit = new Http(port).postJson("/api/applications", """
        {"standard": "S01", "channel": "mobilePsc", %s, "documents": %s, "mobileVisit": "%s"}
        """.formatted(APPLICANT, DOCUMENTS, visit), QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(afterVisit.statusCode()).isEqualTo(400);
    assertThat(afterVisit.body()).contains("mobileVisit");
  }

  @Test
  void aVisitOfSixHoursKeepsTheNormWhenEndedFromTasklist() {
    CaseDriver.at(2026, 11, 20, 9, 5);
    String visit = startVisit("2026-11-20T09:00+05:00");
    Task stay = visitTask(visit);
    double before = breaches();

    // A case started with the standard's start form in Tasklist names the visit the same way.
    CaseDriver.at(2026, 11, 20, 11, 0);
    Map<String, Object> application = new java.util.HashMap<>(Map.of("channel", "mobilePsc",
        "applicantIin", "900515300018", "applicantSurname", "Сейтқали", "applicantName", "Айбек",
        "applicantPhone", "+7 701 000 00 00", "applicantAddress", "Тассай ауылы", "region", "Ақтөбе облысы",
        "district", "Хромтау", "mobileVisit", visit));
    application.put("documents", "application,identityDocumentCopy,residenceProof,bankAccountDetails");
    ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey("S01", application);
    assertThat(CaseInstance.variables(engine, started)).containsEntry("mobilePscVisit", visit)
        .containsEntry("mobilePscArrivedAt", CaseDriver.date(2026, 11, 20, 9, 0));

    // Submitted as Tasklist does, the end as the date-time field sends it: 15:00, six hours.
    CaseDriver.at(2026, 11, 20, 15, 5);
    var ended = new Http(port).postJson("/engine-rest/task/" + stay.getId() + "/submit-form", """
        {"variables": {"mobilePscLeftAt": {"value": "2026-11-20T15:00+05:00"}}}""",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
    ProcessInstance instance = visitInstance(visit);
    assertThat(instance).isEnded().hasPassed("Event_VisitEnded").hasNotPassed("Event_StayBreached");
    assertThat(CaseInstance.variables(engine, instance)).containsEntry("mobilePscStayMinutes", 360L)
        .containsEntry("mobilePscStayKept", true)
        .containsEntry("mobilePscLeftAt", CaseDriver.date(2026, 11, 20, 15, 0))
        .doesNotContainKey("breach_mobilePscStay");
    assertThat(breaches()).isEqualTo(before);
  }

  @Test
  void aVisitWithoutItsSettlementOrWithAnArrivalInTheFutureDoesNotStart() {
    CaseDriver.at(2026, 11, 20, 9, 5);
    long visits = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("mobile-psc-visit").count();
    var refused = new Http(port).postJson("/engine-rest/process-definition/key/mobile-psc-visit/submit-form", """
        {"variables": {"region": {"value": "Ақтөбе облысы"}, "district": {"value": "Хромтау"},
                       "mobilePscArrivedAt": {"value": "2026-11-20T11:00+05:00"}}}""",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("«Елді мекен» өрісі: толтыру міндетті.")
        .contains("«Келген уақыты» өрісі: болашақта болмайды.")
        .contains("mobilePscSettlement").contains("mobilePscArrivedAt"); // the fields' names in "fields"
    // A Russian reader reads the fields' labels in Russian too, not a Russian rule with a Kazakh label.
    var russian = new Http(port).postJson("/engine-rest/process-definition/key/mobile-psc-visit/submit-form", """
        {"variables": {"region": {"value": "Ақтөбе облысы"}, "district": {"value": "Хромтау"},
                       "mobilePscArrivedAt": {"value": "2026-11-20T11:00+05:00"}}}""",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, "ru");
    assertThat(russian.statusCode()).as(russian.body()).isEqualTo(400);
    assertThat(russian.body()).contains("Поле «Населённый пункт»: обязательно для заполнения.")
        .contains("Поле «Время прибытия»: не может быть в будущем.").doesNotContain("Елді мекен");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("mobile-psc-visit").count()).isEqualTo(visits);
  }

  @Test
  void theCentresOperatorStartsAVisitAndTakesAnApplicationOnIt() throws Exception {
    // The clerk's own authorizations: she works the visit's task but may not read its process instance; the intake
    // still finds the visit she started.
    String clerk = "mobileoperator05";
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(clerk).count() == 0) {
      var user = identity.newUser(clerk);
      user.setPassword("clerk");
      identity.saveUser(user);
      identity.createMembership(clerk, CENTRE + ".pscOperator");
    }
    CaseDriver.at(2026, 11, 23, 10, 0);
    var started = new Http(port).postJson("/engine-rest/process-definition/key/mobile-psc-visit/submit-form", """
        {"variables": {"mobilePscSettlement": {"value": "Тассай"}, "region": {"value": "Ақтөбе облысы"},
                       "district": {"value": "Хромтау"}, "mobilePscArrivedAt": {"value": "2026-11-23T09:30+05:00"}}}""",
        clerk, "clerk");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String visit = json.readTree(started.body()).path("businessKey").asText();
    assertThat(visit).startsWith("MPSC-261123-");

    var taken = new Http(port).postJson("/api/applications", """
        {"standard": "S01", "channel": "mobilePsc", %s, "documents": %s, "mobileVisit": "%s"}
        """.formatted(APPLICANT, DOCUMENTS, visit), clerk, "clerk");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    String key = json.readTree(taken.body()).path("businessKey").asText();
    assertThat(cases.variables(key)).containsEntry("mobilePscVisit", visit)
        .containsEntry("mobilePscArrivedAt", CaseDriver.date(2026, 11, 23, 9, 30));
  }

  // ---------------------------------------------------------------- helpers

  /** Starts a visit of the Хромтау centre to Тассай as Tasklist's start form does; returns its number. */
  private String startVisit(String arrivedAt) {
    var started = new Http(port).postJson("/engine-rest/process-definition/key/mobile-psc-visit/submit-form", """
        {"variables": {"mobilePscSettlement": {"value": "Тассай"}, "region": {"value": "Ақтөбе облысы"},
                       "district": {"value": "Хромтау"}, "mobilePscArrivedAt": {"value": "%s"}}}"""
        .formatted(arrivedAt), QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    try {
      JsonNode instance = json.readTree(started.body());
      return engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(instance.path("id").asText()).singleResult().getBusinessKey();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Task visitTask(String visit) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(visit)
        .taskDefinitionKey("Task_TakeDocuments").singleResult();
    assertThat(task).as("the visit's task").isNotNull();
    return task;
  }

  private ProcessInstance visitInstance(String visit) {
    return CaseInstance.of(engine, "mobile-psc-visit", visit);
  }

  private double breaches() {
    return meters.find("qyzmet.deadline.breaches").tag("deadline", "mobilePscStay").counters().stream()
        .mapToDouble(Counter::count).sum();
  }

  private static String readMessage(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("message").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
