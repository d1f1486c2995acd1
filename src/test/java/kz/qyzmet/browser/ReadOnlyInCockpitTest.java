package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, point 6, in the browser: the quality manager (demo user {@code manager}, who only reads) opens a running
 * case in Cockpit and reads its variables, with no control that would change the case: no edit, delete or add of a
 * variable, no cancel, suspend, modify, migrate, retry or restart, on any tab of the instance page. Cockpit 7.24 CE
 * draws these for every user; the script {@code scripts/qyzmet/read-only.js} hides them from who may not UPDATE process
 * instances. The administrator, on the same page, sees them (the selectors find the real controls, so the check can
 * fail). What each sees is printed to the test's output.
 */
@BrowserTest
class ReadOnlyInCockpitTest {

  static final String MANAGER = "manager";
  static final String DEMO_PASSWORD = "demo";

  /**
   * What a control that changes a case is called in its click handler or class: Cockpit's toolbar actions (cancel,
   * retry, add a variable, suspend: {@code btn-toolbar}, {@code openDialog()}), a variable's edit and delete, and the
   * changes of the other tabs (retry, increment, resolve, annotation, assign, claim, modify, migrate, restart).
   */
  static final Pattern CHANGES = Pattern.compile("btn-toolbar|openDialog|edit|delete|remove|add|upload|save|suspend"
      + "|activate|cancel|retry|modif|migrat|restart|assign|claim|increment|resolve|annotation",
      Pattern.CASE_INSENSITIVE);

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  /**
   * The controls one can click in the instance view (below Cockpit's header), each as "tab: text | title | click |
   * class | link", visible ones only.
   */
  @SuppressWarnings("unchecked")
  List<String> controls(String tab) {
    List<String> found = browser.script("""
        const view = document.querySelector('[cam-layout-root], .ctn-main, main') || document.body;
        const out = [];
        for (const e of view.querySelectorAll('button, a, [ng-click], input[type=checkbox], select')) {
          if (e.closest('header, .navbar, .nav-tabs, .breadcrumb, .cam-breadcrumb, [cam-widget-search],'
              + ' .cam-widget-search, .cam-pagination, .pagination, .diagram-controls, .navigation-controls')) {
            continue; // navigation: the header, the tabs, the breadcrumbs; the search and paging of a table
          }
          const box = e.getBoundingClientRect();
          const style = getComputedStyle(e);
          if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || e.offsetParent === null) {
            continue;
          }
          const attr = name => e.getAttribute(name) || '';
          out.push([e.tagName.toLowerCase(), (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40),
              attr('title') || attr('uib-tooltip') || attr('tooltip') || attr('cam-widget-tooltip'),
              attr('ng-click'), attr('class'), attr('href')].join(' | '));
        }
        return out;""");
    return found.stream().map(control -> tab + ": " + control).toList();
  }

  /** Opens the instance page at each of its tabs and returns the visible controls of each. */
  Map<String, List<String>> instancePage(String instance) {
    Map<String, List<String>> seen = new LinkedHashMap<>();
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
    browser.waitUntil(Duration.ofSeconds(60), d -> d.findElements(By.cssSelector(".cam-table tbody tr")).stream()
        .anyMatch(row -> row.getText().contains("applicantSurname")));
    // read-only.js settles once it has asked the engine (or not): give it a moment past the first rows
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'")));
    // Cockpit's tabs of the instance page (variables, incidents, called instances, user tasks, jobs, external tasks)
    List<WebElement> tabs = browser.all(By.cssSelector(".ctn-tabbed .nav-tabs li a"));
    assertThat(tabs).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < tabs.size(); i++) {
      WebElement tab = browser.all(By.cssSelector(".ctn-tabbed .nav-tabs li a")).get(i);
      String name = "tab" + i + " " + tab.getText().strip();
      tab.click();
      sleep(i == 0 ? 1500 : 2500);
      browser.step(name);
      seen.put(name, controls(name));
    }
    return seen;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<String> changing(Map<String, List<String>> seen) {
    List<String> changing = new ArrayList<>();
    for (List<String> controls : seen.values()) {
      for (String control : controls) {
        // "tab: tag | text | title | click | class | link": the click handler and the class say what it does (the
        // text and title are a value or Kazakh, a link only opens a page)
        String[] fields = control.substring(control.indexOf(": ") + 2).split(" \\| ", -1);
        if (CHANGES.matcher(fields[3] + " " + fields[4]).find()) {
          changing.add(control);
        }
      }
    }
    return changing;
  }

  @Test
  void theManagerReadsARunningCasesVariablesWithNoControlThatChangesIt() {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey("S01").singleResult().getId();
    browser.at(port);
    browser.open("/camunda/app/cockpit/default/"); // the first load on a busy machine may take longer than a login waits
    browser.waitUntil(Duration.ofSeconds(90), d -> !d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());

    browser.login("cockpit", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    Map<String, List<String>> administrator = instancePage(instance);
    List<String> administratorChanges = changing(administrator);
    administrator.values().forEach(controls -> controls.forEach(c -> System.out.println("administrator sees " + c)));
    // The selectors see Cockpit's own controls: the administrator has them.
    assertThat(administratorChanges).as("the administrator's controls that change the case")
        .anyMatch(c -> c.startsWith("tab0 ") && c.toLowerCase().contains("edit"))
        .anyMatch(c -> c.startsWith("tab0 ") && c.toLowerCase().contains("delete"))
        .anyMatch(c -> c.toLowerCase().contains("suspen"));

    browser.login("cockpit", MANAGER, DEMO_PASSWORD);
    Map<String, List<String>> manager = instancePage(instance);
    manager.values().forEach(controls -> controls.forEach(c -> System.out.println("manager sees " + c)));
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
    browser.waitUntil(Duration.ofSeconds(60), d -> d.findElements(By.cssSelector(".cam-table tbody tr")).stream()
        .anyMatch(row -> row.getText().contains("applicantSurname")));
    sleep(1500);
    browser.step("manager-variables");
    // She reads the variables: names and values.
    String table = browser.driver().findElement(By.cssSelector(".cam-table")).getText();
    assertThat(table).contains("applicantSurname").contains("Сейтқали").contains("channel");
    assertThat(changing(manager)).as("controls that change the case, shown to the manager").isEmpty();
  }
}
