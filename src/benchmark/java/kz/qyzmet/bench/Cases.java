package kz.qyzmet.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.intake.ApplicationRequest;
import kz.qyzmet.intake.Intake;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.springframework.context.ApplicationContext;

/**
 * Starts and drives cases: S01 the way {@code POST /api/applications} starts it (Intake + RuntimeService, as
 * IntakeController does) and as clerks complete its tasks, and the baseline: a plain BPMN with the same four user
 * tasks and four deadline timers, plain candidate groups and no Qyzmet code.
 */
final class Cases {

  static final String BASELINE = "bench-baseline";
  static final List<String> ALL_DOCUMENTS =
      List.of("application", "identityDocumentCopy", "residenceProof", "bankAccountDetails");

  /** An applicant's place of residence for which S01 routes both to a Public Service Centre and to a branch. */
  record Place(String region, String district, String pscOffice, String branchOffice) {}

  private final ProcessEngine engine;
  private final Intake intake;
  private final StatutoryCalendar calendar;
  final List<Place> places;

  Cases(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.intake = context.getBean(Intake.class);
    this.calendar = context.getBean(StatutoryCalendar.class);
    this.places = places(context.getBean(OfficeRouter.class)).stream().filter(this::accepted).toList();
  }

  /** A place whose district the intake accepts (the address directory's list of the region's districts). */
  private boolean accepted(Place place) {
    try {
      intake.check(request(place));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static ApplicationRequest request(Place place) {
    return new ApplicationRequest("S01", "psc", null,
        new ApplicationRequest.Applicant("900515300018", "Сейтқали", "Айбек", "Нұрланұлы", "+7 701 000 00 00",
            place.district() + ", Абай көшесі 5", place.region(), place.district()),
        ALL_DOCUMENTS, null, null, null, null, null, null, null);
  }

  /** One place per Public Service Centre unit that S01 routes to (the districts of the whole country). */
  private static List<Place> places(OfficeRouter router) {
    Map<String, Place> byCentre = new LinkedHashMap<>();
    for (Office office : router.offices()) {
      if (office.kind() != OfficeKind.psc || office.name() == null) {
        continue;
      }
      for (String district : new String[] {office.district(), office.locality()}) {
        if (district == null || district.isBlank()) {
          continue;
        }
        try {
          String psc = router.resolve("S01", "pscOperator", office.region(), district).office().id();
          String branch = router.resolve("S01", "branchSpecialist", office.region(), district).office().id();
          byCentre.putIfAbsent(psc, new Place(office.region(), district, psc, branch));
          break;
        } catch (DirectoryException e) {
          // not an S01 district: try the locality, then the next office
        }
      }
    }
    return List.copyOf(byCentre.values());
  }

  Place khromtau() {
    return places.stream().filter(p -> p.pscOffice().equals("psc-aktobe-05")).findFirst()
        .orElse(new Place("Ақтөбе облысы", "Хромтау", "psc-aktobe-05", "pension-aktobe-12"));
  }

  // ------------------------------------------------------------------ S01

  /** Starts an S01 case as the intake API does; returns its business key. */
  String startS01(Place place, String channel, Instant acceptedAt) {
    ApplicationRequest psc = request(place);
    Intake.Checked checked = intake.check(new ApplicationRequest("S01", channel, null, psc.applicant(),
        psc.documents(), null, null, null, null, null, null, null));
    Map<String, Object> variables = intake.variables(checked, "", acceptedAt);
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    String businessKey = intake.newBusinessKey("S01", acceptedAt, zone);
    variables.put("caseNumber", businessKey);
    engine.getRuntimeService().createProcessInstanceByKey("S01").businessKey(businessKey).setVariables(variables)
        .execute();
    return businessKey;
  }

  /** One S01 case at a centre, from the application through every user task to the result. */
  void fullS01Case(Place place) {
    String key = startS01(place, "psc", ClockUtil.getCurrentTime().toInstant());
    complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-118", "documentsHandedOver", true));
    complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    complete(key, "Task_IssueResult",
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));
    ended("S01", key);
  }

  // ------------------------------------------------------------------ baseline

  /**
   * The baseline: four user tasks in a row, each with a deadline timer on its boundary (three non-interrupting, the
   * last interrupting, as in S01), a plain candidate group and a due date; built with the model API, no Qyzmet code.
   */
  static BpmnModelInstance baselineModel() {
    List<String> groups =
        List.of("bench-centre.operator", "bench-branch.specialist", "bench-branch.specialist", "bench-centre.operator");
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1825).startEvent("start");
    for (int i = 1; i <= groups.size(); i++) {
      flow = flow.userTask("task" + i).camundaCandidateGroups(groups.get(i - 1)).camundaDueDate("${due}")
          .boundaryEvent("timer" + i).cancelActivity(i == groups.size()).timerWithDate("${due}").endEvent("late" + i)
          .<UserTaskBuilder>moveToActivity("task" + i);
    }
    return flow.endEvent("end").done();
  }

  void deployBaseline() {
    engine.getRepositoryService().createDeployment().name(BASELINE).enableDuplicateFiltering(false)
        .addModelInstance(BASELINE + ".bpmn", baselineModel()).deploy();
  }

  void fullBaselineCase() {
    String key = "BASE-" + UUID.randomUUID();
    Map<String, Object> variables = new HashMap<>();
    variables.put("due", Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(10L * 24 * 3600)));
    engine.getRuntimeService().startProcessInstanceByKey(BASELINE, key, variables);
    complete(key, "task1", Map.of("handoverRegisterNumber", "ТЗ-118", "documentsHandedOver", true));
    complete(key, "task2", Map.of("decision", "assigned"));
    complete(key, "task3", Map.of("notificationMethod", "psc"));
    complete(key, "task4",
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));
    ended(BASELINE, key);
  }

  // ------------------------------------------------------------------ shared

  private void complete(String businessKey, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("no task " + taskDefinitionKey + " in " + businessKey);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }

  private void ended(String processKey, String businessKey) {
    long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).count();
    if (running != 0) {
      throw new IllegalStateException(businessKey + " did not end");
    }
  }

  static List<String> groupsOf(String officeId, List<String> roles) {
    List<String> groups = new ArrayList<>();
    roles.forEach(role -> groups.add(officeId + "." + role));
    return groups;
  }
}
