package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Careless and hostile input to every write endpoint (intake API, complaints, information requests, calendar
 * recalculation, engine REST start): payloads generated from a fixed seed (reproducible; change {@link #SEED} to
 * explore), {@link #TRIES} per endpoint. Each field of a valid request in turn becomes something
 * else (null, a number, an object, NUL and control characters, invalid UTF-8, text longer than any column, dates out
 * of range or impossible), or the body itself breaks (trailing garbage, two objects, wildcard and form content
 * types, over the size limit). Asserted: never a 5xx; a refused request started no case and no complaint; the log of
 * the run holds none of the IINs and surnames sent. Runs on H2 and, with -Ppostgres-tests, on PostgreSQL.
 */
@QyzmetTest
@ExtendWith(OutputCaptureExtension.class)
class InputFuzzTest {

  static final long SEED = 20261206L;
  /**
   * Payloads per endpoint: 1,000 (issue 14), the portal's information request included (registering one reads only the
   * case's standard and branch, kz.qyzmet.intake.CaseInformation). Each endpoint's count and time are printed to the
   * test's output.
   */
  static final int TRIES = Integer.getInteger("qyzmet.fuzz.tries", 1000);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired StandardsCatalogue catalogue;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();
  final Random random = new Random(SEED);
  final List<String> sentIins = new ArrayList<>();
  final List<String> sentNames = new ArrayList<>();

  /** A valid IIN of someone born 1950-2005 whose number is unique to this run (its digits 8-11). */
  String iin() {
    while (true) {
      String digits = String.format("%02d%02d%02d%d%04d", random.nextInt(50) + 50, random.nextInt(12) + 1,
          random.nextInt(28) + 1, 3, random.nextInt(10000));
      int check = kz.qyzmet.intake.IinAccess.checkDigit(digits);
      if (check >= 0) {
        String iin = digits + check;
        sentIins.add(iin);
        return iin;
      }
    }
  }

  /** A surname nobody else uses: a Kazakh-looking stem and five random letters. */
  String surname() {
    String name = "Фуз" + text("абвгдежзиклмнопрстуфхқңүұәө", 5, 5) + "ова";
    sentNames.add(name);
    return name;
  }

  /** Random text of {@code min..max} characters drawn from {@code chars} (all of Unicode's BMP when null). */
  String text(String chars, int min, int max) {
    int length = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(chars == null ? (char) random.nextInt(0xFFFF) : chars.charAt(random.nextInt(chars.length())));
    }
    return text.toString();
  }

  static final List<String> NASTY = List.of("<script>alert(1)</script>", "'; drop table ACT_RU_TASK; --", "S01",
      "\uD83D\uDE00", "2100-01-01T10:00:00+05:00", "2026-02-30T10:00:00+05:00", "2026-11-20T25:61:00+05:00",
      "+99999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "psc-aktobe-05", "123", "-1", "1e309");

  /** What a field becomes instead of its valid value. */
  Object badValue() {
    return switch (random.nextInt(11)) {
      case 0 -> null;
      case 1 -> random.nextInt();
      case 2 -> random.nextBoolean();
      case 3 -> List.of("a", 1);
      case 4 -> Map.of("x", "y");
      case 5 -> "";
      case 6 -> text("абв xyz", 4001, 9000);
      case 7 -> text("\u0000\u0001\u0007\u001b\u007f", 1, 20);
      case 8 -> text(null, 0, 200);
      case 9 -> random.nextDouble() * 1e300;
      default -> NASTY.get(random.nextInt(NASTY.size()));
    };
  }

  Object value(Object valid) {
    return random.nextInt(4) == 0 ? badValue() : valid;
  }

  Map<String, Object> application() {
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("iin", value(iin()));
    applicant.put("surname", value(surname()));
    applicant.put("name", value("Айгүл"));
    applicant.put("phone", value("+7 701 000 00 00"));
    applicant.put("address", value("Ақтөбе, Абай даңғылы 1"));
    applicant.put("region", value("Ақтөбе облысы"));
    applicant.put("district", value("Ақтөбе"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("standard", value("S01"));
    body.put("channel", value("psc"));
    body.put("applicant", value(applicant));
    body.put("documents", value(List.of("application", "identityDocumentCopy", "residenceProof",
        "bankAccountDetails")));
    body.put("arrivedAt", value(null));
    body.put("serviceStartedAt", value(null));
    body.put("officeId", value(null));
    return body;
  }

  Map<String, Object> complaint() {
    Map<String, Object> complainant = new LinkedHashMap<>();
    complainant.put("surname", value(surname()));
    complainant.put("name", value("Айбек"));
    complainant.put("postalAddress", value("Хромтау, Абай көшесі 5"));
    complainant.put("iin", value(iin()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complainant", value(complainant));
    body.put("channel", value("trustPhone"));
    body.put("standard", value("S01"));
    body.put("subject", value("Бөлімше"));
    body.put("reason", value("Себеп"));
    body.put("demand", value("Талап"));
    body.put("signed", value(true));
    return body;
  }

  Map<String, Object> engineStart() {
    Function<Object, Object> variable = v -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", v);
      return typed;
    };
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("channel", variable.apply(value("psc")));
    variables.put("applicantIin", variable.apply(value(iin())));
    variables.put("applicantSurname", variable.apply(value(surname())));
    variables.put("applicantName", variable.apply(value("Айгүл")));
    variables.put("applicantPhone", variable.apply(value("+7 701 000 00 00")));
    variables.put("applicantAddress", variable.apply(value("Ақтөбе")));
    variables.put("region", variable.apply(value("Ақтөбе облысы")));
    variables.put("district", variable.apply(value("Ақтөбе")));
    variables.put("documents", variable.apply(value("application,identityDocumentCopy,residenceProof,"
        + "bankAccountDetails")));
    if (random.nextInt(8) == 0) {
      variables.put("intakePrepared", variable.apply(true));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", value(variables));
    if (random.nextInt(8) == 0) {
      body.put("businessKey", "S01-261206-AAAAAAAA");
    }
    return body;
  }

  /** The body as bytes, sometimes broken as a whole; and the content type it is sent with. */
  record Payload(byte[] body, String contentType) {}

  Payload payload(Map<String, Object> request) throws Exception {
    byte[] body = json.writeValueAsBytes(request);
    String type = "application/json";
    switch (random.nextInt(14)) {
      case 0 -> body = concat(body, "garbage".getBytes(StandardCharsets.UTF_8));
      case 1 -> body = concat(body, body);
      case 2 -> body = concat(body, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      case 3 -> type = TYPES.get(random.nextInt(TYPES.size()));
      case 4 -> body = concat(body, " ".repeat(70_000).getBytes(StandardCharsets.UTF_8));
      case 5 -> body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
      default -> { }
    }
    return new Payload(body, type);
  }

  static final List<String> TYPES = List.of("*/*", "application/*", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "",
      "garbage");

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  HttpResponse<String> send(String path, Payload payload, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, password))
        .POST(HttpRequest.BodyPublishers.ofByteArray(payload.body()));
    if (!payload.contentType().isEmpty()) {
      request.header("Content-Type", payload.contentType());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  long cases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(catalogue.all().stream().map(s -> s.code()).toArray(String[]::new)).count();
  }

  long complaints() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint").count();
  }

  /** Sends {@link #TRIES} payloads; returns how many were accepted (2xx); fails on any 5xx. */
  int fuzz(String path, java.util.function.Supplier<Map<String, Object>> requests, String user, String password,
      Set<Integer> accepted) throws Exception {
    int ok = 0;
    long started = System.nanoTime();
    for (int i = 0; i < TRIES; i++) {
      Payload payload = payload(requests.get());
      var response = send(path, payload, user, password);
      assertThat(response.statusCode()).as("%s try %d (seed %d): %s", path, i, SEED, response.body())
          .isLessThan(500);
      if (accepted.contains(response.statusCode())) {
        ok++;
      }
    }
    // Where the run's time goes (read from the test's output; never asserted).
    System.out.printf("fuzz %s: %d payloads, %d accepted, %d ms%n", path, TRIES, ok,
        (System.nanoTime() - started) / 1_000_000);
    return ok;
  }

  @Test
  void noWriteEndpointAnswers5xxAndNoRefusedRequestStartsAnythingOrLogsPersonalData(CapturedOutput log)
      throws Exception {
    long casesBefore = cases();
    long complaintsBefore = complaints();

    int applications = fuzz("/api/applications", this::application, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD,
        Set.of(201));
    assertThat(cases()).as("cases started = applications accepted").isEqualTo(casesBefore + applications);

    long casesMid = cases();
    int started = fuzz("/engine-rest/process-definition/key/S01/start", this::engineStart, QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD, Set.of(200));
    assertThat(cases()).as("cases started = engine REST starts accepted").isEqualTo(casesMid + started);

    int filed = fuzz("/api/complaints", this::complaint, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, Set.of(201));
    assertThat(complaints()).as("complaints = complaints accepted").isEqualTo(complaintsBefore + filed);

    String key = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .list().get(0).getBusinessKey();
    fuzz("/api/applications/" + key + "/information-requests", () -> java.util.Collections.singletonMap("x", value("y")), QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD, Set.of(202));
    fuzz("/api/calendar/recalculation", () -> java.util.Collections.singletonMap("x", value("y")), "nobody", "wrong", Set.of(200));

    // Both answers were exercised: some applications got through, most did not.
    assertThat(applications).isBetween(1, TRIES - 1);
    assertThat(started).isBetween(1, TRIES - 1);
    assertThat(filed).isBetween(1, TRIES - 1);

    // One pass over the log: its digit runs and its words, against everything sent (thousands of values).
    String output = log.getAll();
    Set<String> digitRuns = new java.util.HashSet<>();
    java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d{12,}").matcher(output);
    while (digits.find()) {
      String run = digits.group();
      for (int i = 0; i + 12 <= run.length(); i++) {
        digitRuns.add(run.substring(i, i + 12));
      }
    }
    assertThat(digitRuns).as("the log names no IIN sent").doesNotContainAnyElementsOf(sentIins);
    Set<String> fuzzNames = new java.util.HashSet<>();
    java.util.regex.Matcher names = java.util.regex.Pattern.compile("Фуз\\p{L}{5}ова").matcher(output);
    while (names.find()) {
      fuzzNames.add(names.group());
    }
    assertThat(fuzzNames).as("the log names no surname sent").doesNotContainAnyElementsOf(sentNames);
  }
}
