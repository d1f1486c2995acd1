package kz.qyzmet.quality;

import kz.qyzmet.messages.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.qyzmet.api.InvalidRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quality indicators, the deadline monitor and the drill-down, as JSON or CSV ({@code format=csv}), each within the
 * caller's scope (see {@link Scope}). Periods: {@code period=2026|2026-Q1|2026-03} or {@code from}/{@code to}.
 */
@RestController
@RequestMapping("/api/quality")
class QualityController {

  private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final Indicators indicators;
  private final Monitor monitor;
  private final Breakdown breakdown;
  private final Targets targets;
  private final Scope.Resolver scopes;
  private final SurveyLinks surveyLinks;
  private final HistoryService history;
  private final IdentityService identity;

  QualityController(Indicators indicators, Monitor monitor, Breakdown breakdown, Targets targets,
      Scope.Resolver scopes, SurveyLinks surveyLinks, HistoryService history, IdentityService identity) {
    this.indicators = indicators;
    this.monitor = monitor;
    this.breakdown = breakdown;
    this.targets = targets;
    this.scopes = scopes;
    this.surveyLinks = surveyLinks;
    this.history = history;
    this.identity = identity;
  }

  /** The caller's own scope: what the plugin opens with. */
  @GetMapping("/scope")
  Scope scope() {
    return scopes.own();
  }

  /**
   * What the indicators and the breakdown are asked for, from the query's parameters (each may be missing): the
   * period ({@code period}, or {@code from} and {@code to}), the scope, and {@code format=csv} for CSV.
   */
  record ReportQuery(String period, String from, String to, String scope, String format) {
    boolean csv() {
      return "csv".equals(format);
    }
  }

  @GetMapping("/indicators")
  ResponseEntity<?> indicators(ReportQuery query) {
    Scope resolved = scopes.resolve(query.scope());
    Period p = Period.parse(query.period(), query.from(), query.to());
    List<Indicators.Row> rows = indicators.compute(p, resolved);
    if (query.csv()) {
      return csv("standard,code,line,measure,value,numerator,denominator,normative,target,name_kk,reading_en",
          rows.stream().map(r -> Stream.of(r.standard(), r.code(), r.line(), r.measure(), r.value(), r.numerator(),
              r.denominator(), r.normative(), r.target(), r.name().kk(), r.reading() == null ? null
                  : r.reading().en()).map(QualityController::cell).collect(Collectors.joining(","))).toList());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", p.from());
    body.put("to", p.to());
    body.put("scope", resolved);
    body.put("rows", rows);
    return ResponseEntity.ok(body);
  }

  /** Monthly values of every measured row over a year: the charts. */
  @GetMapping("/series")
  Map<String, Object> series(@RequestParam int year, @RequestParam(required = false) String scope) {
    if (year < 2012 || year > 2100) {
      throw new InvalidRequestException("year", Messages.text("quality.year.range"));
    }
    Scope resolved = scopes.resolve(scope);
    Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
    List<String> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate start = LocalDate.of(year, month, 1);
      months.add(start.toString().substring(0, 7));
      for (Indicators.Row row : indicators.compute(new Period(start, start.plusMonths(1).minusDays(1)), resolved)) {
        if (row.reading() == null) {
          values.computeIfAbsent(row.standard() + " " + row.code(), k -> new ArrayList<>()).add(row.value());
        }
      }
    }
    return Map.of("year", year, "scope", resolved, "months", months, "series", values);
  }

  @GetMapping("/monitor")
  Monitor.Report monitor(@RequestParam(required = false) String office, @RequestParam(required = false) String period,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Scope own = scopes.own();
    String id = office != null ? office : own.level() == Scope.Level.office ? own.id() : null;
    if (id == null) {
      throw new InvalidRequestException("office", Messages.text("quality.office.required"));
    }
    Scope wanted = scopes.resolve("office:" + id);
    Period p = period == null && from == null ? Period.parse(String.valueOf(LocalDate.now().getYear()), null, null)
        : Period.parse(period, from, to);
    return monitor.report(wanted.id(), p);
  }

  @GetMapping("/breakdown")
  ResponseEntity<?> breakdown(ReportQuery query) {
    Scope resolved = scopes.resolve(query.scope());
    Period p = Period.parse(query.period(), query.from(), query.to());
    if (resolved.level() == Scope.Level.office) {
      List<Breakdown.CaseLine> cases = breakdown.cases(p, resolved);
      if (query.csv()) {
        return csv("businessKey,standard,acceptedAt,endedAt,outcome,timely", cases.stream().map(c -> Stream.of(
            c.businessKey(), c.standard(), c.acceptedAt() == null ? null : c.acceptedAt().toInstant(),
            c.endedAt() == null ? null : c.endedAt().toInstant(), c.outcome(), c.timely())
            .map(QualityController::cell).collect(Collectors.joining(","))).toList());
      }
      return ResponseEntity.ok(Map.of("scope", resolved, "cases", cases));
    }
    List<Breakdown.Unit> units = breakdown.units(p, resolved);
    if (query.csv()) {
      return csv("level,unit,served,timely,satisfied,answers,open", units.stream().map(u -> Stream.of(u.level(),
          u.unit(), u.served(), u.timely(), u.satisfied(), u.answers(), u.open()).map(QualityController::cell)
          .collect(Collectors.joining(","))).toList());
    }
    return ResponseEntity.ok(Map.of("scope", resolved, "units", units));
  }

  /** The Ministry's normative and target values of a year (item 19): the manager only. */
  @PutMapping("/targets/{year}")
  ResponseEntity<Void> targets(@PathVariable int year, @RequestBody List<Targets.Target> rows) {
    if (scopes.own().level() != Scope.Level.country) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("quality.targetsForbidden"));
    }
    targets.save(year, rows, identity.getCurrentAuthentication().getUserId());
    return ResponseEntity.noContent().build();
  }

  /** The survey link of a case the caller may read (for the receipt's QR code). */
  @GetMapping("/cases/{businessKey}/survey")
  Map<String, String> survey(@PathVariable String businessKey) {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          Messages.text("problem.caseNotFound.detail", businessKey));
    }
    return surveyLinks.urlOf(businessKey).map(url -> Map.of("businessKey", businessKey, "surveyUrl", url))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            Messages.text("quality.caseFacts.none", businessKey)));
  }

  private static ResponseEntity<String> csv(String header, List<String> lines) {
    return ResponseEntity.ok().contentType(CSV).body(header + "\n" + String.join("\n", lines) + "\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
