package kz.qyzmet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import kz.qyzmet.calendar.ChangeableCalendar;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole application on a random port, shared by every test class that uses this annotation (one Spring context).
 *
 * <p>The database is the one of the active profile: the embedded H2 file database (in a fresh folder under
 * {@code target/}) by default, PostgreSQL when Maven runs with {@code -Ppostgres-tests}. The job executor is off so
 * that tests decide when a timer fires; the administrator is {@code admin} with {@link #ADMIN_PASSWORD}. The engine's
 * clock is the real time again after each test ({@link EngineClockReset}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineClockReset.class)
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint is part of what is tested
@Import({ProcessCoverage.class, ChangeableCalendar.class, kz.qyzmet.standards.InformationSystemsAnswer.class})
// coverage reports; calendar data a test may change; the state systems' answer time of an automated step
@SpringBootTest(
    classes = QyzmetApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "qyzmet.data-dir=./target/h2-test/${random.uuid}",
        "qyzmet.administrator.user=" + QyzmetTest.ADMIN,
        "qyzmet.administrator.password=" + QyzmetTest.ADMIN_PASSWORD,
        "camunda.bpm.job-execution.enabled=false",
        "qyzmet.notifications.scheduled=false" // tests send the outbox themselves (NotificationsTest)
    })
public @interface QyzmetTest {
  String ADMIN = "admin";
  /** Strong enough for the 'postgres' profile, which refuses weak administrator passwords (AdministratorCheck): 12
   * characters or more, 6 different ones, and not the user name (the earlier "Qyzmet-Test-Admin-7" held "admin", and
   * no Spring test started on PostgreSQL). */
  String ADMIN_PASSWORD = "Qyzmet-Test-Root-7";
}
