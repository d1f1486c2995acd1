package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The engine REST mappers answer a request that found no free database connection with 503 and Retry-After, at each
 * level the engine's own mappers stand (Throwable, ProcessEngineException, RestException), and leave every other
 * failure to the engine's answer. (Over HTTP the pool usually runs dry in the password check first, before Jersey:
 * ConnectionPoolExhaustionTest.)
 */
class EngineRestBusyTest {

  static final Throwable NO_CONNECTION = new CannotCreateTransactionException("Could not open JDBC Connection",
      new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

  @Test
  void noFreeConnectionIs503WithRetryAfterAtEveryLevel() {
    assertBusy(new EngineRestBadRequests.AnyMapper(7).toResponse(NO_CONNECTION));
    assertBusy(new EngineRestBadRequests.EngineMapper(7)
        .toResponse(new ProcessEngineException("engine wrapped it", NO_CONNECTION)));
    assertBusy(new EngineRestBadRequests.Mapper(7).toResponse(new org.camunda.bpm.engine.rest.exception.RestException(
        Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException("x", NO_CONNECTION), "x")));
  }

  @Test
  void otherFailuresKeepTheEnginesAnswer() {
    assertThat(new EngineRestBadRequests.AnyMapper(7).toResponse(new IllegalStateException("boom")).getStatus())
        .isEqualTo(500);
    assertThat(new EngineRestBadRequests.EngineMapper(7).toResponse(new ProcessEngineException("boom")).getStatus())
        .isEqualTo(500);
  }

  private static void assertBusy(Response response) {
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(((Map<?, ?>) response.getEntity()).get("status")).isEqualTo(503);
  }
}
