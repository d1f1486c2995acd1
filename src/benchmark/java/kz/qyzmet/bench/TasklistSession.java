package kz.qyzmet.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A clerk signed in to Tasklist as the browser is: the webapp's login (session cookie), the CSRF token the webapps
 * hand out in the {@code XSRF-TOKEN} cookie and expect back in {@code X-XSRF-TOKEN}, and the engine API under
 * {@code /camunda/api/engine/engine/default} that Tasklist calls (not {@code /engine-rest}).
 */
final class TasklistSession {

  /** The body Tasklist 7.24 posts for a filter's page (no search, its default sorting). */
  static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  /** Tasklist's page: 15 tasks. */
  static final int PAGE = 15;

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  TasklistSession(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET(), 200); // hands out the token
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
        .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
    // The login starts a new session, whose token comes with the next request (Tasklist asks who is signed in).
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET(), 200);
  }

  /** Tasklist's request for a filter's first page: HAL, with the processes, users and variables it embeds. */
  int filterPage(String filterId) {
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/filter/" + filterId
            + "/list?firstResult=0&maxResults=" + PAGE))
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(LIST_BODY)), 200).length();
  }

  private String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
  }

  private String send(HttpRequest.Builder request, int status) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != status) {
        throw new IllegalStateException(response.uri().getPath() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
