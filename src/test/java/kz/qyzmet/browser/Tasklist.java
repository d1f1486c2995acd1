package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a clerk does in Camunda Tasklist 7.24, in terms of its pages and the form-js (1.8) forms it renders. */
final class Tasklist {

  static final String APP = "tasklist";
  /** Tasklist's buttons in Kazakh, the default language (locales/kk.json: START, COMPLETE). */
  static final String START = "Бастау";
  static final String COMPLETE = "Аяқтау";
  static final Pattern TASK_LINK = Pattern.compile("[#&?]task=([0-9a-f-]+)");

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  void login(String user, String password) {
    browser.login(APP, user, password);
  }

  /** Clicks a filter in the left column and waits for its list. */
  void filter(String name) {
    browser.waitUntil(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .filter(e -> e.getText().contains(name)).findFirst().orElse(null)).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".task-filter.active h4.name")).stream()
        .anyMatch(e -> e.getText().contains(name)));
  }

  /** Ids of the tasks in the list now shown, waiting until the list holds at least {@code atLeast}. */
  List<String> listedTaskIds(int atLeast) {
    return browser.waitUntil(d -> {
      List<String> ids = d.findElements(By.cssSelector("li.task a[href*='task=']")).stream()
          .map(a -> a.getAttribute("href")).map(Tasklist::taskId).distinct().toList();
      return ids.size() >= atLeast ? ids : null;
    });
  }

  static String taskId(String href) {
    Matcher m = TASK_LINK.matcher(href);
    return m.find() ? m.group(1) : "";
  }

  WebElement listEntry(String taskId) {
    return browser.waitFor(By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + taskId + "')]]"));
  }

  void openFromList(String taskId) {
    listEntry(taskId).findElement(By.cssSelector("a[href*='task=" + taskId + "']")).click();
    form();
  }

  void openTask(String taskId) {
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    form();
  }

  /** The form-js form of the open task or start form, once rendered. */
  WebElement form() {
    return browser.waitFor(By.cssSelector(".fjs-form"));
  }

  void claim() {
    browser.waitFor(By.cssSelector("button.claim")).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
  }

  /** The input of a form field, found by the form-js component id (the DOM id is fjs-form-<random>-<component id>). */
  WebElement field(String componentId) {
    return browser.waitFor(By.cssSelector("[id$='-" + componentId + "']"));
  }

  void type(String componentId, String text) {
    WebElement input = field(componentId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /**
   * Enters a value into a text field, or chooses it when the field is a select (region and district become lists
   * of the directory, issue 18, item 4).
   */
  void enter(String componentId, String value) {
    WebElement input = field(componentId);
    boolean select = "select".equals(input.getTagName())
        || !browser.all(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//*[contains(@id,'-"
            + componentId + "')]]")).isEmpty();
    if (select) {
      choose(componentId, value);
    } else {
      type(componentId, value);
    }
  }

  void tick(String componentId) {
    WebElement box = field(componentId);
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** Ticks the options of a checklist field by their labels. */
  void tickOptions(String componentId, List<String> labels) {
    for (String label : labels) {
      WebElement option = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-checklist')]"
          + "[.//*[contains(@id,'-" + componentId + "')]]//label[normalize-space()='" + label + "']"));
      WebElement box = option.findElement(By.cssSelector("input[type=checkbox]"));
      if (!box.isSelected()) {
        box.click();
      }
    }
  }

  /** Chooses an option of a form-js select (a searchable drop-down, not a native select) by its label. */
  void choose(String componentId, String label) {
    WebElement container = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
        + "[.//*[contains(@id,'-" + componentId + "')]]"));
    List<WebElement> nativeSelect = container.findElements(By.tagName("select"));
    if (!nativeSelect.isEmpty()) {
      new org.openqa.selenium.support.ui.Select(nativeSelect.get(0)).selectByVisibleText(label);
      return;
    }
    container.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group, input")).click();
    WebElement item = browser.waitUntil(d -> container.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(option -> option.getText().strip().equals(label)).findFirst().orElse(null));
    // A long list (a region's districts) opens below the dialog's fold: bring the option into view first.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
    try {
      item.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      // the dialog's footer still covers it: form-js chooses on mousedown, as a user's click does
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    }
  }

  /** Clicks Complete (task form) or Start (start form), by the button's text in the browser's language. */
  void submit(String buttonText) {
    WebElement button = browser.waitUntil(d -> d.findElements(By.cssSelector("button")).stream()
        .filter(b -> b.isDisplayed() && b.getText().strip().equals(buttonText) && b.isEnabled())
        .findFirst().orElse(null));
    button.click();
  }

  /** Opens the Start process dialog and the start form of the process with this name. */
  void startForm(String processName) {
    browser.waitFor(By.cssSelector(".start-process-action a, [cam-tasklist-navbar-action-start-process] a")).click();
    By searchBox = By.cssSelector(".modal input[type=text], .modal input[type=search]");
    browser.waitFor(searchBox).sendKeys(processName);
    browser.waitUntil(d -> {
      // The dialog may re-render and drop what was typed while its list loads: type the name again until it sticks.
      WebElement search = d.findElement(searchBox);
      if (!processName.equals(search.getAttribute("value"))) {
        search.clear();
        search.sendKeys(processName);
        return false;
      }
      var link = d.findElements(By.cssSelector(".modal .processes a, .modal li a")).stream()
          .filter(a -> a.getText().strip().equals(processName)).findFirst();
      link.ifPresent(WebElement::click); // inside the wait: the list re-renders while the search narrows it
      return link.isPresent();
    });
    form();
  }

  /**
   * Fills S01's open start form with the application of Сейтқали Айбек of Хромтау at the centre, with this IIN and
   * the documents of the checklist ticked by their labels.
   */
  void fillS01Application(String iin, List<String> documents) {
    choose("Field_Channel", "Халыққа қызмет көрсету орталығы");
    type("Field_ApplicantIin", iin);
    type("Field_ApplicantSurname", "Сейтқали");
    type("Field_ApplicantName", "Айбек");
    type("Field_ApplicantPhone", "+7 701 000 00 00");
    type("Field_ApplicantAddress", "Хромтау, Абай көшесі 5");
    enter("Field_Region", "Ақтөбе облысы");
    enter("Field_District", "Хромтау");
    tickOptions("Field_Documents", documents);
  }

  /** How many S01 cases the user has started. */
  static long startedCount(ProcessEngine engine, String user) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .startedBy(user).count();
  }

  /** The S01 case the user started last (from Tasklist), once there are {@code count} of them. */
  HistoricProcessInstance startedBy(ProcessEngine engine, String user, long count) {
    browser.waitUntil(d -> startedCount(engine, user) >= count);
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .startedBy(user).orderByProcessInstanceStartTime().desc().list().get(0);
  }

  /**
   * The receipt or refusal Tasklist shows after a start from the start dialog (scripts/qyzmet/intake-receipt.js):
   * its text, and the dialog closed.
   */
  String receipt() {
    String text = browser.waitFor(By.cssSelector(".qyzmet-receipt")).getText();
    browser.waitFor(By.cssSelector(".qyzmet-receipt-close")).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".qyzmet-receipt-backdrop")).isEmpty());
    return text;
  }

  void assertNoFormError() {
    assertThat(browser.texts(By.cssSelector(".alert-danger, .notifications .alert-danger")))
        .as("error notifications in Tasklist").allMatch(String::isBlank);
  }
}
