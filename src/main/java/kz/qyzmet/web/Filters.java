package kz.qyzmet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Qyzmet's servlet filters share: their registration (a name, a place in the chain, the paths) and the RFC 9457
 * problem they answer with when they refuse a request themselves, before any controller or the engine's REST API.
 */
public final class Filters {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Filters() {
  }

  /**
   * {@code filter} registered as {@code name} on {@code urlPatterns}, at {@code order} in the chain (lower runs first;
   * {@link org.springframework.core.Ordered#LOWEST_PRECEDENCE} is Spring's default).
   */
  public static FilterRegistrationBean<OncePerRequestFilter> register(String name, int order,
      OncePerRequestFilter filter, String... urlPatterns) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }

  /**
   * Answers {@code status} with the problem that names the refused {@code field}: {@code type} about:blank,
   * {@code status}, {@code title}, {@code field} and {@code detail} "field: rule", in this order.
   */
  public static void refuse(HttpServletResponse response, int status, String title, String field, String rule)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("status", status);
    problem.put("title", title);
    problem.put("field", field);
    problem.put("detail", field + ": " + rule);
    problem(response, status, problem);
  }

  /** Answers {@code status} with {@code problem} as {@code application/problem+json} in UTF-8. */
  public static void problem(HttpServletResponse response, int status, Map<String, Object> problem)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
