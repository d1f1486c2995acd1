package kz.qyzmet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * HTTP Basic, and also the user logged in to the webapps in the same browser session for
 * <ul>
 *   <li>the quality reports ({@code /api/quality/}, read by the Cockpit plugin): a session request that changes
 *       something must carry {@code X-Requested-With: XMLHttpRequest}, which a cross-site form cannot send (no CORS
 *       is allowed), so the session cookie alone cannot be abused from another site;</li>
 *   <li>reading a case ({@code GET /api/applications/{key}}, its receipt and its printed documents) and a complaint
 *       ({@code GET /api/complaints/{number}}): Tasklist's receipt after a start and its print links open them in the
 *       clerk's session, without a password prompt. Only GET and HEAD; the engine's authorizations of the session's
 *       user decide what she reads (her office's cases), as with Basic.</li>
 * </ul>
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String SESSION_PATH = "/api/quality/";

  /** Paths the session may read (GET, HEAD) but not change. */
  static final java.util.List<String> SESSION_READ_PATHS = java.util.List.of("/api/applications/", "/api/complaints/");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String path = request.getRequestURI();
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    boolean reports = path.startsWith(SESSION_PATH);
    boolean cases = read && SESSION_READ_PATHS.stream().anyMatch(prefix -> path.startsWith(prefix)
        && path.length() > prefix.length());
    if (request.getHeader("Authorization") == null && (reports || cases)) {
      HttpSession session = request.getSession(false);
      boolean safe = read || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
      if (session != null && safe) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (user != null) {
          return AuthenticationResult.successful(user.getIdentityId());
        }
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
