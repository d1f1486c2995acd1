package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S02, assignment of the state social benefits for disability, loss of breadwinner and age (decree annex 2), from the
 * intake API to the result, with the exact statutory dates. The branch (pension-aktobe-12, Хромтау аудандық
 * бөлімшесі) prepares the case and the CCSP territorial body of the region (ccsp-aktobe) decides (item 5.1, line 4363);
 * the ten working days of item 7.1 (line 4381) cover both steps. The applicant lives in Хромтау district of Ақтөбе
 * облысы; the centre is psc-aktobe-05. Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day,
 * a Wednesday) is the only day off in the period, and working days close at 18:00.
 */
@StandardProcessTest(standard = "S02", applicant = StandardCaseTest.ZHUMABAEVA)
class S02SocialBenefitsTest extends StandardCaseTest {

  static final String COMMON = "\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"";
  static final String DISABILITY = "[" + COMMON + ", \"disabilityCertificateExtract\"]";
  static final String LOSS_OF_BREADWINNER = "[" + COMMON + ", \"deathCertificateOrCourtDecision\", \"kinshipProofCopy\"]";
  static final String AGE = "[" + COMMON + "]";

  @Test
  void anAgeBenefitFromAMobileCentreWhoseDecisionIsLateEscalatesToTheCcspHeadAndTheNotificationSkips16December() {
    // Mobile centre on Friday 20 November 2026; hand-over done Monday 23 November at 11:00: service due 7 December.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("mobilePsc", "age", AGE);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(4);
    String key = receipt.path("businessKey").asText();
    at(2026, 11, 23, 11, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-205", "documentsHandedOver", true));
    at(2026, 12, 3, 16, 0);
    cases.complete(key, "Task_PrepareCase", Map.of("documentsVerified", true, "proposal", "assign"));

    fireAMinuteLate(key, "Event_ServiceOverdue", date(2026, 12, 7, 18, 0));

    assertThat(cases.instance(key)).isWaitingAt("Task_DecideCase");
    assertThat(cases.variables(key)).containsKey("breach_service");
    assertBreach(key, "service", CCSP + ".ccspHead", "S02, 7.1-тармақ, 4381-жол");
    JsonNode service = deadline(cases.status(key), "service");
    assertThat(service.path("due").asText()).isEqualTo("2026-12-07T18:00:00+05:00");
    assertThat(service.path("breachedAt").asText()).startsWith("2026-12-07T18:01");

    // Decided late, on Friday 11 December: 5 working days are 14, 15, 17, 18, 21 December (16 December is a holiday).
    at(2026, 12, 11, 10, 0);
    cases.complete(key, "Task_DecideCase", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-2026-773"));
    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 21, 18, 0));
    Job late = cases.timer(key, "Event_NotificationOverdue");
    assertThat(late.getDuedate()).isEqualTo(date(2026, 12, 21, 18, 0));
    at(2026, 12, 21, 18, 5);
    cases.fire(late);
    assertBreach(key, "notification", BRANCH + ".branchHead", "S02, 7.1-тармақ, 4383-жол");
    assertThat(cases.instance(key)).isNotEnded();
    assertThat(cases.variables(key)).containsEntry("subtype", "age").containsEntry("result", "assignment");
  }

  @Test
  void theSubtypeIsRequiredAndADecisionWithoutItsNumberIsRejectedNamingTheField() {
    at(2026, 11, 20, 10, 0);
    assertThat(refused("psc", null, AGE)).contains("subtype").contains("lossOfBreadwinner");

    String key = apply("branch", "age", AGE).path("businessKey").asText();
    cases.complete(key, "Task_PrepareCase", Map.of("documentsVerified", true, "proposal", "assign"));
    Task decide = cases.task(key, "Task_DecideCase");
    assertFormRefuses(decide, Map.of("decision", "assigned"), "(decisionNumber): толтыру міндетті");
  }

  @Test
  void aCaseStartedFromTheTasklistStartFormCarriesItsSubtype() {
    at(2026, 11, 20, 10, 0);
    ProcessInstance started = submitStartForm(startForm("psc", "disability", DISABILITY));

    assertThat(started.getBusinessKey()).matches("S02-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Activity_HandoverToBranch").variables()
        .containsEntry("subtype", "disability").containsEntry("documentsComplete", true);
  }
}
