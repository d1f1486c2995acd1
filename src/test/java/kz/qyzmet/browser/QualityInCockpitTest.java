package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qyzmet.TestUser;
import kz.qyzmet.quality.DemoHistory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 5: the head of the Хромтау pension branch opens the quality plugin in Cockpit and sees her office
 * only: the scope line names it, the indicators table is drawn, and the cases listed are exactly her office's (the demo
 * history also has cases of three other offices).
 */
@BrowserTest
class QualityInCockpitTest {

  static final String OFFICE = "pension-aktobe-12";

  @RegisterExtension static final Browser browser = new Browser();

  /** The branch head (not a demo user: the test sets her password). */
  @RegisterExtension final TestUser head = TestUser.of("qualitybranchhead", "secret", OFFICE + ".branchHead")
      .withCockpit("Бөлімше", "Басшысы");
  @Autowired DemoHistory demo;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aBranchHeadSeesHerOfficeOnly() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now()));
    demo.seed(2);
    ClockUtil.reset();
    browser.at(port);
    browser.open("/camunda/app/cockpit/default/"); // the first load on a busy machine may take longer than a login waits
    browser.waitUntil(Duration.ofSeconds(90), d -> !d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
    browser.login("cockpit", head.id(), head.password());
    browser.open("/camunda/app/cockpit/default/#/quality");
    browser.waitUntil(Duration.ofSeconds(30), d -> !d.findElements(By.cssSelector(".qyzmet-indicator-table")).isEmpty());
    browser.step("quality");
    browser.keep("cockpit-quality-kk");
    assertThat(browser.driver().findElement(By.cssSelector(".qyzmet-scope")).getText()).contains(OFFICE);
    assertThat(browser.all(By.cssSelector(".qyzmet-indicator-table tbody tr"))).hasSize(83);
    // textContent, not the visible text: rows below Cockpit's scrolled view have no visible text
    List<String> listed = browser.all(By.cssSelector(".qyzmet-breakdown tbody tr td:first-child")).stream()
        .map(cell -> cell.getDomProperty("textContent").strip()).toList();
    int year = java.time.LocalDate.now().getYear();
    Set<String> hers = new HashSet<>(jdbc.sql("select business_key from \"qyzmet\".case_fact where (office_id = ? or"
            + " intake_office_id = ?) and (ended_at is null or extract(year from ended_at) = ?)")
        .params(OFFICE, OFFICE, year).query(String.class).list());
    assertThat(listed).isNotEmpty();
    assertThat(new HashSet<>(listed)).isEqualTo(hers);
    assertThat(browser.driver().findElement(By.tagName("body")).getDomProperty("textContent"))
        .doesNotContain("pension-aktobe-01").contains("Мерзімдер мониторы");
  }
}
