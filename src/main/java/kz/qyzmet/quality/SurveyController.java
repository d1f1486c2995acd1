package kz.qyzmet.quality;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.qyzmet.cases.EngineClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public satisfaction survey (no login): {@code /survey/<token>} shows the questions of the case's standard in
 * Kazakh ({@code ?lang=ru}: Russian) and nothing about the applicant or the case but the service's name; one answer
 * per case. A token that is not a case's gets 404, a second answer 409. Bounded: at most 2 KB per submission and
 * {@value #LIMIT} requests per client address and {@value #WINDOW_SECONDS} seconds (429).
 */
@RestController
class SurveyController {

  static final int LIMIT = 30;
  static final int WINDOW_SECONDS = 600;
  static final int MAX_BODY = 2048;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");
  private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final JdbcClient jdbc;
  private final CaseFacts facts;
  private final SurveyQuestions questions;
  private final kz.qyzmet.catalogue.StandardsCatalogue catalogue;
  private final Map<String, long[]> requests = new ConcurrentHashMap<>();

  SurveyController(JdbcClient jdbc, CaseFacts facts, SurveyQuestions questions,
      kz.qyzmet.catalogue.StandardsCatalogue catalogue) {
    this.jdbc = jdbc;
    this.facts = facts;
    this.questions = questions;
    this.catalogue = catalogue;
  }

  private record Survey(String standard, boolean answered) {}

  @GetMapping("/survey/{token}")
  ResponseEntity<String> show(@PathVariable String token, @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    if (!allowed(request)) {
      return page(HttpStatus.TOO_MANY_REQUESTS, lang, text(lang, "Сұраулар тым көп, кейінірек қайталаңыз.",
          "Слишком много запросов, повторите позже."));
    }
    Optional<Survey> survey = find(token);
    if (survey.isEmpty()) {
      return page(HttpStatus.NOT_FOUND, lang, text(lang, "Сауалнама табылмады.", "Опрос не найден."));
    }
    if (survey.get().answered()) {
      return page(HttpStatus.OK, lang, text(lang, "Бұл қызмет бойынша жауап берілген. Рақмет!",
          "Ответ по этой услуге уже получен. Спасибо!"));
    }
    String standard = survey.get().standard();
    StringBuilder form = new StringBuilder();
    form.append("<h1>").append(esc(text(lang, "Қызмет сапасын бағалаңыз", "Оцените качество услуги")))
        .append("</h1><p>").append(esc(text(lang, catalogue.get(standard).title().kk(),
            catalogue.get(standard).title().ru()))).append("</p>")
        .append("<form method=\"post\" action=\"").append(esc(token)).append(lang == null ? "" : "?lang=" + esc(lang))
        .append("\">");
    for (SurveyQuestions.Question q : questions.of(standard)) {
      String name = SurveyAnswers.field(q.code());
      form.append("<fieldset><legend>").append(esc("ru".equals(lang) ? q.ru() : q.kk())).append("</legend>");
      for (String[] option : List.of(new String[] {"yes", text(lang, "Иә", "Да")},
          new String[] {"no", text(lang, "Жоқ", "Нет")},
          new String[] {"declined", text(lang, "Жауап бермеймін", "Не отвечаю")})) {
        form.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(option[0])
            .append("\"> ").append(esc(option[1])).append("</label> ");
      }
      form.append("</fieldset>");
    }
    form.append("<button type=\"submit\">").append(esc(text(lang, "Жіберу", "Отправить"))).append("</button></form>")
        .append("<p><a href=\"?lang=").append("ru".equals(lang) ? "kk\">Қазақша" : "ru\">Русский").append("</a></p>");
    return page(HttpStatus.OK, lang, form.toString());
  }

  @PostMapping(value = "/survey/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> answer(@PathVariable String token, @RequestParam(required = false) String lang,
      @RequestParam Map<String, String> form, HttpServletRequest request) {
    if (!allowed(request)) {
      return page(HttpStatus.TOO_MANY_REQUESTS, lang, text(lang, "Сұраулар тым көп, кейінірек қайталаңыз.",
          "Слишком много запросов, повторите позже."));
    }
    if (request.getContentLengthLong() > MAX_BODY || form.size() > 10) {
      return page(HttpStatus.PAYLOAD_TOO_LARGE, lang, text(lang, "Жауап тым үлкен.", "Ответ слишком большой."));
    }
    Optional<Survey> survey = find(token);
    if (survey.isEmpty()) {
      return page(HttpStatus.NOT_FOUND, lang, text(lang, "Сауалнама табылмады.", "Опрос не найден."));
    }
    Map<String, String> answers = new LinkedHashMap<>(form);
    answers.remove("lang");
    SurveyAnswers parsed;
    try {
      parsed = SurveyAnswers.fromForm(answers);
    } catch (IllegalArgumentException e) {
      return page(HttpStatus.BAD_REQUEST, lang, esc(e.getMessage()));
    }
    if (survey.get().answered() || !facts.recordAnswers(null, token, parsed, "applicant")) {
      return page(HttpStatus.CONFLICT, lang, text(lang, "Бұл қызмет бойынша жауап берілген.",
          "Ответ по этой услуге уже получен."));
    }
    return page(HttpStatus.OK, lang, text(lang, "Жауабыңыз қабылданды. Рақмет!", "Ваш ответ принят. Спасибо!"));
  }

  private Optional<Survey> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.sql("select standard, survey_answered_at from " + CaseFacts.CASES + " where survey_token = ?")
        .param(token).query((rs, n) -> new Survey(rs.getString(1), rs.getTimestamp(2) != null)).optional();
  }

  /** A fixed window per client address; the table is emptied when it grows past 10,000 addresses. */
  private boolean allowed(HttpServletRequest request) {
    long now = EngineClock.now().getTime() / 1000;
    if (requests.size() > 10_000) {
      requests.clear();
    }
    long[] window = requests.compute(request.getRemoteAddr(), (k, w) ->
        w == null || now - w[0] >= WINDOW_SECONDS ? new long[] {now, 1} : new long[] {w[0], w[1] + 1});
    return window[1] <= LIMIT;
  }

  private static String text(String lang, String kk, String ru) {
    return "ru".equals(lang) ? ru : kk;
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text);
  }

  private static ResponseEntity<String> page(HttpStatus status, String lang, String body) {
    String html = "<!DOCTYPE html><html lang=\"" + ("ru".equals(lang) ? "ru" : "kk") + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\""
        + " content=\"noindex\"><title>Qyzmet</title><style>body{font-family:sans-serif;max-width:40em;margin:1em auto;"
        + "padding:0 1em}fieldset{margin:1em 0}label{margin-right:1em}</style></head><body>" + body + "</body></html>";
    return ResponseEntity.status(status).contentType(HTML).header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer").body(html);
  }
}
