package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.cases.CaseVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same application made through {@code POST /api/applications} and through the Tasklist start form goes through
 * the one intake path: the same case variables, a business key with the day of the applicant's region (not the
 * server's), and the same receipt.
 */
@QyzmetTest
class OneIntakePathTest {

  /** 20:30 UTC on 20 Nov 2026 is already 21 Nov (01:30) in Aqtobe (UTC+5): the key carries 261121. */
  static final Instant NIGHT = Instant.parse("2026-11-20T20:30:00Z");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Intake intake;
  @Autowired ObjectMapper json;

  @Test
  void apiAndTasklistStartFormGiveTheSameCase() throws Exception {
    ClockUtil.setCurrentTime(Date.from(NIGHT));
    var response = new Http(port).postJson("/api/applications", """
        {"standard": "S01", "channel": "psc",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                       "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}
        """, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode apiReceipt = json.readTree(response.body());
    String apiKey = apiReceipt.path("businessKey").asText();

    Map<String, Object> form = new HashMap<>(Map.of(CaseVariables.CHANNEL, "psc",
        CaseVariables.APPLICANT_IIN, "900515300018", CaseVariables.APPLICANT_SURNAME, "Сейтқали",
        CaseVariables.APPLICANT_NAME, "Айбек", CaseVariables.APPLICANT_PATRONYMIC, "Нұрланұлы",
        CaseVariables.APPLICANT_PHONE, "+7 701 000 00 00", CaseVariables.APPLICANT_ADDRESS, "Хромтау, Абай көшесі 5",
        CaseVariables.REGION, "Ақтөбе облысы", CaseVariables.DISTRICT, "Хромтау"));
    form.put(CaseVariables.DOCUMENTS,
        List.of("application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"));
    // Tasklist submits as the signed-in clerk, as the API does: both receipts name the employee who accepted (item 14.2).
    String s01 = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult().getId();
    ProcessInstance fromTasklist;
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(QyzmetTest.ADMIN).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    engine.getIdentityService().setAuthentication(QyzmetTest.ADMIN, groups);
    try {
      fromTasklist = engine.getFormService().submitStartForm(s01, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String tasklistKey = fromTasklist.getBusinessKey();

    assertThat(apiKey).matches("S01-261121-[A-Z2-9]{8}");
    assertThat(tasklistKey).matches("S01-261121-[A-Z2-9]{8}").isNotEqualTo(apiKey);

    ProcessInstance fromApi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(apiKey)
        .processDefinitionKey("S01").singleResult();
    Map<String, Object> apiVariables = engine.getRuntimeService().getVariables(fromApi.getId());
    Map<String, Object> tasklistVariables = engine.getRuntimeService().getVariables(fromTasklist.getId());
    assertThat(apiVariables).containsEntry(CaseVariables.CASE_NUMBER, apiKey)
        .containsEntry(CaseVariables.OFFICE_ZONE, "Asia/Aqtobe").doesNotContainKey(CaseVariables.DOCUMENTS);
    assertThat(tasklistVariables).containsEntry(CaseVariables.CASE_NUMBER, tasklistKey);
    // Both ways in issue the case's own receipt PDF (item 14.2) when the case starts.
    assertThat(apiVariables.get(CaseVariables.RECEIPT_DOCUMENT_ID)).isNotNull()
        .isNotEqualTo(tasklistVariables.get(CaseVariables.RECEIPT_DOCUMENT_ID));
    assertThat(tasklistVariables.get(CaseVariables.RECEIPT_DOCUMENT_ID)).isNotNull();
    apiVariables.remove(CaseVariables.CASE_NUMBER);
    tasklistVariables.remove(CaseVariables.CASE_NUMBER);
    apiVariables.remove(CaseVariables.RECEIPT_DOCUMENT_ID);
    tasklistVariables.remove(CaseVariables.RECEIPT_DOCUMENT_ID);
    assertThat(tasklistVariables).isEqualTo(apiVariables);

    ObjectNode tasklistReceipt = json.valueToTree(intake.receipt(
        engine.getRuntimeService().getVariables(fromTasklist.getId())));
    assertThat(tasklistReceipt.path("businessKey").asText()).isEqualTo(tasklistKey);
    tasklistReceipt.put("businessKey", apiKey);
    assertThat(tasklistReceipt).isEqualTo(apiReceipt);
    assertThat(apiReceipt.path("kind").asText()).isEqualTo(Receipt.ACCEPTED);
    assertThat(apiReceipt.path("acceptedBy").asText()).isEqualTo(apiVariables.get(CaseVariables.ACCEPTED_BY_NAME))
        .isNotBlank();
    assertThat(apiReceipt.path("acceptedAt").asText()).isEqualTo("2026-11-21T01:30:00+05:00");
  }
}
