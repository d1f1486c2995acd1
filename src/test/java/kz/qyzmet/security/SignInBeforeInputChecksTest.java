package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.api.ApiRequestGuard;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caller who did not sign in is told so (401, an RFC 9457 problem in her language, with the Basic challenge) before
 * anything judges what she sent: the API's checks of a body ({@link ApiRequestGuard}: 400, 413, 415) and the
 * closed ways round the start listener ({@link EngineStartFilter}: 400, 403) answer only a signed-in user. An unknown
 * user or a wrong password is the same 401.
 */
@QyzmetTest
class SignInBeforeInputChecksTest {

  @LocalServerPort int port;
  final HttpClient client = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> post(String path, String contentType, byte[] body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Each request a guard refuses from a signed-in user: path, content type, body, the signed-in user's status. */
  record Refused(String path, String contentType, byte[] body, int status) {}

  static final byte[] SKIPPING = "{\"skipCustomListeners\": true, \"variables\": {}}".getBytes();

  static final Refused[] REFUSED = {
      new Refused("/api/applications", "text/plain", "{}".getBytes(), 415),
      new Refused("/api/applications", null, "standard=S01".getBytes(), 415),
      new Refused("/api/applications", "application/json", " ".repeat(ApiRequestGuard.MAX_BODY + 1).getBytes(), 413),
      new Refused("/api/applications", "application/json", "{\"standard\": \"S01\"} garbage".getBytes(), 400),
      new Refused("/api/applications", "application/json", new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}, 400),
      new Refused("/api/complaints", "application/json", "{\"subject\": \"\\u0000\"}".getBytes(), 400),
      new Refused("/engine-rest/process-definition/key/S01/start", "application/json", SKIPPING, 400),
      new Refused("/engine-rest/process-definition/key/S01/restart", "application/json", "{}".getBytes(), 403),
  };

  @Test
  void withoutSignInEveryGuardedWriteIs401ProblemAndSignedInTheGuardsAnswer() throws Exception {
    for (Refused refused : REFUSED) {
      // (a wrong password of a real user would hold her login back for a while: the engine's login delay)
      for (String authorization : new String[] {null, Http.basic("nobody", "wrong")}) {
        var response = post(refused.path(), refused.contentType(), refused.body(), authorization);
        String what = refused.path() + " " + refused.contentType() + " as " + authorization;
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
            .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).isPresent();
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Кіру қажет");
      }
      var signedIn = post(refused.path(), refused.contentType(), refused.body(),
          Http.basic(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD));
      assertThat(signedIn.statusCode()).as(refused.path() + " " + refused.contentType() + " signed in: "
          + signedIn.body()).isEqualTo(refused.status());
    }
  }

  @Test
  void theProblemSpeaksTheCallersLanguage() throws Exception {
    var russian = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
        .header("Accept-Language", "ru").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(russian.statusCode()).isEqualTo(401);
    assertThat(json.readTree(russian.body()).path("title").asText()).isEqualTo("Требуется вход");
  }

  @Test
  void theWebappsCopyOfTheEngineApiAsksForItsLoginFirst() throws Exception {
    var response = post("/camunda/api/engine/engine/default/process-definition/key/S01/start", "application/json",
        SKIPPING, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    var restart = post("/camunda/api/engine/engine/default/process-definition/key/S01/restart", "application/json",
        "{}".getBytes(), null);
    assertThat(restart.statusCode()).as(restart.body()).isEqualTo(401);
  }
}
