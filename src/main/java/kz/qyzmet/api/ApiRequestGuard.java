package kz.qyzmet.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.security.CachedBodyRequest;
import kz.qyzmet.web.Filters;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first checks of every request to Qyzmet's own API ({@code /api}), before any controller: a state-changing call
 * (POST, PUT, PATCH, DELETE) must say {@code Content-Type: application/json} (415 otherwise: a cross-site form post,
 * a wildcard or a text body is refused), its body is at most {@link #MAX_BODY} bytes (413), valid UTF-8 and one JSON
 * value with nothing after it (400), and no text in it holds a control character (NUL among them; PostgreSQL stores
 * none) or more than {@link #MAX_TEXT} characters (the engine's text column, ACT_RU_VARIABLE.TEXT_): 400 naming the
 * field. Every answer of {@code /api} and {@code /engine-rest} carries {@code X-Content-Type-Options: nosniff} and
 * {@code Cache-Control: no-store} (they hold personal data).
 */
@Configuration(proxyBeanMethods = false)
public class ApiRequestGuard {

  public static final int MAX_BODY = 64 * 1024;
  public static final int MAX_TEXT = 4000;
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiRequestGuardFilter() {
    return Filters.register("api-request-guard", Ordered.HIGHEST_PRECEDENCE + 10, new Guard(),
        "/api/*", "/engine-rest/*");
  }

  static final class Guard extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      if (!request.getRequestURI().startsWith("/api/") || !WRITES.contains(request.getMethod().toUpperCase())) {
        chain.doFilter(request, response);
        return;
      }
      MediaType type;
      try {
        type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
      } catch (RuntimeException e) {
        type = null;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      boolean json = type != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
      if (!json && (body.length > 0 || request.getContentType() != null)) {
        refuse(response, 415, "Content-Type", "must be application/json");
        return;
      }
      if (body.length > MAX_BODY) {
        refuse(response, 413, "body", "at most " + MAX_BODY + " bytes");
        return;
      }
      if (body.length > 0) {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
          refuse(response, 400, "body", "is not valid UTF-8");
          return;
        }
        JsonNode tree;
        try {
          tree = this.json.readTree(body);
        } catch (IOException e) {
          refuse(response, 400, "body", "must be one JSON value, with nothing after it (and no field twice)");
          return;
        }
        String problem = text(tree, "");
        if (problem != null) {
          int colon = problem.indexOf(": ");
          refuse(response, 400, problem.substring(0, colon), problem.substring(colon + 2));
          return;
        }
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The first text of the tree breaking a rule, as "field: rule"; null when none does. */
    private static String text(JsonNode node, String path) {
      if (node.isTextual()) {
        String value = node.textValue();
        if (value.length() > MAX_TEXT) {
          return name(path) + ": at most " + MAX_TEXT + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
            return name(path) + ": must not contain control characters";
          }
        }
        return null;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          var field = it.next();
          if (field.getKey().length() > 200) {
            return name(path) + ": field names of at most 200 characters";
          }
          String problem = text(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
          if (problem != null) {
            return problem;
          }
        }
      }
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          String problem = text(node.get(i), path + "[" + i + "]");
          if (problem != null) {
            return problem;
          }
        }
      }
      return null;
    }

    private static String name(String path) {
      return path.isEmpty() ? "body" : path;
    }

    private static void refuse(HttpServletResponse response, int status, String field, String rule)
        throws IOException {
      Filters.refuse(response, status, "Invalid request", field, rule);
    }
  }
}
