package kz.qyzmet.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.EngineClock;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo history for a newcomer ({@code --qyzmet.demo.history=3}: the last three months): S01 case facts at the demo
 * users' offices (Ақтөбе, Хромтау, Алматы), so the Cockpit plugin has numbers in it. Facts only, no engine instances
 * (their drill-down has no Cockpit link); business keys start with {@code DEMO-}; made once, only while demo users are
 * enabled (the default profile), never on PostgreSQL production. Reproducible (fixed random seed).
 */
@Component
public class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
  /** Centre and deciding branch of each demo district. */
  static final List<String[]> OFFICES = List.of(new String[] {"psc-aktobe-01", "pension-aktobe-01"},
      new String[] {"psc-aktobe-05", "pension-aktobe-12"}, new String[] {"psc-almaty-02", "pension-almaty-03"},
      new String[] {"psc-almaty-04", "pension-almaty-04"});

  private final JdbcClient jdbc;
  private final StatutoryCalendar calendar;
  private final OfficeRouter router;
  private final int months;
  private final boolean demoUsers;

  public DemoHistory(JdbcClient jdbc, StatutoryCalendar calendar, OfficeRouter router,
      @Value("${qyzmet.demo.history:0}") int months, @Value("${qyzmet.demo-users.enabled:false}") boolean demoUsers) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.router = router;
    this.months = months;
    this.demoUsers = demoUsers;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void seedOnStart() {
    if (months > 0 && demoUsers) {
      log.info("Demo history: {} case facts", seed(months));
    }
  }

  /** Seeds {@code months} months up to today once; returns the number of cases written (0 when already there). */
  @Transactional
  public int seed(int months) {
    if (jdbc.sql("select count(*) from " + CaseFacts.CASES + " where business_key like 'DEMO-%'").query(Long.class)
        .single() > 0) {
      return 0;
    }
    ZoneId zone = calendar.defaultZone();
    LocalDate today = LocalDate.ofInstant(EngineClock.now().toInstant(), zone);
    Random random = new Random(1059);
    int written = 0;
    for (LocalDate day = today.minusMonths(Math.min(months, 24)); day.isBefore(today); day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (String[] office : OFFICES) {
        for (int n = random.nextInt(3); n > 0; n--) {
          written += seedCase(office, day, today, zone, random, written);
        }
      }
    }
    return written;
  }

  private int seedCase(String[] office, LocalDate day, LocalDate today, ZoneId zone, Random random, int number) {
    String key = "DEMO-S01-" + (number + 1);
    String branch = office[1];
    String region = router.find(branch).flatMap(o -> Region.parse(o.region())).map(Region::slug).orElse(null);
    String district = router.find(branch).map(o -> o.district()).orElse(null);
    ZonedDateTime accepted = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone);
    // S01 item 7.1 (line 550): 10 working days from registration at the branch; most cases well within it.
    LocalDate dueDay = calendar.addWorkingDays(day, 10);
    ZonedDateTime due = dueDay.atTime(18, 0).atZone(zone);
    int took = random.nextInt(100) < 88 ? 2 + random.nextInt(8) : 11 + random.nextInt(3);
    LocalDate doneDay = calendar.addWorkingDays(day, took);
    boolean done = doneDay.isBefore(today);
    ZonedDateTime doneAt = doneDay.atTime(11 + random.nextInt(6), random.nextInt(60)).atZone(zone);
    jdbc.sql("insert into " + CaseFacts.CASES + " (business_key, standard, channel, office_id, intake_office_id,"
            + " district, region, accepted_at, documents_complete, decided_at, result_ready_at, handed_out_at,"
            + " ended_at, outcome, result, survey_token, survey_answered_at, survey_source, answer_process,"
            + " answer_information, answer_courtesy) values (?, 'S01', 'psc', ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)")
        .params(key, branch, office[0], district, region, ts(accepted), done ? ts(doneAt) : null,
            done ? ts(doneAt) : null, done ? ts(doneAt) : null, done ? ts(doneAt) : null, done ? "issued" : null,
            done ? "pensionCertificate" : null, CaseFacts.newToken(), done ? ts(doneAt) : null,
            done ? "operator" : null, done ? answer(random, 85) : null, done ? answer(random, 80) : null,
            done ? answer(random, 92) : null)
        .update();
    boolean breached = doneDay.isAfter(dueDay) || (!done && today.isAfter(dueDay));
    jdbc.sql("insert into " + CaseFacts.DEADLINES + " (business_key, deadline_id, office_id, due_at, done_at,"
            + " breached_at) values (?, 'service', ?, ?, ?, ?)")
        .params(key, branch, ts(due), done ? ts(doneAt) : null, breached ? ts(due) : null).update();
    return 1;
  }

  private static String answer(Random random, int yesPercent) {
    int roll = random.nextInt(100);
    return roll < 25 ? null : roll < 25 + yesPercent * 75 / 100 ? "yes" : "no";
  }

  private static Timestamp ts(ZonedDateTime at) {
    return Timestamp.from(at.toInstant());
  }
}
