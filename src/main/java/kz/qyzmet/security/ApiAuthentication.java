package kz.qyzmet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.web.Filters;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's users for the engine's REST API ({@code /engine-rest}), Qyzmet's own
 * API ({@code /api}) and the Prometheus scrape endpoint. Camunda's own filter does the work: it checks the password
 * through the IdentityService and sets the engine's current authentication for the request, so the engine's
 * authorizations apply to every API call as they do in Tasklist. The webapps (Tasklist, Cockpit, Admin) have their own
 * session login.
 *
 * <p>Authentication comes before the checks of a request's content (kz.qyzmet.api.ApiRequestGuard, {@link
 * EngineStartFilter}): a caller who did not sign in gets 401, whatever she sent, as an RFC 9457 problem
 * ({@code application/problem+json}, in her language) with the engine's {@code WWW-Authenticate} challenge; a signed-in
 * user with bad input gets 400, 413 or 415. Only kz.qyzmet.operations.DatabaseBusy (503 when no connection is free)
 * comes first.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthentication {

  /** After DatabaseBusy (+5), before ApiRequestGuard (+10) and EngineStartFilter (+20). */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 7;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = basic("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> qyzmetApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = basic("qyzmet-api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    // The quality reports (the Cockpit plugin of kz.qyzmet.quality) and reading a case, its receipt and documents (the
    // receipt Tasklist shows after a start, its print links) also accept the webapps' login session.
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SessionOrBasicAuthenticationProvider.class.getName());
    // These paths are served by the DispatcherServlet, whose servlet path is the whole request path: an empty prefix
    // makes the filter read the full path, so nothing under /api looks like the unauthenticated engine root.
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basic(String name) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProblemOnRefusal());
    registration.setName(name);
    registration.setOrder(ORDER);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** The problem body of the 401, in the caller's language. */
  static Map<String, Object> problem(Locale language) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", Messages.text(language, "problem.unauthenticated.title"));
    problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
    problem.put("detail", Messages.text(language, "problem.unauthenticated.detail"));
    return problem;
  }

  /** Camunda's filter, whose 401 (status and challenge, no body) gets the problem body. */
  static final class ProblemOnRefusal extends ProcessEngineAuthenticationFilter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      boolean[] passed = {false};
      super.doFilter(request, response, (req, res) -> {
        passed[0] = true;
        chain.doFilter(req, res);
      });
      HttpServletResponse http = (HttpServletResponse) response;
      if (!passed[0] && http.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !http.isCommitted()) {
        Filters.problem(http, HttpServletResponse.SC_UNAUTHORIZED,
            problem(Messages.language(((HttpServletRequest) request).getHeader("Accept-Language"))));
      }
    }
  }
}
