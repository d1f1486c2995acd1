package kz.qyzmet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Timer storms (issue 21, point 3): {@code bench.timers} deadline timers of the open cases made due at once, fired by
 * one or more application nodes started for the storm on the benchmark's database, as {@code TwoNodeClusterTest} runs
 * its nodes (own engine name, no webapps, job executor on, the node's name in the job log), while the benchmark node's
 * own job executor is off. Each storm takes timers no earlier storm took, so storms of one run compare settings or
 * node counts on the same machine state: {@code -Dbench.timers.storms="label:nodes:args;..."} (args are extra
 * command-line arguments of the storm's nodes, space-separated), default {@code "one node:1:;two nodes:2:"}.
 *
 * <p>All due dates move to the past in one transaction (the timers fall due at the same instant), then every node's
 * job executor is woken, as the engine wakes it when a job is created on that node. Drained: no due timer left.
 * Every escalation started once: one {@code deadline-escalation} instance per fired timer's case (business key).
 */
record TimerStorms(Settings settings, String url, ProcessEngine engine) {

  record Storm(String label, int nodes, List<String> args) {}

  static List<Storm> fromSystem() {
    List<Storm> storms = new ArrayList<>();
    for (String spec : System.getProperty("bench.timers.storms", "one node:1:;two nodes:2:").split(";")) {
      if (spec.isBlank()) {
        continue;
      }
      String[] parts = spec.split(":", 3);
      storms.add(new Storm(parts[0].strip(), Integer.parseInt(parts[1].strip()), parts.length < 3 ? List.of()
          : Arrays.stream(parts[2].split("\\s+")).filter(a -> !a.isBlank()).toList()));
    }
    return storms;
  }

  Map<String, Object> run(List<String[]> table) throws Exception {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    Map<String, Object> figures = new LinkedHashMap<>();
    List<Storm> storms = fromSystem();
    for (int i = 0; i < storms.size(); i++) {
      figures.put(storms.get(i).label(), storm(i + 1, storms.get(i), table));
    }
    return figures;
  }

  private Map<String, Object> storm(int number, Storm storm, List<String[]> table) throws Exception {
    var management = engine.getManagementService();
    List<Job> timers = new ArrayList<>(management.createJobQuery().timers().activityId("Event_HandoverOverdue")
        .listPage(0, settings.timers()));
    if (timers.size() < settings.timers()) {
      timers.addAll(management.createJobQuery().timers().activityId("Event_ServiceOverdue")
          .listPage(0, settings.timers() - timers.size()));
    }
    QyzmetBenchmark.log("timer storm " + number + " '" + storm.label() + "': " + timers.size() + " timers, "
        + storm.nodes() + " node(s) " + storm.args());
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      for (int n = 1; n <= storm.nodes(); n++) {
        nodes.add(startNode("storm" + number + "node" + n, storm.args()));
      }
      var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired();
      Date past = new Date(System.currentTimeMillis() - 1000);
      long setStart = System.nanoTime();
      commands.execute(context -> {
        timers.forEach(job -> management.setJobDuedate(job.getId(), past));
        return null;
      });
      double setSeconds = seconds(setStart);
      Timestamp since = new Timestamp(System.currentTimeMillis());
      long[] cpuBefore = machineCpu();
      long start = System.nanoTime();
      for (ConfigurableApplicationContext node : nodes) {
        ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
            .getJobExecutor().jobWasAdded();
      }
      long due = timers.size();
      long left = due;
      double halfSeconds = Double.NaN;
      long maxNanos = settings.timerStormMaxSeconds() * 1_000_000_000L;
      while (System.nanoTime() - start < maxNanos) {
        left = management.createJobQuery().timers().duedateLowerThan(new Date()).count();
        if (Double.isNaN(halfSeconds) && left <= due / 2) {
          halfSeconds = seconds(start);
        }
        if (left == 0) {
          break;
        }
        Thread.sleep(250);
      }
      double drained = seconds(start);
      long[] cpuAfter = machineCpu();
      figures.put("nodes", storm.nodes());
      figures.put("nodeArgs", storm.args());
      figures.put("timers", timers.size());
      figures.put("setDueDateSeconds", setSeconds);
      figures.put("drainedSeconds", left == 0 ? drained : null);
      figures.put("halfDrainedSeconds", halfSeconds);
      figures.put("leftAfterMax", left);
      figures.put("timersPerSecond", Latencies.round(timers.size() / drained));
      if (cpuBefore != null && cpuAfter != null) {
        // The whole machine's busy CPU while the storm drained (the nodes, PostgreSQL, the poll above), per timer.
        figures.put("machineCpuMsPerTimer", Latencies.round((cpuAfter[0] - cpuBefore[0]) * 10.0 / timers.size()));
        figures.put("machineBusyShare", Latencies.round((double) (cpuAfter[0] - cpuBefore[0])
            / Math.max(1, cpuAfter[1] - cpuBefore[1])));
      }
      figures.putAll(outcome(since));
      figures.put("jobsWithException", management.createJobQuery().withException().count());
      figures.put("loadAverage", QyzmetBenchmark.loadAverage());
      figures.put("targetSeconds", 30);
      QyzmetBenchmark.log("  " + figures);
      table.add(new String[] {String.format("Timer storm '%s': %,d due at once, %d node(s), all fired in",
          storm.label(), timers.size(), storm.nodes()),
          left == 0 ? drained + " s (" + figures.get("timersPerSecond") + "/s, half in " + halfSeconds + " s"
              + (figures.containsKey("machineCpuMsPerTimer") ? ", machine CPU " + figures.get("machineCpuMsPerTimer")
              + " ms per timer, busy " + figures.get("machineBusyShare") : "") + ")"
              : "not drained in " + drained + " s, " + left + " left",
          "10,000 ≤ 30 s", ""});
      table.add(new String[] {"  escalations started / distinct cases / jobs with exception / per node",
          figures.get("escalations") + " / " + figures.get("escalatedCases") + " / "
              + figures.get("jobsWithException") + " / " + figures.get("firedPerNode"), "each once",
          figures.get("escalations").equals(figures.get("escalatedCases"))
              && ((Number) figures.get("escalations")).longValue() == timers.size() ? "yes" : "NO"});
    } finally {
      nodes.forEach(ConfigurableApplicationContext::close);
    }
    return figures;
  }

  /** Escalations started since the storm began (and for how many distinct cases), and timers fired per node. */
  private Map<String, Object> outcome(Timestamp since) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword())) {
      try (PreparedStatement s = c.prepareStatement("select count(*), count(distinct business_key_)"
          + " from act_hi_procinst where proc_def_key_ = 'deadline-escalation' and start_time_ >= ?")) {
        s.setTimestamp(1, since);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          figures.put("escalations", rs.getLong(1));
          figures.put("escalatedCases", rs.getLong(2));
        }
      }
      Map<String, Long> perNode = new LinkedHashMap<>();
      // job state 2: successful (the job log keeps every job that ran)
      try (PreparedStatement s = c.prepareStatement("select hostname_, count(*) from act_hi_job_log"
          + " where job_state_ = 2 and timestamp_ >= ? and act_id_ in ('Event_HandoverOverdue', 'Event_ServiceOverdue')"
          + " group by hostname_ order by 1")) {
        s.setTimestamp(1, since);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            perNode.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      figures.put("firedPerNode", perNode);
    }
    return figures;
  }

  private ConfigurableApplicationContext startNode(String name, List<String> stormArgs) {
    List<String> args = new ArrayList<>(List.of(
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    args.addAll(stormArgs);
    return QyzmetBenchmark.startNode(settings, url, args);
  }

  /**
   * Busy and total CPU time of the machine in clock ticks (Linux {@code /proc/stat}, ticks of 10 ms), null elsewhere:
   * busy is user, nice, system, irq, softirq and steal; total adds idle and I/O wait.
   */
  static long[] machineCpu() {
    try {
      String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
      long idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]);
      long softirq = Long.parseLong(f[7]), steal = Long.parseLong(f[8]);
      long busy = user + nice + system + irq + softirq + steal;
      return new long[] {busy, busy + idle + iowait};
    } catch (Exception e) {
      return null;
    }
  }

  private static double seconds(long startNanos) {
    return Latencies.round((System.nanoTime() - startNanos) / 1e9);
  }
}
