package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S06, assignment of the special state allowance (decree 1059 annex 6, lines 19633-23266), from the intake API to the
 * result, with the exact statutory dates. The applicant (the same as in S01BasicPensionTest) lives in Хромтау district
 * of Ақтөбе облысы: the centre is psc-aktobe-05 (S06 annex 2, line 21832) and the deciding branch pension-aktobe-12 (S06
 * annex 1, line 20235). Kazakhstan is on UTC+5 throughout; days off in the period besides weekends: 16 December 2026
 * (Wednesday, Independence Day), 1-2 January 2027 (New Year; 2 January is a Saturday, carried over to Monday 4
 * January), 7 January 2027 (Orthodox Christmas, religious: not carried over). A working day ends at 18:00.
 */
@StandardProcessTest(standard = "S06")
class S06SpecialStateAllowanceTest extends StandardCaseTest {

  static final String ALL_DOCUMENTS =
      "[\"application\", \"identityDocumentCopy\", \"entitlementProof\", \"residenceProof\"]";

  @Test
  void s06HasNoTerminationGroundsSoTheS05DecisionsAreNotOffered() {
    at(2026, 12, 28, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    Task review = cases.task(key, "Task_ReviewApplication");

    // S06 item 16 has no termination grounds: the S05 decisions are not offered, and the server says so.
    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "childDeath")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«childDeath» мәні тізімде жоқ");
    assertThat(cases.task(key, "Task_ReviewApplication").getId()).isEqualTo(review.getId());
  }
}
