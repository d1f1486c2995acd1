package kz.qyzmet.notifications;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: takes each due message by its claim (one node only), sends it through the sender of
 * its channel, and records the attempt. A failure is retried with backoff (the first retry after {@code first-retry},
 * each next one after twice as long, at most a day) until {@code max-attempts}; then the message stays "failed".
 * Logs name the message id and channel, never the recipient or the text.
 */
@Component
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final Duration MAX_BACKOFF = Duration.ofDays(1);

  private final NotificationOutbox outbox;
  private final Map<String, NotificationSender> senders;
  private final String node;
  private final int maxAttempts;
  private final Duration firstRetry;
  private final Duration claimTime;
  private final int batch;

  public NotificationDispatcher(NotificationOutbox outbox, List<NotificationSender> senders,
      @Value("${qyzmet.notifications.node:}") String node,
      @Value("${qyzmet.notifications.max-attempts:6}") int maxAttempts,
      @Value("${qyzmet.notifications.first-retry:PT1M}") Duration firstRetry,
      @Value("${qyzmet.notifications.claim-time:PT2M}") Duration claimTime,
      @Value("${qyzmet.notifications.batch:50}") int batch) {
    this.outbox = outbox;
    this.senders = senders.stream().collect(Collectors.toMap(NotificationSender::channel, Function.identity()));
    this.node = node == null || node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    this.maxAttempts = maxAttempts;
    this.firstRetry = firstRetry;
    this.claimTime = claimTime;
    this.batch = batch;
  }

  /** A dispatcher of another node on the same outbox (tests of two nodes). */
  public NotificationDispatcher asNode(String otherNode) {
    return new NotificationDispatcher(outbox, List.copyOf(senders.values()), otherNode, maxAttempts, firstRetry,
        claimTime, batch);
  }

  /** Sends every message due at {@code now} that this node can claim; returns how many went out. */
  public int dispatchDue(Instant now) {
    int sent = 0;
    for (String id : outbox.due(now, batch)) {
      if (!outbox.claim(id, node, now, claimTime)) {
        continue; // another node has it
      }
      var message = outbox.find(id).orElseThrow();
      int attempt = message.attempts() + 1;
      NotificationSender sender = senders.get(message.channel());
      try {
        if (sender == null) {
          throw new IllegalStateException("no sender for channel " + message.channel());
        }
        sender.send(message.recipient(), message.subject(), message.body());
        outbox.record(id, attempt, node, now, NotificationOutbox.SENT, null, null);
        sent++;
      } catch (Exception e) {
        boolean last = attempt >= maxAttempts;
        Duration backoff = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        Instant retryAt = now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        outbox.record(id, attempt, node, now, last ? NotificationOutbox.FAILED : NotificationOutbox.PENDING,
            last ? null : retryAt, error);
        log.warn("Notification {} ({}) attempt {} of {} failed: {}{}", id, message.channel(), attempt, maxAttempts,
            e.getClass().getSimpleName(), last ? "; giving up" : "; next attempt at " + retryAt);
      }
    }
    return sent;
  }

  public String node() {
    return node;
  }
}
