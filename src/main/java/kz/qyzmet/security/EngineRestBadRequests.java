package kz.qyzmet.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API answers a start it could not carry out with 500 whatever the cause ("Cannot instantiate
 * process definition"), also when a start listener refused the caller's variables. Qyzmet's start listeners refuse
 * bad input with {@link BadUserRequestException} (the intake's checks, kz.qyzmet.intake.StartGuard): such a refusal
 * is the caller's error and answered 400 with the engine's own error body; every other exception keeps the engine's
 * answer.
 */
@Component
class EngineRestBadRequests implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler engine = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", BadUserRequestException.class.getSimpleName());
          body.put("message", cause.getMessage());
          body.put("code", 0);
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
              .build();
        }
      }
      return engine.toResponse(exception);
    }
  }
}
