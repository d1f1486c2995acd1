package kz.qyzmet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A user a test of the shared context ({@link QyzmetTest}) signs in as, not a demo user, so that it exists on every
 * database: before each test it is made where missing, with its password, and made a member of its groups (a group
 * the directory does not make is made too). Its requests go to the running application with HTTP Basic
 * authentication. Register it with {@code @RegisterExtension final TestUser clerk = TestUser.of(id, password,
 * group);}.
 */
public final class TestUser implements BeforeEachCallback {

  private final String id;
  private final String password;
  private final List<String> groups;
  private String firstName;
  private String lastName;
  private boolean cockpit;
  private ProcessEngine engine;
  private int port;

  private TestUser(String id, String password, List<String> groups) {
    this.id = id;
    this.password = password;
    this.groups = groups;
  }

  /** A user with this password, a member of {@code groups} (candidate groups such as "psc-aktobe-05.pscOperator"). */
  public static TestUser of(String id, String password, String... groups) {
    return new TestUser(id, password, List.of(groups));
  }

  /** The same user, made with this name and access to Cockpit (a head who reads the quality indicators there). */
  public TestUser withCockpit(String first, String last) {
    firstName = first;
    lastName = last;
    cockpit = true;
    return this;
  }

  public String id() {
    return id;
  }

  public String password() {
    return password;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    engine = application.getBean(ProcessEngine.class);
    port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(password);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      identity.saveUser(user);
      if (cockpit) {
        Authorization access = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        access.setUserId(id);
        access.setResource(Resources.APPLICATION);
        access.setResourceId("cockpit");
        access.addPermission(Permissions.ACCESS);
        engine.getAuthorizationService().saveAuthorization(access);
      }
    }
    groups.forEach(this::join);
  }

  /** Makes the user a member of {@code group} too, where it is not one yet. */
  public void join(String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  public HttpResponse<String> get(String path) {
    return new Http(port).get(path, id, password);
  }

  /** A JSON POST, answered in the application's default language. */
  public HttpResponse<String> post(String path, String json) {
    return new Http(port).postJson(path, json, id, password);
  }

  /** A JSON POST with the browser's {@code Accept-Language}. */
  public HttpResponse<String> post(String path, String json, String language) {
    return new Http(port).postJson(path, json, id, password, language);
  }

  /** Any method; a body, where there is one, is JSON. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(id, password))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return Http.send(HttpClient.newHttpClient(), request);
  }
}
