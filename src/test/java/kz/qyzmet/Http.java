package kz.qyzmet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests that talk to the running application as a browser or an API client would. */
public final class Http {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", basic(user, password)));
  }

  /** A GET with Basic authentication answered as HAL ({@code application/hal+json}), as Tasklist asks for lists. */
  public HttpResponse<String> getHal(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", basic(user, password))
        .header("Accept", "application/hal+json"));
  }

  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Logs in to a Camunda webapp (tasklist, cockpit, admin) the way its login page does; the session stays here. */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/"); // the webapp hands out its XSRF cookie with the page
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request);
  }

  /**
   * A JSON POST in the webapp session of {@link #webappLogin} (as Tasklist sends it: the XSRF token of the session and
   * the browser's {@code Accept-Language}).
   */
  public HttpResponse<String> postJsonInSession(String path, String json, String language) {
    get("/camunda/api/engine/engine/"); // the session's XSRF token, renewed at login, comes with any webapp answer
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(json));
    xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request);
  }

  /** A JSON POST with Basic authentication and an {@code Accept-Language}. */
  public HttpResponse<String> postJson(String path, String json, String user, String password, String language) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A GET in this client's session (no Authorization header), answered as bytes (a PDF). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private java.util.Optional<String> xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue)
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(client, request);
  }

  /** Sends the request with this client and reads the answer as text; I/O failures are unchecked. */
  public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
