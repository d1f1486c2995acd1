package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A case started before a restart is still there after it, waiting at the same task. On the embedded default the
 * database is an H2 file under qyzmet.data-dir; with -Ppostgres-tests it is the PostgreSQL database.
 */
class RestartTest {

  @TempDir Path dataDir;

  @Test
  void aCaseSurvivesARestart() {
    String businessKey = "S01-restart-" + UUID.randomUUID();

    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      engine.getRuntimeService().startProcessInstanceByKey("result-issue", businessKey,
          Map.of("standard", "S01", "region", "Ақтөбе облысы", "district", "Хромтау"));
    }

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      Task waiting = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
      assertThat(waiting).isNotNull();
      assertThat(waiting.getTaskDefinitionKey()).isEqualTo("Task_IssueResult");
      assertThat(engine.getTaskService().createTaskQuery().taskId(waiting.getId())
          .taskCandidateGroup("psc-aktobe-05.pscOperator").count()).isEqualTo(1);

      if (isEmbedded(second.getEnvironment())) {
        assertThat(dataDir.resolve("qyzmet.mv.db")).exists();
      }
    }
  }

  private ConfigurableApplicationContext start() {
    // Command-line arguments outrank application.yaml. This node runs without the webapps, which keep JVM-wide state,
    // and its engine has a name of its own (engines are registered by name in the JVM): the shared test context
    // (engine "default", Tasklist) must keep working after this one closes.
    return new SpringApplicationBuilder(QyzmetApplication.class).run(
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--qyzmet.data-dir=" + dataDir.toAbsolutePath(),
        "--qyzmet.administrator.user=admin",
        "--qyzmet.administrator.password=" + kz.qyzmet.QyzmetTest.ADMIN_PASSWORD,
        "--camunda.bpm.process-engine-name=restart",
        "--camunda.bpm.job-execution.enabled=false");
  }

  private static boolean isEmbedded(Environment environment) {
    return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
  }
}
