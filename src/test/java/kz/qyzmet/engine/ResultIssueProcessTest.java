package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/result-issue.bpmn: the centre hands out the result, or keeps it one month and then hands it over. */
@QyzmetTest
class ResultIssueProcessTest {

  // Ақтөбе облысы, Хромтау district: the decree's annex 2 lists "Хромтау аудандық бөлім" (psc-aktobe-05).
  static final String CENTRE = "psc-aktobe-05.pscOperator";
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired ProcessEngine engine;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theCentreOfTheCaseHandsOutTheResult() {
    ProcessInstance result = start();

    assertThat(result).isWaitingAt("Task_IssueResult");
    assertThat(task()).hasCandidateGroup(CENTRE);
    var form = engine.getTaskService().createTaskQuery().processInstanceId(result.getId())
        .initializeFormKeys().singleResult().getCamundaFormRef();
    assertThat(form.getKey()).isEqualTo("result-issue");
    assertThat(form.getBinding()).isEqualTo("deployment");

    complete(task(), withVariables("recipientFullName", "Сейтқали Айбек Нұрланұлы",
        "recipientIdentityDocument", "045123987"));

    assertThat(result).hasPassed("Event_ResultIssued").isEnded()
        .variables().containsEntry("resultOutcome", "issued");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthThenHandedOver() {
    // Ready on 31 January 2026, 10:00: one month later is the last day of February, Saturday 28 February 2026; the
    // term ends on the next working day, Monday 2 March, at the close of the working day (S01 item 15, line 698).
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 1, 31, 10, 0)));
    ProcessInstance result = start();

    assertThat(result).isWaitingAt("Task_IssueResult");
    assertThat(job()).hasDueDate(at(LocalDateTime.of(2026, 3, 2, 18, 0)));
    assertThat(task()).hasDueDate(at(LocalDateTime.of(2026, 3, 2, 18, 0)));

    execute(job());

    assertThat(result).hasPassed("Event_StorageExpired").isWaitingAt("Task_TransferResult");
    assertThat(task()).hasCandidateGroup(CENTRE);
    complete(task(), withVariables("resultTransferDocumentNumber", "АКТ-17"));
    assertThat(result).hasPassed("Event_ResultTransferred").isEnded()
        .variables().containsEntry("resultOutcome", "transferred");
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("result-issue", "S01-" + UUID.randomUUID(),
        Map.of("standard", "S01", "region", "Ақтөбе облысы", "district", "Хромтау"));
  }

  private static Date at(LocalDateTime local) {
    return Date.from(local.atZone(ALMATY).toInstant());
  }
}
