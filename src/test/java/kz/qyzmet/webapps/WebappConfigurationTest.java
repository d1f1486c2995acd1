package kz.qyzmet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application serves Qyzmet's webapp files, not the webjar's files of the same path: each webapp's
 * config.js (Kazakh by default, Russian and English offered, dd.MM.yyyy and 24-hour times), the locale files, the
 * styles that hide the end-of-life banner from clerks and managers, and Tasklist's script for form-js's messages.
 */
@QyzmetTest
class WebappConfigurationTest {

  @LocalServerPort int port;

  @Test
  void everyWebappServesQyzmetsConfigJs() {
    Http browser = new Http(port);
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      String config = WebappConfig.served(browser, app);
      assertThat(config).as(app + " config.js")
          .contains("availableLocales: ['kk', 'ru', 'en']")
          .contains("fallbackLocale: 'kk'")
          .contains("normal: 'DD.MM.YYYY HH:mm'")
          .contains("short: 'DD.MM.YYYY'")
          .doesNotContain("hh:mm") // 12-hour clock
          .doesNotContain("//   \"locales\""); // the webjar's commented example
    }
  }

  @Test
  void theLocaleFilesAreServedWithTheirKazakhAndRussianTexts() throws Exception {
    Http browser = new Http(port);
    ObjectMapper json = new ObjectMapper();
    var kk = json.readTree(browser.get("/camunda/app/tasklist/locales/kk.json").body());
    var ru = json.readTree(browser.get("/camunda/app/tasklist/locales/ru.json").body());
    assertThat(kk.path("labels").path("CLAIM_TASK").asText()).isEqualTo("Өзіме алу");
    assertThat(ru.path("labels").path("CLAIM_TASK").asText()).isEqualTo("Взять себе");
    assertThat(kk.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
    assertThat(kk.path("dateLocales").path("longDateFormat").path("LT").asText()).isEqualTo("HH:mm");
    var login = json.readTree(browser.get("/camunda/app/welcome/locales/kk.json").body());
    assertThat(login.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Кіру");
  }

  @Test
  void theEndOfLifeBannerIsHiddenInTasklistCockpitAndWelcomeButNotInAdmin() {
    Http browser = new Http(port);
    for (String app : List.of("tasklist", "cockpit", "welcome")) {
      String css = browser.get("/camunda/app/" + app + "/styles/user-styles.css").body();
      assertThat(css.replaceAll("\\s+", " ")).as(app)
          .contains("[cam-widget-header] .ce-eol-banner { display: none; }");
    }
    assertThat(browser.get("/camunda/app/admin/styles/user-styles.css").body()).doesNotContain("ce-eol-banner");
    String adminText = browser.get("/camunda/app/admin/locales/kk.json").body();
    assertThat(adminText).contains("Successor platform");
  }

  @Test
  void tasklistLoadsTheScriptThatTranslatesFormJsMessages() {
    Http browser = new Http(port);
    var script = browser.get("/camunda/app/tasklist/scripts/qyzmet/form-messages.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("Field is required").contains("Өрісті толтыру міндетті.");
    assertThat(browser.get("/camunda/app/tasklist/scripts/config.js").body())
        .contains("'scripts/qyzmet/form-messages.js'");
  }
}
