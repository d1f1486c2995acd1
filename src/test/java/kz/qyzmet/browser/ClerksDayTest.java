package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.Http;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil; // engine-internal: the engine's clock, to file an older case
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, item 7: a clerk's day in Tasklist, in a Kazakh browser. The operator of the Хромтау Public Service Centre
 * starts a complete application from Tasklist's start dialog and reads its receipt (number, expected date, office,
 * print link that opens the PDF in her session), then an incomplete one and reads the refusal naming each missing
 * document; an application with a wrong IIN is refused with one Kazakh sentence naming the field; she finds her
 * task by the case number, and her office's list shows first the task due earliest, which she opens. The head of her
 * centre opens Cockpit's Human Tasks page and sees her operators' group. Each step's screenshot is written when the
 * test fails (target/browser-screenshots).
 */
@BrowserTest
class ClerksDayTest extends ClerkInTasklist {

  static final String OPERATOR = "khromtauoperator";
  static final String HEAD = "khromtaupschead";
  static final String GROUP = ClerkJourneyTest.CENTRE_GROUP;
  static final List<String> MISSING = List.of("Тұрғылықты жері бойынша тіркелгенін растайтын құжат",
      "Банк шотының не түзеу мекемесінің арнайы шотының нөмірі туралы мәліметтер");
  static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  final ObjectMapper json = new ObjectMapper();

  @Test
  void theOperatorsDayInTasklistAndHerHeadsHumanTasksInCockpit() throws Exception {
    // A case of her office filed three days ago through the API: its hand-over is due before today's.
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
    String older = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    ClockUtil.reset();
    assertThat(older).startsWith("S01-");

    tasklist.login(OPERATOR, "demo");
    browser.step("operator-logged-in");

    // 1. A complete application from the start dialog: the receipt, without leaving Tasklist.
    long before = Tasklist.startedCount(engine, OPERATOR);
    tasklist.startForm(ClerkJourneyTest.S01_NAME);
    tasklist.fillS01Application("900515300018", ClerkJourneyTest.S01_DOCUMENTS);
    browser.step("complete-application");
    tasklist.submit(Tasklist.START);
    HistoricProcessInstance accepted = tasklist.startedBy(engine, OPERATOR, before + 1);
    String key = accepted.getBusinessKey();
    WebElement receipt = browser.waitFor(By.cssSelector(".qyzmet-receipt-accepted"));
    browser.step("receipt");
    JsonNode expected = receiptFromApi(key);
    assertThat(receipt.findElement(By.cssSelector(".qyzmet-receipt-title")).getText()).isEqualTo("Өтініш қабылданды");
    assertThat(receipt.findElement(By.cssSelector(".qyzmet-receipt-number")).getText()).isEqualTo(key);
    OffsetDateTime due = OffsetDateTime.parse(expected.path("expectedResultAt").asText());
    assertThat(receipt.findElement(By.cssSelector(".qyzmet-receipt-expected")).getText())
        .isEqualTo(PRINTED.format(due) + " (UTC" + due.getOffset().getId() + ")");
    assertThat(receipt.findElement(By.cssSelector(".qyzmet-receipt-office")).getText())
        .startsWith("Хромтау аудандық бөлім");
    assertPrintable(receipt, key, "Қолхатты басып шығару");
    close();

    // 2. An incomplete set: the refusal of item 16 naming each missing document.
    tasklist.startForm(ClerkJourneyTest.S01_NAME);
    tasklist.fillS01Application("900515300018", ClerkJourneyTest.S01_DOCUMENTS.subList(0, 2));
    tasklist.submit(Tasklist.START);
    HistoricProcessInstance refused = tasklist.startedBy(engine, OPERATOR, before + 2);
    WebElement refusal = browser.waitFor(By.cssSelector(".qyzmet-receipt-refused"));
    browser.step("refusal");
    assertThat(refusal.findElement(By.cssSelector(".qyzmet-receipt-title")).getText())
        .isEqualTo("Құжаттарды қабылдаудан бас тартылды");
    assertThat(refusal.findElement(By.cssSelector(".qyzmet-receipt-number")).getText())
        .isEqualTo(refused.getBusinessKey());
    assertThat(browser.texts(By.cssSelector(".qyzmet-receipt-missing li"))).containsExactlyElementsOf(MISSING);
    assertPrintable(refusal, refused.getBusinessKey(), "Бас тарту туралы қолхатты басып шығару");
    close();

    // 3. A wrong IIN: one Kazakh sentence naming the field and the rule, nothing of the engine, nothing started.
    tasklist.startForm(ClerkJourneyTest.S01_NAME);
    tasklist.fillS01Application("900515300019", ClerkJourneyTest.S01_DOCUMENTS);
    tasklist.submit(Tasklist.START);
    String error = browser.waitUntil(d -> browser.texts(By.cssSelector(".notifications .alert-danger")).stream()
        .filter(text -> text.contains("ЖСН")).findFirst().orElse(null));
    browser.step("field-error");
    assertThat(error).contains("Процесті бастау мүмкін болмады.",
            "«ЖСН» өрісі: бақылау цифры (12-цифр) 8 болуы керек.")
        .doesNotContain("Exception", "S01:", "applicant.iin", "Cannot");
    assertThat(Tasklist.startedCount(engine, OPERATOR)).isEqualTo(before + 2);
    browser.open("/camunda/app/tasklist/default/");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal .fjs-form")).isEmpty());

    // 4. Her task found by the case number: the search of her office's list by the case's number.
    tasklist.filter(ClerkJourneyTest.OFFICE_TASKS);
    Task handover = cases.task(key, "Task_HandOverToBranch");
    searchByCaseNumber(key);
    browser.waitUntil(d -> tasklist.listedTaskIds(1).equals(List.of(handover.getId())));
    assertThat(tasklist.listEntry(handover.getId()).getText()).contains(key, "Сейтқали");
    browser.step("found-by-case-number");

    // 5. Her office's list, earliest due date first: she opens the first.
    browser.open("/camunda/app/tasklist/default/#/?searchQuery=%5B%5D");
    tasklist.filter(ClerkJourneyTest.OFFICE_TASKS);
    String first = tasklist.listedTaskIds(2).get(0);
    List<Task> office = engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks()
        .list();
    Date earliest = office.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElseThrow();
    Task opened = engine.getTaskService().createTaskQuery().taskId(first).singleResult();
    assertThat(opened.getDueDate()).as("the first row is due earliest").isEqualTo(earliest);
    assertThat(opened.getDueDate()).isBefore(handover.getDueDate());
    tasklist.openFromList(first);
    String number = (String) engine.getRuntimeService().getVariable(opened.getProcessInstanceId(), "caseNumber");
    assertThat(tasklist.form().getText()).contains(number);
    tasklist.assertNoFormError();
    browser.step("first-due-opened");

    // 6. The head of her centre: Cockpit's Human Tasks page, her operators' group with its open tasks.
    browser.login("cockpit", HEAD, "demo");
    browser.open("/camunda/app/cockpit/default/#/tasks");
    String groupName = engine.getIdentityService().createGroupQuery().groupId(GROUP).singleResult().getName();
    browser.waitUntil(d -> {
      String page = browser.bodyText();
      return page.contains(GROUP) || (groupName != null && page.contains(groupName));
    });
    browser.step("human-tasks");
    assertThat(browser.all(By.cssSelector(".alert-danger, .notifications .alert-danger")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()))
        .as("errors on the Human Tasks page").isEmpty();
  }

