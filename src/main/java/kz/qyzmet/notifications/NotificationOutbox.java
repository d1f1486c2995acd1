package kz.qyzmet.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox ({@code qyzmet.notification_outbox}) and its attempts ({@code qyzmet.notification_attempt}). A row is
 * written in the caller's transaction (the engine's, when a case step writes it), once per case, event and channel. A
 * node takes a row by a conditional update of its claim: of two nodes that try at once only one update counts, so a
 * message goes out once; a claim ends after {@code claimTime} so a node that died does not hold it for ever.
 */
@Component
public class NotificationOutbox {

  static final String TABLE = "\"qyzmet\".notification_outbox";
  static final String ATTEMPTS = "\"qyzmet\".notification_attempt";
  public static final String PENDING = "pending";
  public static final String SENT = "sent";
  public static final String FAILED = "failed";

  /** A message to send. */
  public record Message(String id, String businessKey, String event, String channel, String recipient,
      String subject, String body, String status, int attempts, Instant nextAttemptAt) {}

  /** One attempt to send, as recorded. */
  public record Attempt(int attempt, String node, Instant attemptedAt, String outcome, String error) {}

  private final JdbcClient jdbc;

  NotificationOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the message unless the case already has one for this event and channel; true when written. */
  public boolean enqueue(String businessKey, String event, String channel, String recipient, String subject,
      String body, Instant now) {
    if (jdbc.sql("select count(*) from " + TABLE + " where business_key = ? and event = ? and channel = ?")
        .params(businessKey, event, channel).query(Long.class).single() > 0) {
      return false;
    }
    jdbc.sql("insert into " + TABLE + " (id, business_key, event, channel, recipient, subject, body, status, attempts,"
            + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
        .params(UUID.randomUUID().toString(), businessKey, event, channel, recipient, subject, body, PENDING,
            Timestamp.from(now), Timestamp.from(now))
        .update();
    return true;
  }

  /** Ids of pending messages due at {@code now} and not claimed by a live claim, oldest first. */
  List<String> due(Instant now, int limit) {
    return jdbc.sql("select id from " + TABLE + " where status = ? and next_attempt_at <= ?"
            + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, created_at")
        .params(PENDING, Timestamp.from(now), Timestamp.from(now)).query(String.class).list().stream()
        .limit(limit).toList();
  }

  /** Takes the message for {@code node} until {@code now + claimTime}; false when another node has it. */
  boolean claim(String id, String node, Instant now, Duration claimTime) {
    return jdbc.sql("update " + TABLE + " set claimed_by = ?, claimed_until = ? where id = ? and status = ?"
            + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")
        .params(node, Timestamp.from(now.plus(claimTime)), id, PENDING, Timestamp.from(now), Timestamp.from(now))
        .update() == 1;
  }

  Optional<Message> find(String id) {
    return jdbc.sql("select id, business_key, event, channel, recipient, subject, body, status, attempts,"
            + " next_attempt_at from " + TABLE + " where id = ?").param(id)
        .query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
            rs.getTimestamp(10).toInstant()))
        .optional();
  }

  public List<Message> ofCase(String businessKey) {
    return jdbc.sql("select id from " + TABLE + " where business_key = ? order by created_at, channel")
        .param(businessKey).query(String.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
  }

  public List<Attempt> attempts(String id) {
    return jdbc.sql("select attempt, node, attempted_at, outcome, error from " + ATTEMPTS
            + " where notification_id = ? order by attempt").param(id)
        .query((rs, n) -> new Attempt(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getString(4), rs.getString(5)))
        .list();
  }

  /** Records an attempt and its outcome: sent, pending again from {@code retryAt}, or failed for good. */
  void record(String id, int attempt, String node, Instant at, String status, Instant retryAt, String error) {
    jdbc.sql("insert into " + ATTEMPTS + " (notification_id, attempt, node, attempted_at, outcome, error)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(id, attempt, node, Timestamp.from(at), SENT.equals(status) ? "sent" : "error",
            error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
        .update();
    jdbc.sql("update " + TABLE + " set status = ?, attempts = ?, next_attempt_at = ?, sent_at = ?, claimed_by = null,"
            + " claimed_until = null where id = ? and claimed_by = ?")
        .params(status, attempt, Timestamp.from(retryAt == null ? at : retryAt),
            SENT.equals(status) ? Timestamp.from(at) : null, id, node)
        .update();
  }
}
