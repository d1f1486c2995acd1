package kz.qyzmet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, point 6: when every connection of the pool is taken and requests wait for one, the API answers 503 with
 * Retry-After (a problem, nothing written) instead of a 500, on Qyzmet's API and the engine's REST API, and the health
 * endpoint says so (component connectionPool OUT_OF_SERVICE, readiness 503). Once connections are free again,
 * requests and health recover.
 *
 * <p>The test holds every connection of the shared test application's own pool (its maximum size is the profile's:
 * 10 embedded, 20 on PostgreSQL) and shortens the pool's connection timeout for the while (Hikari changes it at run
 * time), so that a waiting request gives up after 3 seconds rather than 30; both are restored at the end.
 */
@QyzmetTest
class ConnectionPoolExhaustionTest {

  static final String APPLICATION = """
      {"standard": "S01", "channel": "psc",
       "applicant": {"iin": "900515300018", "surname": "Бекова", "name": "Сәуле", "phone": "+7 701 000 00 00",
                     "address": "Пул көшесі 1", "region": "Ақтөбе облысы", "district": "Хромтау"},
       "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}""";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void anExhaustedPoolAnswers503WithRetryAfterAndHealthSaysSoUntilConnectionsAreFree() throws Exception {
    HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
    var pool = hikari.getHikariPoolMXBean();
    long timeout = hikari.getHikariConfigMXBean().getConnectionTimeout();
    long cases = s01Cases();
    Http http = new Http(port);
    List<Connection> held = new ArrayList<>();
    AtomicBoolean waiting = new AtomicBoolean(true);
    CompletableFuture<Void> waiter = null;
    try {
      hikari.getHikariConfigMXBean().setConnectionTimeout(3_000);
      for (int i = 0; i < hikari.getMaximumPoolSize(); i++) {
        held.add(hikari.getConnection());
      }
      assertThat(pool.getIdleConnections()).isZero();
      // Somebody keeps waiting for a connection, as a busy node's requests do.
      waiter = CompletableFuture.runAsync(() -> {
        while (waiting.get()) {
          try (Connection ignored = hikari.getConnection()) {
            return; // a connection came free: the test has released them
          } catch (Exception timedOut) {
            // waits again
          }
        }
      });
      for (int i = 0; pool.getThreadsAwaitingConnection() == 0; i++) {
        assertThat(i).as("a thread waits for a connection").isLessThan(3_000);
        Thread.sleep(20);
      }

      var readiness = http.get("/actuator/health/readiness");
      assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
      JsonNode component = json.readTree(readiness.body()).path("components").path("connectionPool");
      assertThat(component.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
      assertThat(component.has("details")).as("the counts are for signed-in operators, not the open port").isFalse();

      HttpResponse<String> apply =
          http.postJson("/api/applications", APPLICATION, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
      assertBusy(apply);
      HttpResponse<String> tasks = http.get("/engine-rest/task?maxResults=1", QyzmetTest.ADMIN,
          QyzmetTest.ADMIN_PASSWORD);
      assertBusy(tasks);
    } finally {
      waiting.set(false);
      held.forEach(ConnectionPoolExhaustionTest::close);
      if (waiter != null) {
        waiter.get(30, TimeUnit.SECONDS);
      }
      hikari.getHikariConfigMXBean().setConnectionTimeout(timeout);
    }

    assertThat(s01Cases()).as("the refused application started no case").isEqualTo(cases);
    var health = http.get("/actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(json.readTree(health.body()).path("components").path("connectionPool").path("status").asText())
        .isEqualTo("UP");
    assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    HttpResponse<String> again =
        http.postJson("/api/applications", APPLICATION, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(s01Cases()).isEqualTo(cases + 1);
    assertThat(http.get("/engine-rest/task?maxResults=1", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .statusCode()).isEqualTo(200);
  }

  private void assertBusy(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("detail").asText()).contains("5");
  }

  private long s01Cases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01").count();
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
