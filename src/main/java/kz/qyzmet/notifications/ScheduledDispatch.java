package kz.qyzmet.notifications;

import org.camunda.bpm.engine.impl.util.ClockUtil; // engine-internal: the engine's clock (moved in tests and demos)
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every node polls the outbox ({@code qyzmet.notifications.poll-interval}); off with {@code scheduled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "qyzmet.notifications.scheduled", havingValue = "true", matchIfMissing = true)
class ScheduledDispatch {

  private final NotificationDispatcher dispatcher;

  ScheduledDispatch(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(fixedDelayString = "${qyzmet.notifications.poll-interval:PT15S}")
  void poll() {
    dispatcher.dispatchDue(ClockUtil.getCurrentTime().toInstant());
  }
}
