package kz.qyzmet.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import kz.qyzmet.standards.StandardProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S13's complaint rows (annex 2 of S13: 4.1 justified complaints per recipient served, line 46796; 4.2 justified
 * complaints reviewed within the term, line 46807) counted by hand. February 2027 has no day off. Job placements at
 * the Хромтау employment department (employment-aktobe-12), all served on Mon 1 Feb:
 * <ul>
 *   <li>case 1: a complaint about rude service, upheld and answered on Wed 3 Feb, inside its term;</li>
 *   <li>case 2: a complaint partly upheld after its review term ran out (the overdue timer fired);</li>
 *   <li>case 3: a complaint rejected in February (not justified) and a second one upheld and answered on Mon 1 March
 *       (the next period);</li>
 *   <li>case 4, at the Алға department (employment-aktobe-03, the same region): a complaint upheld in term.</li>
 * </ul>
 * February, Хромтау: 4.1 = 2 justified of 3 served = 66.67, 4.2 = 1 of 2 = 50.00. February, Ақтөбе облысы: 4.1 = 3 of
 * 4 = 75.00, 4.2 = 2 of 3 = 66.67. March, Хромтау: 4.2 = 1 of 1 = 100.00; 4.1 has no value (no case served in March).
 */
@StandardProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintIndicatorsTest {

  static final String KHROMTAU = "employment-aktobe-12";
  static final String ALGA = "employment-aktobe-03";

  @Autowired ProcessEngine engine;
  @RegisterExtension final CaseDriver cases = CaseDriver.forStandard("S13");
  boolean filed;

  /** Once for the class, inside the first test (the coverage listener records a test's run only). */
  @BeforeEach
  void fileTheCasesAndComplaints() throws Exception {
    if (filed) {
      return;
    }
    filed = true;
    CaseDriver.at(2027, 2, 1, 10, 0);
    String one = placement("Хромтау");
    String two = placement("Хромтау");
    String three = placement("Хромтау");
    String four = placement("Алға");

    CaseDriver.at(2027, 2, 2, 10, 0);
    String upheld = complain(one);
    String late = complain(two);
    String rejected = complain(three);
    String alga = complain(four);
    assertThat(groups(review(upheld))).containsExactly(KHROMTAU + ".employmentHead");
    assertThat(groups(review(alga))).containsExactly(ALGA + ".employmentHead");

    CaseDriver.at(2027, 2, 3, 11, 0);
    answer(upheld, "upheld");
    answer(rejected, "rejected");
    answer(alga, "upheld");

    Job timer = engine.getManagementService().createJobQuery()
        .processInstanceId(review(late).getProcessInstanceId()).timers().singleResult();
    ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(timer.getId());
    answer(late, "partlyUpheld");

    CaseDriver.at(2027, 2, 24, 10, 0);
    String march = complain(three);
    CaseDriver.at(2027, 3, 1, 10, 0);
    answer(march, "upheld");
    ClockUtil.reset();
  }

  @Test
  void februaryAtKhromtauCountsTwoJustifiedComplaintsOfThreeServedAndOneAnsweredInTerm() throws Exception {
    JsonNode rows = indicators("period=2027-02&scope=office:" + KHROMTAU);
    assertThat(row(rows, "4.1").path("numerator").asLong()).isEqualTo(2);
    assertThat(row(rows, "4.1").path("denominator").asLong()).isEqualTo(3);
    assertThat(row(rows, "4.1").path("value").decimalValue()).isEqualByComparingTo("66.67");
    assertThat(row(rows, "4.1").path("line").asInt()).isEqualTo(46796);
    assertThat(row(rows, "4.2").path("numerator").asLong()).isEqualTo(1);
    assertThat(row(rows, "4.2").path("denominator").asLong()).isEqualTo(2);
    assertThat(row(rows, "4.2").path("value").decimalValue()).isEqualByComparingTo("50.00");
  }

  @Test
  void theRegionAddsTheAlgaDepartmentsCaseAndComplaint() throws Exception {
    JsonNode rows = indicators("period=2027-02&scope=region:aktobe");
    assertThat(row(rows, "4.1").path("value").decimalValue()).isEqualByComparingTo("75.00");
    assertThat(row(rows, "4.2").path("numerator").asLong()).isEqualTo(2);
    assertThat(row(rows, "4.2").path("denominator").asLong()).isEqualTo(3);
    assertThat(row(rows, "4.2").path("value").decimalValue()).isEqualByComparingTo("66.67");
  }

  @Test
  void aComplaintAnsweredInMarchCountsInMarchOnly() throws Exception {
    JsonNode rows = indicators("period=2027-03&scope=office:" + KHROMTAU);
    assertThat(row(rows, "4.2").path("value").decimalValue()).isEqualByComparingTo("100.00");
    assertThat(row(rows, "4.2").path("denominator").asLong()).isEqualTo(1);
    assertThat(row(rows, "4.1").path("denominator").asLong()).as("no case served in March").isZero();
    assertThat(row(rows, "4.1").path("value").isNull()).isTrue();
  }

  private String placement(String district) {
    String key = cases.apply("""
        {"channel": "employmentDept", "subtype": "jobPlacement",
         "applicant": {"iin": "900515300018", "surname": "Жұмабаева", "name": "Гүлнар",
                       "phone": "+7 701 000 00 00", "address": "%s", "region": "Ақтөбе облысы", "district": "%s"},
         "documents": ["identityDocumentCopy", "employmentProof", "sicCertificate", "taxpayerRegistrationNumber"]}
        """.formatted(district, district)).path("businessKey").asText();
    cases.complete(key, "Task_IssuePlacementReferral", Map.of("referralNumber", "ЖО-1", "referralTo", "«Ақтөбе темір» АҚ"));
    return key;
  }

  private String complain(String caseKey) throws Exception {
    Map<String, Object> body = new HashMap<>(Map.of(
        "complainant", Map.of("surname", "Жұмабаева", "name", "Гүлнар", "postalAddress", "030000, Ақтөбе облысы"),
        "channel", "officeHead", "concerns", "rudeService", "subject", "Жұмыспен қамту бөлімі",
        "reason", "Маман дөрекі сөйледі", "demand", "Шара қолдану", "signed", true, "caseBusinessKey", caseKey));
    var response = cases.post("/api/complaints", Json.write(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.read(response.body()).path("number").asText();
  }

  /** The review decides, the answer is sent: the complaint is answered now. */
  private void answer(String number, String decision) {
    engine.getTaskService().complete(review(number).getId(),
        Map.of("complaintDecision", decision, "reviewFindings", "Тексерілді"));
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ReviewOverdue").list()) {
      engine.getTaskService().complete(task.getId(), Map.of("overdueMeasure", "Ескерту жасалды"));
    }
    Task send = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_SendAnswer").singleResult();
    assertThat(send).as("the answer of " + decision).isNotNull();
    engine.getTaskService().complete(send.getId(), Map.of("answerLetterNumber", "ЖҚ-4", "postalReceiptNumber", "7"));
  }

  private Task review(String number) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ReviewComplaint").singleResult();
    assertThat(task).as("the review of " + number).isNotNull();
    return task;
  }

  private java.util.List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }

  private JsonNode indicators(String query) {
    return IndicatorRows.read(cases.port(), query, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  private static JsonNode row(JsonNode rows, String code) {
    return IndicatorRows.row(rows, "S13", code);
  }
}
