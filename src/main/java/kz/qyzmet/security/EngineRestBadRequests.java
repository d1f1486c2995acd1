package kz.qyzmet.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.operations.DatabaseBusy;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers of the engine's REST API that Qyzmet corrects. The engine answers a start it could not carry out with 500
 * whatever the cause ("Cannot instantiate process definition"), also when a start listener refused the caller's
 * variables. Qyzmet's start listeners refuse bad input with {@link BadUserRequestException} (the intake's checks,
 * kz.qyzmet.intake.StartGuard): such a refusal is the caller's error and answered 400 with the engine's own error
 * body. A request that found no free database connection is answered 503 with {@code Retry-After}
 * ({@link DatabaseBusy}), whatever exception the engine wrapped it in. Every other exception keeps the engine's answer.
 * The mappers stand at the three levels of the engine's own (Throwable, ProcessEngineException, RestException) and
 * win by priority.
 */
@Component
class EngineRestBadRequests implements ResourceConfigCustomizer {

  private final long retryAfterSeconds;

  EngineRestBadRequests(@Value("${qyzmet.database.retry-after:5s}") Duration retryAfter) {
    this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new Mapper(retryAfterSeconds));
    config.register(new EngineMapper(retryAfterSeconds));
    config.register(new AnyMapper(retryAfterSeconds));
  }

  /** 503 with Retry-After when the pool had no connection for the request; null otherwise. */
  static Response busy(Throwable exception, long retryAfterSeconds) {
    if (!DatabaseBusy.isCause(exception)) {
      return null;
    }
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
        .type("application/problem+json")
        .entity(DatabaseBusy.problem(Messages.KAZAKH, retryAfterSeconds)).build();
  }

  /** The first of {@code failure} and its causes that is a {@code type}. */
  static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  /**
   * Answers 503 when the pool had no connection for the request ({@link #busy}); otherwise {@link #answer}, which is
   * the engine's own answer unless a mapper corrects it.
   */
  abstract static class BusyFirst<E extends Throwable> implements ExceptionMapper<E> {
    final ExceptionMapper<E> engine;
    private final long retryAfterSeconds;

    BusyFirst(ExceptionMapper<E> engine, long retryAfterSeconds) {
      this.engine = engine;
      this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Response toResponse(E exception) {
      Response busy = busy(exception, retryAfterSeconds);
      return busy != null ? busy : answer(exception);
    }

    /** The answer to an exception the database's pool did not cause. */
    Response answer(E exception) {
      return engine.toResponse(exception);
    }
  }

  @Priority(1)
  public static class Mapper extends BusyFirst<RestException> {
    Mapper(long retryAfterSeconds) {
      super(new RestExceptionHandler(), retryAfterSeconds);
    }

    @Override
    Response answer(RestException exception) {
      return cause(exception, BadUserRequestException.class).map(Mapper::badRequest)
          .orElseGet(() -> engine.toResponse(exception));
    }

    private static Response badRequest(BadUserRequestException refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", BadUserRequestException.class.getSimpleName());
      body.put("message", refused.getMessage());
      body.put("code", 0);
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }

  @Priority(1)
  public static class EngineMapper extends BusyFirst<ProcessEngineException> {
    EngineMapper(long retryAfterSeconds) {
      super(new ProcessEngineExceptionHandler(), retryAfterSeconds);
    }

    /** A refusal from a listener (OwnClaimOnly) reaches REST wrapped by the engine: answered as what it is, 403. */
    @Override
    Response answer(ProcessEngineException exception) {
      return cause(exception.getCause(), AuthorizationException.class).map(engine::toResponse)
          .orElseGet(() -> engine.toResponse(exception));
    }
  }

  @Priority(1)
  public static class AnyMapper extends BusyFirst<Throwable> {
    AnyMapper(long retryAfterSeconds) {
      super(new ExceptionHandler(), retryAfterSeconds);
    }
  }
}
