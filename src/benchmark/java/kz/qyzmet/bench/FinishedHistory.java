package kz.qyzmet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Finished engine histories (issue 21, point 4): {@code bench.history.cases} (default 2,000) full S01 cases, as many as
 * the time cap {@code bench.history.max-minutes} (default 10) allows, the database's growth per 100,000 cases
 * (extrapolated from them: engine history, read grants and Qyzmet's facts together), then the engine's history cleanup
 * with the clock moved past the cases' historyTimeToLive: cases removed per second against the daily intake of about
 * 4,000 cases. The job executor is stopped meanwhile (the cleanup job is run here, one batch after the other, and no
 * other job may see the moved clock); the part runs before the open cases of the task list are loaded.
 */
record FinishedHistory(Settings settings, String url, Cases cases, ProcessEngine engine) {

  static final int DAILY_INTAKE = 4_000;

  Map<String, Object> run(List<String[]> table) throws Exception {
    int wanted = Integer.getInteger("bench.history.cases", 2_000);
    long stopAt = System.nanoTime() + Integer.getInteger("bench.history.max-minutes", 10) * 60_000_000_000L;
    Map<String, Object> figures = new LinkedHashMap<>();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.shutdown();
    try {
      vacuumFull();
      long sizeBefore = databaseBytes();
      long casesBefore = finishedCases();
      QyzmetBenchmark.log("finished histories: " + wanted + " full S01 cases, 4 threads");
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        workers.add(pool.submit(() -> {
          while (next.getAndIncrement() < wanted && System.nanoTime() < stopAt) {
            try {
              cases.fullS01Case(cases.places.get(next.get() % cases.places.size()));
            } catch (RuntimeException e) {
              if (errors.incrementAndGet() <= 3) {
                QyzmetBenchmark.log("  error: " + e);
              }
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      long created = finishedCases() - casesBefore;
      figures.put("casesWanted", wanted);
      figures.put("casesCreated", created);
      figures.put("errors", errors.get());
      figures.put("createSeconds", Latencies.round((System.nanoTime() - t0) / 1e9));
      long raw = databaseBytes() - sizeBefore;
      figures.put("databaseGrowthMiBAsWritten", Latencies.round(raw / 1024.0 / 1024));
      // The runtime rows of a finished case are deleted again; with autovacuum off (this server) their space stays
      // in the files. VACUUM FULL leaves what the finished cases keep: their history, grants and Qyzmet's rows.
      vacuumFull();
      long grown = databaseBytes() - sizeBefore;
      figures.put("databaseGrowthMiB", Latencies.round(grown / 1024.0 / 1024));
      figures.put("largestTables", largestTables());
      double per100k = created == 0 ? Double.NaN : grown / 1024.0 / 1024 / 1024 * 100_000 / created;
      figures.put("databaseGiBPer100000Cases", Latencies.round(per100k * 100) / 100.0);
      figures.put("databaseGiBPer100000CasesAsWritten",
          Latencies.round(raw / 1024.0 / 1024 / 1024 * 100_000 / Math.max(1, created) * 100) / 100.0);
      QyzmetBenchmark.log("  " + figures);
      table.add(new String[] {"Finished S01 cases created for the history", String.format("%,d of %,d in %s s",
          created, wanted, figures.get("createSeconds")), "", ""});
      table.add(new String[] {"  database growth per 100,000 finished cases (extrapolated, after VACUUM FULL)",
          String.format("%.2f GiB (%.2f GiB as written, autovacuum %s)", per100k,
              figures.get("databaseGiBPer100000CasesAsWritten"), autovacuum()), "", ""});

      cleanup(figures, table);
    } finally {
      ClockUtil.reset();
      executor.start();
    }
    return figures;
  }

  /** Moves the clock past the removal time of every finished case and runs the cleanup job until none is left. */
  private void cleanup(Map<String, Object> figures, List<String[]> table) {
    var history = engine.getHistoryService();
    var management = engine.getManagementService();
    Integer ttl = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult().getHistoryTimeToLive();
    long rootsBefore = finishedCases();
    long instancesBefore = history.createHistoricProcessInstanceQuery().finished().count();
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + (ttl + 2L) * 24 * 3600 * 1000));
    long t0 = System.nanoTime();
    int runs = 0;
    long maxSeconds = Integer.getInteger("bench.history.cleanup.max-seconds", 900);
    history.cleanUpHistoryAsync(true);
    long left = instancesBefore;
    while ((System.nanoTime() - t0) / 1e9 < maxSeconds) {
      List<Job> jobs = history.findHistoryCleanupJobs();
      for (Job job : jobs) {
        management.executeJob(job.getId());
        runs++;
      }
      long now = history.createHistoricProcessInstanceQuery().finished().count();
      if (now == 0 || now == left || jobs.isEmpty()) {
        break; // all removed, or a round that removed nothing (what is left is not due yet)
      }
      left = now;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long removedRoots = rootsBefore - finishedCases();
    long removedInstances = instancesBefore - history.createHistoricProcessInstanceQuery().finished().count();
    double rate = removedRoots / seconds;
    figures.put("historyTimeToLiveDays", ttl);
    figures.put("cleanupJobRuns", runs);
    figures.put("cleanupSeconds", Latencies.round(seconds));
    figures.put("casesRemoved", removedRoots);
    figures.put("processInstancesRemoved", removedInstances);
    figures.put("casesRemovedPerSecond", Latencies.round(rate));
    figures.put("dailyIntakeCleanedInSeconds", Latencies.round(DAILY_INTAKE / rate));
    QyzmetBenchmark.log("  cleanup " + figures);
    table.add(new String[] {"History cleanup: cases removed per second", String.format(
        "%.1f (%,d cases, %,d process instances in %.0f s): a day's %,d cases in %.0f s", rate, removedRoots,
        removedInstances, seconds, DAILY_INTAKE, DAILY_INTAKE / rate), "≥ 4,000 a day in the window", rate * 4 * 3600
        >= DAILY_INTAKE ? "yes" : "NO"});
  }

  private long finishedCases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01").finished()
        .count();
  }

  private void vacuumFull() throws Exception {
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement()) {
      s.execute("vacuum full");
    }
    QyzmetBenchmark.log("  VACUUM FULL in " + Latencies.round((System.nanoTime() - t0) / 1e9) + " s");
  }

  private String autovacuum() throws Exception {
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show autovacuum")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The ten largest tables with their indexes, in MiB. */
  private Map<String, Object> largestTables() throws Exception {
    Map<String, Object> tables = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n.nspname || '.' || c.relname,"
            + " pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where c.relkind = 'r' and n.nspname in ('public', 'qyzmet') order by 2 desc limit 10")) {
      while (rs.next()) {
        tables.put(rs.getString(1), Latencies.round(rs.getLong(2) / 1024.0 / 1024));
      }
    }
    return tables;
  }

  private long databaseBytes() throws Exception {
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
            "select pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
