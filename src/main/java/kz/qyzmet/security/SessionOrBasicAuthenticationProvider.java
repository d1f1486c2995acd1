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
 * HTTP Basic, and for the quality reports ({@code /api/quality/}, read by the Cockpit plugin) also the user logged in
 * to the webapps in the same browser session. A session request that changes something must carry
 * {@code X-Requested-With: XMLHttpRequest}, which a cross-site form cannot send (no CORS is allowed), so the session
 * cookie alone cannot be abused from another site.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String SESSION_PATH = "/api/quality/";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && request.getRequestURI().startsWith(SESSION_PATH)) {
      HttpSession session = request.getSession(false);
      boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
          || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
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
