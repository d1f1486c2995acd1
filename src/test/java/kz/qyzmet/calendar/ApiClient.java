package kz.qyzmet.calendar;

import kz.qyzmet.Http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GET and POST on the running application with HTTP Basic authentication (or none when user is null). */
final class ApiClient {

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  HttpResponse<String> get(String path, String user, String password) {
    return send(request(path, user, password).GET());
  }

  HttpResponse<String> post(String path, String user, String password) {
    return send(request(path, user, password).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      request.header("Authorization", Http.basic(user, password));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return Http.send(client, request);
  }
}
