package kz.qyzmet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.intake.ApplicationRequest;
import kz.qyzmet.intake.Intake;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 8, point 2: two application nodes, each with its own engine and job executor, on one PostgreSQL database (the
 * PostgreSQL suite's). Both deploy the same files without a new version; 1,000 deadline timers that fall due at once
 * fire exactly once in total across the nodes (one escalation per case, both nodes take part); a case started on
 * node A is completed on node B.
 *
 * <p>The nodes run without the webapps (JVM-wide state) and with engine names of their own, so the suite's shared
 * context (engine "default", job executor off) is left alone; everything this test creates is deleted at the end,
 * runtime and history. While the nodes run, their job executors also fire any timer that other test classes left
 * due in the shared database (those cases are finished tests; this test counts only its own cases).
 */
@Tag("postgres-only")
class TwoNodeClusterTest {

  static final int TIMERS = 1_000;

  final String run = "CLUSTER-" + UUID.randomUUID().toString().substring(0, 8);
  final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void cleanUpAndStop() {
    if (!nodes.isEmpty()) {
      ProcessEngine engine = nodes.get(0).getBean(ProcessEngine.class);
      List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyLike(run + "%").list();
      List<String> ours = instances.stream().map(HistoricProcessInstance::getId).toList();
      List<String> running = instances.stream()
          .filter(p -> p.getEndTime() == null && p.getSuperProcessInstanceId() == null)
          .map(HistoricProcessInstance::getId).toList();
      if (!running.isEmpty()) {
        engine.getRuntimeService().deleteProcessInstancesIfExists(running, "cluster test", true, true, true);
      }
      if (!ours.isEmpty()) {
        engine.getHistoryService().deleteHistoricProcessInstancesIfExists(ours);
      }
    }
    nodes.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void twoNodesShareOneDatabase() throws Exception {
    // --- both nodes deploy the same files: the second start creates no deployment and no new version
    ConfigurableApplicationContext a = start("a");
    ProcessEngine engineA = a.getBean(ProcessEngine.class);
    long deployments = engineA.getRepositoryService().createDeploymentQuery().deploymentName("qyzmet").count();
    int s01Version = engineA.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult().getVersion();
    ConfigurableApplicationContext b = start("b");
    ProcessEngine engineB = b.getBean(ProcessEngine.class);
    assertThat(List.of(engineA.getName(), engineB.getName())).containsExactly("clusterA", "clusterB");
    assertThat(engineB.getRepositoryService().createDeploymentQuery().deploymentName("qyzmet").count())
        .isEqualTo(deployments);
    assertThat(engineB.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult().getVersion()).isEqualTo(s01Version);

    aCaseStartedOnOneNodeIsCompletedOnTheOther(a, engineB);
    deadlineTimersFireExactlyOnceAcrossTheNodes(engineA, engineB);
  }

  private void aCaseStartedOnOneNodeIsCompletedOnTheOther(ConfigurableApplicationContext a, ProcessEngine engineB) {
    // Applied on node A as its intake API does (Intake + RuntimeService, IntakeController): an applicant of Хромтау.
    // (In one JVM the HTTP API authenticates against the engine named "default", so the nodes are driven in Java.)
    Intake intake = a.getBean(Intake.class);
    Intake.Checked checked = intake.check(new ApplicationRequest("S01", "psc", null,
        new ApplicationRequest.Applicant("900515300018", "Сейтқали", "Айбек", null, "+7 701 000 00 00",
            "Хромтау, Абай көшесі 5", "Ақтөбе облысы", "Хромтау"),
        List.of("application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"), null, null, null, null, null,
        null, null));
    String key = run + "-case";
    Map<String, Object> variables = intake.variables(checked, key, Instant.now());
    ProcessEngine engineA = a.getBean(ProcessEngine.class);
    var root = engineA.getRuntimeService().createProcessInstanceByKey("S01").businessKey(key)
        .setVariables(variables).execute();
    assertThat(engineB.getRuntimeService().createProcessInstanceQuery().processInstanceId(root.getId()).count())
        .as("node B sees the case node A started").isEqualTo(1);

    // Every task is completed on node B.
    complete(engineB, key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    complete(engineB, key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    complete(engineB, key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    complete(engineB, key, "Task_IssueResult",
        Map.of("recipientFullName", "Сейтқали Айбек", "recipientIdentityDocument", "045123987"));

    HistoricProcessInstance ended = engineB.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(root.getId()).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo("Event_ResultIssuedAtPsc");
    // and node A reads the same result
    assertThat(engineA.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(root.getId())
        .singleResult().getEndTime()).isNotNull();
    assertThat(engineA.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(root.getId())
        .variableName("resultOutcome").singleResult().getValue()).isEqualTo("issued");
  }

  private void deadlineTimersFireExactlyOnceAcrossTheNodes(ProcessEngine engineA, ProcessEngine engineB)
      throws Exception {
    // 1,000 hand-over steps (S01 item 7.1: 1 working day), each with its deadline timer, started on node A.
    var commands = ((ProcessEngineConfigurationImpl) engineA.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    Date acceptedAt = new Date();
    for (int first = 0; first < TIMERS; first += 100) {
      int from = first;
      commands.execute(context -> {
        for (int i = from; i < from + 100; i++) {
          Map<String, Object> variables = new HashMap<>();
          variables.put("standard", "S01");
          variables.put("region", "Ақтөбе облысы");
          variables.put("district", "Хромтау");
          variables.put("officeZone", "Asia/Aqtobe");
          variables.put("acceptedAt", acceptedAt);
          variables.put("caseNumber", run + "-" + i);
          engineA.getRuntimeService().startProcessInstanceByKey("branch-handover", run + "-" + i, variables);
        }
        return null;
      });
    }
    Map<String, String> caseOfInstance = engineA.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("branch-handover").processInstanceBusinessKeyLike(run + "-%").list().stream()
        .collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    assertThat(caseOfInstance).hasSize(TIMERS);
    List<Job> timers = engineA.getManagementService().createJobQuery().timers().activityId("Event_HandoverOverdue")
        .list().stream().filter(job -> caseOfInstance.containsKey(job.getProcessInstanceId())).toList();
    assertThat(timers).hasSize(TIMERS);

    // All fall due at once: one transaction moves every due date to the past, both job executors running.
    Date past = new Date(System.currentTimeMillis() - 60_000);
    commands.execute(context -> {
      timers.forEach(job -> engineA.getManagementService().setJobDuedate(job.getId(), past));
      return null;
    });
    // An idle job executor backs off up to a minute between acquisitions (maxWait); wake both, as the engine itself
    // does on the node where a job is created, so that the two compete for the same 1,000 timers from the start.
    for (ProcessEngine engine : List.of(engineA, engineB)) {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
    }

    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline && openTimers(engineA, caseOfInstance.keySet()) > 0) {
      Thread.sleep(500);
    }
    assertThat(openTimers(engineA, caseOfInstance.keySet())).as("timers still due").isZero();

    // Exactly one escalation per case, 1,000 in total.
    List<HistoricProcessInstance> escalations = engineB.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("deadline-escalation").processInstanceBusinessKeyLike(run + "-%").list();
    Map<String, Long> perCase = escalations.stream()
        .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, Collectors.counting()));
    assertThat(escalations).hasSize(TIMERS);
    assertThat(perCase).hasSize(TIMERS).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(engineB.getHistoryService().createHistoricVariableInstanceQuery().variableName("breach_handover")
        .processInstanceIdIn(caseOfInstance.keySet().toArray(String[]::new)).count()).isEqualTo(TIMERS);

    // Both nodes fired timers (the job log names the engine's host), each timer succeeded once.
    Map<String, Long> successesPerNode = new HashMap<>();
    Set<String> firedInstances = new HashSet<>();
    for (String node : List.of("node-a", "node-b")) {
      List<HistoricJobLog> successes = engineA.getHistoryService().createHistoricJobLogQuery().successLog()
          .hostname(node).activityIdIn("Event_HandoverOverdue").list().stream()
          .filter(log -> caseOfInstance.containsKey(log.getProcessInstanceId())).toList();
      successesPerNode.put(node, (long) successes.size());
      successes.forEach(log -> assertThat(firedInstances.add(log.getProcessInstanceId()))
          .as("timer of " + log.getProcessInstanceId() + " succeeded twice").isTrue());
    }
    System.out.println("[cluster] timers fired per node: " + successesPerNode);
    assertThat(successesPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TIMERS);
    assertThat(successesPerNode).allSatisfy((node, count) -> assertThat(count).as(node).isPositive());
    // and the cases go on: each hand-over task is still open on the other node
    assertThat(engineB.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(run + "-%")
        .taskDefinitionKey("Task_HandOverToBranch").count()).isEqualTo(TIMERS);
  }

  private static long openTimers(ProcessEngine engine, Set<String> instances) {
    return engine.getManagementService().createJobQuery().timers().activityId("Event_HandoverOverdue").list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId())).count();
  }

  private static void complete(ProcessEngine engine, String key, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of " + key).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private ConfigurableApplicationContext start(String name) {
    // As RestartTest: no webapps (JVM-wide state), an engine name of its own, the database of the active profile.
    // Unlike the shared test context, each node runs its job executor; the hostname goes into the job log.
    ConfigurableApplicationContext node = new SpringApplicationBuilder(QyzmetApplication.class).run(
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--qyzmet.administrator.user=admin",
        "--qyzmet.administrator.password=" + kz.qyzmet.QyzmetTest.ADMIN_PASSWORD,
        // The starter ignores an engine name with a hyphen (and would fall back to "default", the shared context's).
        "--camunda.bpm.process-engine-name=cluster" + name.toUpperCase(),
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.generic-properties.properties.hostname=node-" + name);
    nodes.add(node);
    return node;
  }
}
