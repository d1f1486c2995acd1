package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S03, assignment of the state special benefits (decree annex 3), from the intake API to the result, with the exact
 * statutory dates. The branch decides and signs the certificate (item 5.1, line 8382). The applicant lives in Хромтау
 * district of Ақтөбе облысы: the centre is psc-aktobe-05 and the branch pension-aktobe-12, both listed in the annexes
 * of S03. Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day, a Wednesday) is the only day off
 * in the period, and working days close at 18:00.
 */
@StandardProcessTest(standard = "S03", applicant = S03SpecialBenefitsTest.OSPANOV)
class S03SpecialBenefitsTest extends StandardCaseTest {

  static final String ALL_DOCUMENTS = "[\"application\", \"identityDocumentCopy\", \"residenceProof\", "
      + "\"bankAccountDetails\", \"workRecordBookCopy\", \"workConditionsCertificate\"]";
  static final String OSPANOV = """
      "applicant": {"iin": "900515300018", "surname": "Оспанов", "name": "Ерлан", "patronymic": "Болатұлы",
                    "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  @Test
  void anArchiveCertificateStandsInForTheCertificateOfALiquidatedEmployer() {
    at(2026, 11, 20, 10, 0);
    // Line 8490: if the employer has been liquidated, an archive certificate instead of the certificate of 11.6.
    JsonNode receipt = apply("psc", "[\"application\", \"identityDocumentCopy\", \"residenceProof\", "
        + "\"bankAccountDetails\", \"workRecordBookCopy\", \"archiveCertificate\"]");
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).contains("archiveCertificate");
    assertThat(receipt.path("missingDocuments")).isEmpty();
  }

  @Test
  void aReviewWithoutADecisionIsRejectedAndTheStartFormWorksLikeTheApi() {
    at(2026, 11, 20, 10, 0);
    ProcessInstance started = submitStartForm(startForm("branch", null, ALL_DOCUMENTS));
    assertThat(started.getBusinessKey()).matches("S03-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Task_ReviewApplication");

    Task review = cases.task(started.getBusinessKey(), "Task_ReviewApplication");
    assertFormRefuses(review, Map.of(), "(decision): толтыру міндетті");
    assertFormRefuses(review, Map.of("decision", "maybe"), "«maybe» мәні тізімде жоқ");
  }
}
