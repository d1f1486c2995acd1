package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import kz.qyzmet.web.Filters;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ways of the engine's REST API (and of the webapps' copy of it under {@code /camunda/api/engine}) that start a
 * process instance without its start listener, where Qyzmet's intake checks an application
 * (kz.qyzmet.intake.StartGuard): a start with {@code startInstructions} (it begins inside the diagram),
 * {@code skipCustomListeners} or {@code skipIoMappings}, and the restart of a historic instance (which copies its old
 * variables, the intake's among them). They are refused to everyone with 400 naming the field (403 for restart); a
 * case starts at its start event, through its start listener. Bodies of these requests over {@link #MAX_BODY} bytes
 * are refused with 413.
 */
@Configuration(proxyBeanMethods = false)
class EngineStartFilter {

  static final int MAX_BODY = 1 << 20;

  private static final Pattern START =
      Pattern.compile(".*/process-definition/.+/(start|submit-form|restart|restart-async)/?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineStartGuard() {
    return Filters.register("engine-start-guard", Ordered.HIGHEST_PRECEDENCE + 20, new Guard(),
        "/engine-rest/*", "/camunda/api/engine/*");
  }

  static final class Guard extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var matcher = START.matcher(request.getRequestURI());
      if (!"POST".equalsIgnoreCase(request.getMethod()) || !matcher.matches() || !signedIn(request)) {
        chain.doFilter(request, response); // without a login, the webapps' security answers 401
        return;
      }
      if (matcher.group(1).startsWith("restart")) {
        refuse(response, 403, "restart", "a case is not restarted from its history; a new application starts a new "
            + "case through the intake");
        return;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        refuse(response, 413, "body", "at most " + MAX_BODY + " bytes");
        return;
      }
      JsonNode tree = null;
      try {
        tree = body.length == 0 ? null : json.readTree(body);
      } catch (IOException e) {
        // not JSON: the engine's REST API answers it itself (400)
      }
      if (tree != null) {
        for (String flag : new String[] {"skipCustomListeners", "skipIoMappings"}) {
          if (tree.path(flag).asBoolean(false)) {
            refuse(response, 400, flag, "is not allowed: the start listener checks every application");
            return;
          }
        }
        JsonNode instructions = tree.path("startInstructions");
        if (!instructions.isMissingNode() && !instructions.isNull()
            && !(instructions.isArray() && instructions.isEmpty())) {
          refuse(response, 400, "startInstructions", "is not allowed: a case starts at its start event");
          return;
        }
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * Whether the caller signed in: on {@code /engine-rest} always by now (ApiAuthentication comes first and answers
     * 401 otherwise); on the webapps' copy, a user of the webapps' session.
     */
    private static boolean signedIn(HttpServletRequest request) {
      if (!request.getRequestURI().startsWith("/camunda/")) {
        return true;
      }
      HttpSession session = request.getSession(false);
      Authentications users = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      return users != null && !users.getAuthentications().isEmpty();
    }

    private static void refuse(HttpServletResponse response, int status, String field, String rule)
        throws IOException {
      Filters.refuse(response, status, "Invalid request", field, rule);
    }
  }
}
