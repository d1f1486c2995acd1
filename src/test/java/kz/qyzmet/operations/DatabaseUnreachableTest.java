package kz.qyzmet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 14, point 6: a start-up that cannot reach the database ends with one line that names the JDBC URL and the
 * user, never the password (neither the configured one nor one written into the URL).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

  static final String PASSWORD = "Db-Secret-Word-31";

  @Test
  void theStartUpNamesTheUrlInOneLineWithoutThePassword(CapturedOutput output) {
    String url = "jdbc:postgresql://127.0.0.1:1/qyzmet_unreachable?connectTimeout=2&password=" + PASSWORD;
    assertThatThrownBy(() -> new SpringApplicationBuilder(QyzmetApplication.class).run(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=qyzmet_ops",
        "--spring.datasource.password=" + PASSWORD,
        "--server.port=0",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.process-engine-name=unreachable",
        "--camunda.bpm.job-execution.enabled=false",
        "--qyzmet.administrator.user=" + QyzmetTest.ADMIN,
        "--qyzmet.administrator.password=" + QyzmetTest.ADMIN_PASSWORD)).isNotNull();

    String line = output.getAll().lines()
        .filter(l -> l.startsWith("Qyzmet cannot reach its database at ")).findFirst().orElse(null);
    assertThat(line).as(output.getAll()).isNotNull();
    assertThat(line).startsWith("Qyzmet cannot reach its database at "
        + "jdbc:postgresql://127.0.0.1:1/qyzmet_unreachable?connectTimeout=2&password=*** as user qyzmet_ops: ")
        .contains("refused");
    assertThat(output.getAll()).doesNotContain(PASSWORD);
  }

  @Test
  void passwordsInAUrlAreMasked() {
    assertThat(DatabaseUnreachableFailureAnalyzer.mask("jdbc:postgresql://db:5432/q?user=a&password=x1&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/q?user=a&password=***&ssl=true");
    assertThat(DatabaseUnreachableFailureAnalyzer.mask("jdbc:mysql://a:secret@db/q"))
        .isEqualTo("jdbc:mysql://a:***@db/q");
  }
}
