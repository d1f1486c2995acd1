package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S05, assignment of the childbirth and child-care allowances (decree 1059 annex 5, lines 15934-19632), from the
 * intake API to the result, with the exact statutory dates. The applicant (the same as in S01BasicPensionTest) lives in Хромтау district of Ақтөбе облысы:
 * the centre is psc-aktobe-05 (S05 annex 2, line 18096) and the deciding branch pension-aktobe-12 (S05 annex 1, line
 * 16587). Kazakhstan is on UTC+5 throughout; in the period 16 December 2026 (Wednesday, Independence Day) is a day off,
 * 1-2 January 2027 (New Year; 2 January is a Saturday, carried over to Monday 4 January) and 7 January 2027 (Orthodox
 * Christmas, religious: not carried over). A working day ends at 18:00.
 */
@StandardProcessTest(standard = "S05")
class S05ChildbirthAllowancesTest extends StandardCaseTest {

  /** The complete set of the shared scenarios' route. */
  static final String ALL_DOCUMENTS = SharedScenariosTest.ROUTES.get("S05").documents();

  @Test
  void anApplicationAtAMobileCentreIsHandedOverByTheCentre() {
    // A mobile centre takes documents on Saturday 12 December 2026 (centres work Monday to Saturday, item 9.2).
    at(2026, 12, 12, 10, 0);
    // Hand-over: the next working day after Saturday is Monday 14 December. Service, 10 working days from Monday 14:
    // 15, (16 off) 17, 18, 21, 22, 23, 24, 25, 28, 29 December. Notification, 5 working days: 30, 31 December,
    // (1, 2 January off, 3 Sunday, 4 January off: 2 January carried over) 5, 6, (7 off) 8 January 2027.
    String key = assertReceipt(apply("mobilePsc", ALL_DOCUMENTS), CENTRE, "2027-01-08T18:00:00+05:00");
    assertThat(cases.instance(key)).isWaitingAt("Activity_HandoverToBranch");
    Task handover = assertTask(key, "Task_HandOverToBranch", CENTRE + ".pscOperator", date(2026, 12, 14, 18, 0));
  }
}