  /** The print link of the dialog opens the case's PDF in her session (no password prompt: the session reads). */
  private void assertPrintable(WebElement dialog, String key, String label) {
    WebElement link = dialog.findElement(By.cssSelector("a.qyzmet-receipt-print"));
    assertThat(link.getText()).isEqualTo(label);
    String href = link.getAttribute("href");
    assertThat(href).contains("/api/applications/" + key + "/documents/");
    Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(r => done(r.status + ' ' + r.headers.get('content-type')))
          .catch(e => done(String(e)));""", href);
    assertThat(answer).isEqualTo("200 application/pdf");
  }

  private void close() {
    browser.waitFor(By.cssSelector(".qyzmet-receipt-close")).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".qyzmet-receipt-backdrop")).isEmpty());
  }

  /**
   * The search of Tasklist's list as a clerk makes it: in the search box she types the criterion's name, picks "Іс
   * нөмірі (бизнес-кілт)" and types the number. If the box cannot be driven, the same search as the box writes it
   * into the address (and the test says so on the console).
   */
  private void searchByCaseNumber(String key) {
    String criterion = "Іс нөмірі (бизнес-кілт)"; // PROCESS_INSTANCE_BUSINESS_KEY in tasklist/locales/kk.json
    try {
      WebElement box = browser.waitFor(By.cssSelector("[cam-widget-search] input.main-field"));
      box.click();
      box.sendKeys("Іс нөмірі");
      browser.waitUntil(d -> d.findElements(By.cssSelector("[cam-widget-search] ul.dropdown-menu li")).stream()
          .filter(li -> li.isDisplayed() && li.getText().strip().equals(criterion)).findFirst().orElse(null))
          .click();
      WebElement value = browser.waitUntil(d -> {
        WebElement active = d.switchTo().activeElement();
        return "input".equals(active.getTagName()) && !active.getAttribute("class").contains("main-field")
            ? active : null;
      });
      value.sendKeys(key, Keys.ENTER);
      browser.waitUntil(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains(key));
    } catch (RuntimeException widget) {
      System.out.println("ClerksDayTest: the search box could not be driven (" + widget.getClass().getSimpleName()
          + "); searching through the address");
      String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + key
          + "\",\"name\":\"\"}]";
      String url = browser.driver().getCurrentUrl().replaceAll("[?&]searchQuery=[^&]*", "");
      browser.driver().get(url + (url.contains("?") ? "&" : "?") + "searchQuery="
          + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
  }

  private JsonNode receiptFromApi(String key) throws Exception {
    var response = new Http(port).get("/api/applications/" + key + "/receipt", OPERATOR, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

}
