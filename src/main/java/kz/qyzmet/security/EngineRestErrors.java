package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qyzmet.messages.FieldErrors;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.web.Filters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What a clerk reads when the engine's REST API refuses her: Tasklist shows the {@code message} of the error body
 * under its own heading, and the engine writes there its own text ("Cannot instantiate process definition S01:1:...:
 * ...", "Cannot find task with id ...: task is null", Java class names). For the resources a clerk works with
 * (tasks, filters, process definitions and instances, their history), on the engine's REST API ({@code /engine-rest})
 * and on the webapps' copy of it ({@code /camunda/api/engine}), every error body's {@code message} becomes one short
 * sentence in the request's language (kz.qyzmet.messages.Messages: kk by default, ru, en):
 * <ul>
 *   <li>when Qyzmet's checks refused fields (the intake of a start, the server-side check of a form; see
 *       {@link FieldErrors}), one sentence per field naming its label and the rule, the fields' names in
 *       {@code fields}, and the status 400 (the webapps' copy answers a refused start with 500 otherwise);</li>
 *   <li>otherwise a sentence for what happened (task not found, claimed by another, no permission, changed meanwhile,
 *       suspended, a value of the wrong type), or a general one; the engine's text is not passed on (it may name Java
 *       classes, process definition ids or values of the case), only its type is logged.</li>
 * </ul>
 * A refusal the engine answers with 500 (task not found, claimed by another) gets 404 or 409. Bodies without a
 * {@code message} (the refusals of {@link EngineStartFilter}, problem+json naming the field) and the
 * 401 that sends the browser to the login page are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

  private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

  /** The engine's resources a clerk works with in Tasklist (and a head in Cockpit). */
  static final Pattern CLERK_RESOURCES = Pattern.compile("(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
      + "/(task|filter|process-definition|process-instance|execution|variable-instance|history)(/.*)?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestErrorsFilter() {
    return Filters.register("engine-rest-errors", Ordered.HIGHEST_PRECEDENCE + 25, new Sentences(),
        "/engine-rest/*", "/camunda/api/engine/*");
  }

  static final class Sentences extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!CLERK_RESOURCES.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        int status = wrapper.getStatus();
        if (status >= 400 && status != HttpServletResponse.SC_UNAUTHORIZED) {
          rewrite(request, wrapper, status);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response, int status)
        throws IOException {
      JsonNode body;
      try {
        byte[] content = response.getContentAsByteArray();
        body = content.length == 0 ? null : json.readTree(content);
      } catch (IOException notJson) {
        body = null;
      }
      var kept = FieldErrors.kept(request);
      if (kept.isEmpty() && (body == null || !body.isObject() || !body.has("message")) && status < 500) {
        return;
      }
      Locale language = Messages.language(request.getHeader("Accept-Language"));
      ObjectNode answer = json.createObjectNode();
      String type = body != null && body.hasNonNull("type") ? body.get("type").asText() : "";
      if (kept.isPresent()) {
        List<FieldErrors.FieldError> errors = kept.get();
        answer.put("type", "BadUserRequestException");
        answer.put("message", errors.stream().map(e -> e.sentence(language)).collect(Collectors.joining(" ")));
        answer.put("code", 0);
        var fields = answer.putArray("fields");
        errors.forEach(e -> fields.add(e.field()));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      } else {
        String original = body != null && body.hasNonNull("message") ? body.get("message").asText() : "";
        String key = kind(status, type, original);
        answer.put("type", type.isEmpty() ? "Error" : type);
        answer.put("message", Messages.text(language, "clerk.error." + key));
        answer.set("code", body != null && body.has("code") ? body.get("code") : null);
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
          // The engine answers 500 for what is the clerk's situation, not a fault of the server.
          response.setStatus(switch (key) {
            case "taskNotFound", "notFound" -> HttpServletResponse.SC_NOT_FOUND;
            case "claimedByOther", "changedMeanwhile", "suspended" -> HttpServletResponse.SC_CONFLICT;
            case "invalidValue" -> HttpServletResponse.SC_BAD_REQUEST;
            default -> status;
          });
        }
        log.info("Engine REST {} {} answered {} ({}); the clerk reads clerk.error.{}", request.getMethod(),
            request.getRequestURI(), status, type, key);
      }
      response.resetBuffer();
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getOutputStream().write(json.writeValueAsBytes(answer));
    }
  }

  /** What happened, from the engine's answer: the key of its sentence ({@code clerk.error.<key>}). */
  static String kind(int status, String type, String message) {
    String text = message == null ? "" : message;
    if ("TaskAlreadyClaimedException".equals(type) || text.contains("is already claimed by")) {
      return "claimedByOther";
    }
    if ("AuthorizationException".equals(type) || status == HttpServletResponse.SC_FORBIDDEN) {
      return "forbidden";
    }
    if ("OptimisticLockingException".equals(type) || text.contains("was updated by another transaction")) {
      return "changedMeanwhile";
    }
    if ("SuspendedEntityInteractionException".equals(type) || text.contains("is suspended")) {
      return "suspended";
    }
    if (text.contains("Cannot find task") || text.contains("No matching task") || text.contains("task is null")) {
      return "taskNotFound";
    }
    if (status == HttpServletResponse.SC_NOT_FOUND || "NullValueException".equals(type)) {
      return "notFound";
    }
    if (text.contains("Cannot convert value") || text.contains("Unsupported value type")
        || text.contains("is not a valid") || "JsonMappingException".equals(type)
        || "JsonParseException".equals(type)) {
      return "invalidValue";
    }
    return "generic";
  }
}
