package kz.qyzmet.browser;

import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test of clerks working S01 cases in Tasklist: one {@link Browser} per test class, in the language of its
 * {@link BrowserTest}, at the running application; Tasklist in it; and S01 cases filed through the API beside it.
 */
abstract class ClerkInTasklist {

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  Tasklist tasklist;
  CaseDriver cases;

  @BeforeEach
  void openTasklist() {
    browser.at(port);
    tasklist = new Tasklist(browser);
    cases = new CaseDriver(engine, port, "S01");
  }
}
