package kz.qyzmet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.Region;

/**
 * A year of case facts (issue 21, point 4): {@code bench.facts} (default 1,000,000) finished and open cases of every
 * standard in kz.qyzmet.quality's tables, spread over the S01 centres of the whole country (205 districts with their
 * deciding branch), the standards and the last 365 days, with their statutory deadlines and a complaint for about one
 * case in a hundred; loaded in a few set-based inserts ({@code generate_series}, seeded, so every run loads the same
 * rows). Then, over HTTP as the quality plugin calls them: the indicators of one region for the year
 * ({@code /api/quality/indicators}) and the deadline monitor of one office ({@code /api/quality/monitor}), with the
 * plans of their queries in results.json.
 */
record YearOfFacts(Settings settings, String url, Cases cases, StandardsCatalogue catalogue, int port,
    String adminAuth, javax.sql.DataSource nodeSessions) {

  record Figures(Map<String, Object> values, List<String[]> rows) {}

  Map<String, Object> run(List<String[]> table) throws Exception {
    int total = Integer.getInteger("bench.facts", 1_000_000);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cases", total);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    figures.put("from", today.minusDays(364).toString());
    figures.put("to", today.toString());
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      load(c, s, total);
      figures.put("loadSeconds", seconds(t0));
      // What autovacuum does after a bulk insert (PostgreSQL 13+ vacuums inserted tables, too): statistics and the
      // visibility map; the benchmark server runs with autovacuum off.
      c.setAutoCommit(true);
      s.execute("vacuum analyze qyzmet.case_fact");
      s.execute("vacuum analyze qyzmet.case_deadline");
      s.execute("vacuum analyze qyzmet.complaint_fact");
      figures.put("rows", Map.of(
          "case_fact", count(s, "qyzmet.case_fact"), "case_deadline", count(s, "qyzmet.case_deadline"),
          "complaint_fact", count(s, "qyzmet.complaint_fact")));
      long bytes = Long.parseLong(scalar(s, "select pg_total_relation_size('qyzmet.case_fact')"
          + " + pg_total_relation_size('qyzmet.case_deadline') + pg_total_relation_size('qyzmet.complaint_fact')"));
      figures.put("factTablesMiB", bytes / 1024 / 1024);
      figures.put("factTablesMiBPer100000Cases", Math.round(bytes / 1024.0 / 1024 * 100_000 / total));
    }
    QyzmetBenchmark.log("  loaded " + figures);
    table.add(new String[] {"Year of case facts loaded", String.format("%,d cases in %s s (%s)", total,
        figures.get("loadSeconds"), figures.get("rows")), "", ""});
    table.add(new String[] {"  fact tables per 100,000 cases (with indexes)",
        figures.get("factTablesMiBPer100000Cases") + " MiB", "", ""});

    Cases.Place place = cases.khromtau();
    String region = Region.parse(place.region()).map(Region::slug).orElseThrow();
    String period = "from=" + figures.get("from") + "&to=" + figures.get("to");
    HttpClient http = HttpClient.newHttpClient();
    String indicatorsUrl = "http://localhost:" + port + "/api/quality/indicators?" + period + "&scope=region:" + region;
    String monitorUrl = "http://localhost:" + port + "/api/quality/monitor?" + period + "&office=" + place.pscOffice();
    int samples = Integer.getInteger("bench.facts.samples", 30);
    if (!"false".equals(System.getProperty("bench.facts.compare-indexes"))) {
      // Side by side: the same requests without the indexes of the migration, then with them again.
      String migration = migration();
      List<String> indexes = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("create index (\\w+)").matcher(migration);
      while (m.find()) {
        indexes.add(m.group(1));
      }
      try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
          Statement s = c.createStatement()) {
        for (String index : indexes) {
          s.execute("drop index qyzmet." + index);
        }
        s.execute("analyze qyzmet.case_fact");
        s.execute("analyze qyzmet.case_deadline");
        Map<String, Object> without = new LinkedHashMap<>();
        without.put("indexesDropped", indexes);
        without.put("indicatorsOfRegion", sample(http, indicatorsUrl, Math.max(5, samples / 3)));
        without.put("monitorOfOffice", sample(http, monitorUrl, samples));
        figures.put("withoutMigrationIndexes", without);
        long t0 = System.nanoTime();
        s.execute("set search_path to qyzmet");
        for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
        s.execute("analyze qyzmet.case_fact");
        s.execute("analyze qyzmet.case_deadline");
        figures.put("indexesRecreatedSeconds", seconds(t0));
        List<String> files = MIGRATIONS.stream().map(file -> file.substring(file.lastIndexOf('/') + 1)).toList();
        table.add(new String[] {"  without the indexes of " + files + ": indicators / monitor p95",
            ((Map<?, ?>) without.get("indicatorsOfRegion")).get("p95Ms") + " / "
                + ((Map<?, ?>) without.get("monitorOfOffice")).get("p95Ms") + " ms", "", ""});
      }
    }
    Map<String, Object> indicators = sample(http, indicatorsUrl, samples);
    Map<String, Object> monitor = sample(http, monitorUrl, samples * 3);
    figures.put("indicatorsOfRegion", Map.of("region", region, "url", indicatorsUrl, "latency", indicators));
    figures.put("monitorOfOffice", Map.of("office", place.pscOffice(), "url", monitorUrl, "latency", monitor));
    figures.put("plans", plans(region, place.pscOffice(), (String) figures.get("from"), (String) figures.get("to")));
    double p95 = (double) indicators.get("p95Ms");
    table.add(new String[] {"Indicators of region " + region + " for the year, p50 / p95 (HTTP)",
        indicators.get("p50Ms") + " / " + p95 + " ms", "p95 ≤ 1000 ms", p95 <= 1000 ? "yes" : "NO"});
    double monitorP95 = (double) monitor.get("p95Ms");
    table.add(new String[] {"Deadline monitor of " + place.pscOffice() + ", p50 / p95 (HTTP)",
        monitor.get("p50Ms") + " / " + monitorP95 + " ms", "p95 ≤ 200 ms", monitorP95 <= 200 ? "yes" : "NO"});
    return figures;
  }

  /** The facts, with temporary tables of the places, standards and deadlines to draw from. */
  private void load(Connection c, Statement s, int total) throws Exception {
    s.execute("create temporary table bench_place (i int primary key, region varchar(32), district varchar(128),"
        + " psc varchar(64), branch varchar(64))");
    try (PreparedStatement insert = c.prepareStatement("insert into bench_place values (?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Cases.Place place : cases.places) {
        insert.setInt(1, i++);
        insert.setString(2, Region.parse(place.region()).map(Region::slug).orElse(place.region()));
        insert.setString(3, place.district());
        insert.setString(4, place.pscOffice());
        insert.setString(5, place.branchOffice());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    s.execute("create temporary table bench_standard (i int primary key, code varchar(8))");
    s.execute("create temporary table bench_deadline (code varchar(8), deadline_id varchar(32), days int,"
        + " at_intake boolean)");
    try (PreparedStatement standard = c.prepareStatement("insert into bench_standard values (?, ?)");
        PreparedStatement deadline = c.prepareStatement("insert into bench_deadline values (?, ?, ?, ?)")) {
      int i = 0;
      for (Standard st : catalogue.all()) {
        standard.setInt(1, i++);
        standard.setString(2, st.code());
        standard.addBatch();
        for (Standard.Deadline d : st.deadlines()) {
          if (d.kind() != Standard.Deadline.Kind.timer) {
            continue;
          }
          int days = switch (d.unit()) {
            case workingDays -> d.value() * 7 / 5;
            case calendarDays -> d.value();
            case months -> d.value() * 30;
            default -> 1;
          };
          deadline.setString(1, st.code());
          deadline.setString(2, d.id());
          deadline.setInt(3, Math.max(1, days));
          deadline.setBoolean(4, List.of("handover", "resultStorage").contains(d.id()));
          deadline.addBatch();
        }
      }
      standard.executeBatch();
      deadline.executeBatch();
    }
    int places = cases.places.size();
    int standards = catalogue.all().size();
    s.execute("select setseed(0.21)");
    // Accepted over the last 365 days; a case accepted in the last 20 days is open with probability 1/2; 3% refused
    // at intake; a survey answered by 30%; answers mostly yes.
    s.execute("insert into qyzmet.case_fact (business_key, standard, channel, office_id, intake_office_id, district,"
        + " region, accepted_at, documents_complete, waiting_minutes, decided_at, result_ready_at, handed_out_at,"
        + " ended_at, outcome, result, survey_token, survey_answered_at, survey_source, answer_process,"
        + " answer_information, answer_complaint, answer_complaint_term, answer_courtesy)"
        + " select 'BENCH-' || x.g, st.code, case when x.r3 < 0.7 then 'psc' else 'portal' end, p.branch, p.psc,"
        + " p.district, p.region, x.accepted, x.r4 > 0.03, (x.r5 * 40)::int,"
        + " case when x.open or x.r4 <= 0.03 then null else x.accepted + x.days * interval '1 day' * 0.7 end,"
        + " case when x.open or x.r4 <= 0.03 then null else x.accepted + x.days * interval '1 day' * 0.8 end,"
        + " case when x.open or x.r4 <= 0.03 then null else x.accepted + x.days * interval '1 day' end,"
        + " case when x.open then null when x.r4 <= 0.03 then x.accepted else x.accepted + x.days * interval '1 day'"
        + " end, case when x.open then null when x.r4 <= 0.03 then 'refusedAtIntake' else 'issued' end,"
        + " case when x.open or x.r4 <= 0.03 then null else 'result' end, 'bench-survey-' || x.g,"
        + " case when x.answered then x.accepted + x.days * interval '1 day' end,"
        + " case when x.answered then 'applicant' end,"
        + " case when x.answered then case when x.r6 < 0.92 then 'yes' else 'no' end end,"
        + " case when x.answered then case when x.r6 < 0.9 then 'yes' else 'no' end end,"
        + " case when x.answered then case when x.r6 < 0.95 then 'yes' else 'no' end end,"
        + " case when x.answered then case when x.r6 < 0.88 then 'yes' else 'no' end end,"
        + " case when x.answered then case when x.r6 < 0.97 then 'yes' else 'no' end end"
        + " from (select g, r1, r2, r3, r4, r5, r6, accepted, 3 + (r5 * 15)::int as days,"
        + "   accepted > localtimestamp - interval '20 days' and r6 < 0.5 as open,"
        + "   r6 < 0.3 and not (accepted > localtimestamp - interval '20 days' and r6 < 0.5) and r4 > 0.03 as answered"
        + "   from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6,"
        + "     localtimestamp - random() * interval '365 days' as accepted from generate_series(1, " + total + ") g)"
        + "   y) x"
        + " join bench_place p on p.i = least(" + (places - 1) + ", (x.r1 * " + places + ")::int)"
        + " join bench_standard st on st.i = least(" + (standards - 1) + ", (x.r2 * " + standards + ")::int)");
    // The statutory deadlines of each case: met (done before due) for 95%, done late for 3%, breached for 2%;
    // still open for an open case with probability 1/2.
    s.execute("insert into qyzmet.case_deadline (business_key, deadline_id, office_id, due_at, done_at, breached_at)"
        + " select c.business_key, d.deadline_id, case when d.at_intake then c.intake_office_id else c.office_id end,"
        + " c.accepted_at + d.days * interval '1 day',"
        + " case when c.ended_at is null and r < 0.5 then null"
        + "   when r < 0.97 then c.accepted_at + d.days * interval '1 day' * (0.2 + r * 0.7)"
        + "   else c.accepted_at + d.days * interval '1 day' + interval '1 day' end,"
        + " case when r >= 0.98 and c.ended_at is not null then c.accepted_at + d.days * interval '1 day' end"
        + " from (select c.*, random() r from qyzmet.case_fact c where c.business_key like 'BENCH-%'"
        + "   and c.outcome is distinct from 'refusedAtIntake') c"
        + " join bench_deadline d on d.code = c.standard");
    s.execute("insert into qyzmet.complaint_fact (complaint_id, case_business_key, standard, office_id, region,"
        + " received_at, due_at, answered_at, decision)"
        + " select 'BENCH-C-' || c.business_key, c.business_key, c.standard, c.office_id, c.region,"
        + " c.ended_at + interval '2 days', c.ended_at + interval '17 days',"
        + " case when c.ended_at + interval '2 days' + r * interval '20 days' < localtimestamp"
        + "   then c.ended_at + interval '2 days' + r * interval '20 days' end,"
        + " case when r < 0.3 then 'upheld' when r < 0.5 then 'partlyUpheld' else 'rejected' end"
        + " from (select c.*, random() r, random() pick from qyzmet.case_fact c"
        + "   where c.business_key like 'BENCH-%' and c.ended_at is not null) c where c.pick < 0.01");
  }

  private Map<String, Object> sample(HttpClient http, String target, int samples) {
    Supplier<Integer> get = () -> {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target))
            .header("Accept", "application/json").header("Authorization", adminAuth).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(target + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().length();
      } catch (java.io.IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
    for (int i = 0; i < 3; i++) {
      get.get();
    }
    Latencies latencies = new Latencies();
    int size = 0;
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      size = get.get();
      latencies.add(System.nanoTime() - t0);
    }
    Map<String, Object> figures = new LinkedHashMap<>(latencies.summary());
    figures.put("responseBytes", size);
    QyzmetBenchmark.log("  " + target + ": " + figures);
    return figures;
  }

  /** EXPLAIN ANALYZE of the heaviest query of each report, for the README's index decisions. */
  private Map<String, Object> plans(String region, String office, String from, String to) throws Exception {
    Map<String, Object> plans = new LinkedHashMap<>();
    String range = "'" + from + "'::timestamp and c.ended_at < '" + to + "'::timestamp + interval '1 day'";
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("indicators: timeliness of a region", "select c.standard, sum(case when exists ("
        + kz.qyzmet.quality.Indicators.LATE_DEADLINE + ") then 0 else 1 end),"
        + " count(*) from qyzmet.case_fact c where c.ended_at >= " + range + " and c.outcome <> 'refusedAtIntake'"
        + " and c.region = '" + region + "' group by c.standard");
    queries.put("indicators: documents complete at intake of a region", "select c.standard, sum(case when"
        + " c.documents_complete then 1 else 0 end), count(*) from qyzmet.case_fact c where c.accepted_at >= '" + from
        + "'::timestamp and c.accepted_at < '" + to + "'::timestamp + interval '1 day' and c.region = '" + region
        + "' group by c.standard");
    queries.put("monitor: open cases of an office", "select count(*) from qyzmet.case_fact c where (c.office_id = '"
        + office + "' or c.intake_office_id = '" + office + "') and c.ended_at is null");
    queries.put("monitor: time to result of an office", "select c.standard, c.accepted_at, coalesce(c.result_ready_at,"
        + " c.decided_at, c.ended_at) from qyzmet.case_fact c where (c.office_id = '" + office
        + "' or c.intake_office_id = '" + office + "') and c.outcome <> 'refusedAtIntake' and c.ended_at >= " + range
        + " order by c.standard");
    // On a connection of the node's pool: the same session options (JIT, parallel workers) as the HTTP figures.
    try (Connection c = nodeSessions.getConnection(); Statement s = c.createStatement()) {
      for (var query : queries.entrySet()) {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + query.getValue())) {
          while (rs.next()) {
            lines.add(rs.getString(1));
          }
        }
        plans.put(query.getKey(), lines);
        QyzmetBenchmark.log("  plan, " + query.getKey() + ": " + lines.get(lines.size() - 1) + " / "
            + lines.get(0).strip());
      }
    }
    return plans;
  }

  /** The migrations that index a year of facts: compared with and without their indexes. */
  static final List<String> MIGRATIONS = List.of("db/migration/V4__quality_fact_indexes.sql",
      "db/postgresql/V6__late_deadlines_index.sql");

  private static String migration() throws Exception {
    StringBuilder statements = new StringBuilder();
    for (String migration : MIGRATIONS) {
      try (var in = YearOfFacts.class.getClassLoader().getResourceAsStream(migration)) {
        if (in == null) {
          throw new IllegalStateException("no " + migration + " on the class path");
        }
        statements.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
      }
    }
    return statements.toString();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  private static long count(Statement s, String table) throws Exception {
    return Long.parseLong(scalar(s, "select count(*) from " + table));
  }

  private static String scalar(Statement s, String query) throws Exception {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static double seconds(long start) {
    return Latencies.round((System.nanoTime() - start) / 1e9);
  }
}
