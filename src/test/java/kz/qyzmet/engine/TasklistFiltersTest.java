package kz.qyzmet.engine;

import static kz.qyzmet.standards.CaseDriver.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, point 1: the office's Tasklist filters list her office's tasks earliest due first, show what is overdue
 * and what is due today, and every row carries the case number, the applicant's name and the standard.
 */
@QyzmetTest
class TasklistFiltersTest {

  static final String CENTRE_GROUP = "psc-aktobe-05.pscOperator";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void theOfficeSeesItsTasksEarliestDueFirstWithWhatIsOverdueAndWhatIsDueTodayAndWhoseCaseEachIs() {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    at(2026, 11, 23, 10, 0); // Monday: hand-over due Tuesday 24 November 18:00 (Asia/Aqtobe)
    String earlier = apply(cases, "Сейтқали");
    at(2026, 11, 24, 10, 0); // Tuesday: hand-over due Wednesday 25 November 18:00
    String later = apply(cases, "Омарова");
    Task overdue = cases.task(earlier, "Task_HandOverToBranch");
    Task dueToday = cases.task(later, "Task_HandOverToBranch");
    at(2026, 11, 25, 12, 0);

    engine.getIdentityService().setAuthentication("khromtauoperator", List.of(CENTRE_GROUP));
    List<Task> office = list(TasklistFilters.OFFICE_TASKS);
    assertThat(office).extracting(Task::getId).containsSubsequence(overdue.getId(), dueToday.getId());
    assertThat(office).extracting(Task::getDueDate).doesNotContainNull().isSorted();

    List<Task> overdueList = list(TasklistFilters.OVERDUE);
    assertThat(overdueList).extracting(Task::getId).contains(overdue.getId()).doesNotContain(dueToday.getId());
    assertThat(overdueList).allSatisfy(task -> assertThat(task.getDueDate()).isBefore(ClockUtil.getCurrentTime()));

    List<Task> todayList = list(TasklistFilters.DUE_TODAY);
    assertThat(todayList).extracting(Task::getId).contains(dueToday.getId()).doesNotContain(overdue.getId());
    assertThat(todayList).allSatisfy(task -> assertThat(task.getDueDate())
        .isAfter(ClockUtil.getCurrentTime()).isBefore(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L)));
    assertThat(todayList).allSatisfy(task -> assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(CENTRE_GROUP)));

    // Each row: case number, applicant, standard (the filter's variables, which Tasklist shows on the row).
    Filter filter = filter(TasklistFilters.OFFICE_TASKS);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> variables = (List<Map<String, String>>) filter.getProperties().get("variables");
    assertThat(variables).extracting(variable -> variable.get("name"))
        .containsExactly("caseNumber", "applicantSurname", "applicantName", "standard");
    assertThat(variables).extracting(variable -> variable.get("label")).doesNotContainNull();
    assertThat(engine.getTaskService().getVariables(dueToday.getId(),
        List.of("caseNumber", "applicantSurname", "applicantName", "standard")))
        .containsEntry("caseNumber", later).containsEntry("applicantSurname", "Омарова")
        .containsEntry("applicantName", "Айбек").containsEntry("standard", "S01");
  }

  private String apply(CaseDriver cases, String surname) {
    return cases.apply("""
        {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "%s", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5", "region": "Ақтөбе облысы",
         "district": "Хромтау"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
        .formatted(surname)).path("businessKey").asText();
  }

  private Filter filter(String name) {
    return engine.getFilterService().createTaskFilterQuery().filterName(name).singleResult();
  }

  private List<Task> list(String name) {
    return engine.getFilterService().list(filter(name).getId());
  }
}
