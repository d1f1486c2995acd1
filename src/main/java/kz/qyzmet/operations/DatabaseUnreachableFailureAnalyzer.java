package kz.qyzmet.operations;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A start-up that cannot reach its database (refused, unknown host, timeout, the database or the user missing, a
 * wrong password: SQL states 08, 28 and 3D) ends with one line naming the JDBC URL and the user, never the password,
 * instead of a stack trace of Flyway or the engine. Parameters of the URL that hold a password are masked.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)([?&;](?:password|sslpassword|pwd)=)[^&;]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("//([^/@:]+):[^@/]*@");

  private final Environment environment;

  DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String state = cause.getSQLState() == null ? "" : cause.getSQLState();
    boolean network = false;
    for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
      network |= t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException;
    }
    if (!network && !state.startsWith("08") && !state.startsWith("28") && !state.startsWith("3D")) {
      return null;
    }
    String url = mask(environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)"));
    String user = environment.getProperty("spring.datasource.username", "");
    String reason = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ").strip();
    String password = environment.getProperty("spring.datasource.password", "");
    if (password.length() >= 3) {
      reason = reason.replace(password, "***");
    }
    return new FailureAnalysis(
        "Qyzmet cannot reach its database at " + url + (user.isEmpty() ? "" : " as user " + user) + ": " + reason
            + (state.isEmpty() ? "" : " (SQL state " + state + ")"),
        "Check QYZMET_DB_URL, QYZMET_DB_USER and QYZMET_DB_PASSWORD, and that PostgreSQL accepts connections at that "
            + "address (pg_isready -h <host> -p <port>).",
        cause);
  }

  /** The URL without any password it carries. */
  static String mask(String url) {
    return URL_USER_INFO.matcher(URL_PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("//$1:***@");
  }
}
