package kz.qyzmet.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;

/** Calls the intake API as the administrator. */
final class ApplicationClient {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private ApplicationClient() {}

  static HttpResponse<String> post(int port, String body) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpResponse<String> get(int port, String path) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    request.header("Authorization", Http.basic(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD));
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
