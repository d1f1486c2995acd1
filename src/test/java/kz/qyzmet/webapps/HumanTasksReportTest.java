package kz.qyzmet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, point 6: Cockpit's Human Tasks report per candidate group, within the user's scope: a centre head sees
 * her centre's groups and no other office's, the manager every group.
 */
@QyzmetTest
class HumanTasksReportTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void aHeadSeesTheLoadOfHerOfficesGroupsAndTheManagerOfEveryGroup() {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    for (String district : List.of("Хромтау", "Алмалы")) {
      cases.apply("""
          {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
           "phone": "+7 701 000 00 00", "address": "Абай көшесі 5", "region": "%s", "district": "%s"},
           "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
          .formatted(district.equals("Хромтау") ? "Ақтөбе облысы" : "Алматы қаласы", district));
    }

    List<Map<String, Object>> head = HumanTasksReport.rows(engine, List.of("psc-aktobe-05.pscHead"));
    assertThat(head).extracting(row -> row.get("groupName")).contains("psc-aktobe-05.pscOperator")
        .allSatisfy(group -> assertThat((String) group).startsWith("psc-aktobe-05."));
    assertThat(head).filteredOn(row -> "psc-aktobe-05.pscOperator".equals(row.get("groupName")))
        .extracting(row -> ((Number) row.get("taskCount")).intValue()).allSatisfy(n -> assertThat(n).isPositive());

    List<Map<String, Object>> manager = HumanTasksReport.rows(engine, List.of("manager"));
    assertThat(manager).extracting(row -> row.get("groupName"))
        .contains("psc-aktobe-05.pscOperator", "psc-almaty-02.pscOperator");
    assertThat(HumanTasksReport.rows(engine, List.of())).isEmpty();
  }
}
