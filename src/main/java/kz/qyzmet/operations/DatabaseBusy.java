package kz.qyzmet.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.web.Filters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that found no free database connection (the Hikari pool timed out: {@link SQLTransientConnectionException}
 * anywhere among the causes) is answered 503 with {@code Retry-After} and an RFC 9457 problem, not a 500: on
 * Qyzmet's API ({@code /api}) and the engine's REST API ({@code /engine-rest}), whether the pool ran dry during
 * authentication (the password check reads the engine's users), in a controller or in the engine's REST resources
 * (kz.qyzmet.security.EngineRestBadRequests uses {@link #isCause} and {@link #problem}). Nothing was written: the
 * transaction never began. The wait is {@code spring.datasource.hikari.connection-timeout}; the retry hint is
 * {@code qyzmet.database.retry-after}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseBusy {

  /** Whether {@code failure} or one of its causes is the pool's "no connection available" timeout. */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  /** The problem body of the 503, in the caller's language. */
  public static Map<String, Object> problem(Locale language, long retryAfterSeconds) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", Messages.text(language, "problem.databaseBusy.title"));
    problem.put("status", 503);
    problem.put("detail", Messages.text(language, "problem.databaseBusy.detail", retryAfterSeconds));
    return problem;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseBusyFilter(
      @Value("${qyzmet.database.retry-after:5s}") Duration retryAfter) {
    // Outside every filter that may reach the database (the API's authentication among them).
    return Filters.register("database-busy", Ordered.HIGHEST_PRECEDENCE + 5,
        new Filter(Math.max(1, retryAfter.toSeconds())), "/api/*", "/engine-rest/*");
  }

  static final class Filter extends OncePerRequestFilter {
    private final long retryAfterSeconds;

    Filter(long retryAfterSeconds) {
      this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException failure) {
        if (!isCause(failure) || response.isCommitted()) {
          throw failure;
        }
        logger.warn("No free database connection for " + request.getMethod() + " " + request.getRequestURI()
            + ": answered 503");
        response.reset();
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Filters.problem(response, 503,
            problem(Messages.language(request.getHeader("Accept-Language")), retryAfterSeconds));
      }
    }
  }
}
