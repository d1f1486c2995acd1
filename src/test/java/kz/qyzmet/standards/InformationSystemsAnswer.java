package kz.qyzmet.standards;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: a parse listener is the only way to add a listener to a deployed diagram's step
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener; // engine-internal: see above
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the plugin that registers it
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: see above
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl; // engine-internal: see above
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl; // engine-internal: see above
import org.camunda.bpm.engine.impl.util.ClockUtil; // engine-internal: the engine's clock, which tests move
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: see above
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin; // engine-internal: see above
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The state information systems' answer time, for tests of an automated step (S07's result of item 7.1, line 23355):
 * Qyzmet is not connected to those systems, so the step that records their answer takes no time. A test that needs a
 * late answer names the step and how long the systems take ({@link #next}); when that step of the next case starts,
 * the engine clock moves on by that time, once, as if the case had waited for the answer. Every other test runs
 * unchanged. Part of every {@code @QyzmetTest} context (one shared context, see {@code ChangeableCalendar}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InformationSystemsAnswer {

  private record Pending(String activityId, Duration takes) {}

  private static final AtomicReference<Pending> NEXT = new AtomicReference<>();

  /** The next start of the service task {@code activityId} waits {@code takes} for the systems' answer. */
  public static void next(String activityId, Duration takes) {
    NEXT.set(new Pending(activityId, takes));
  }

  /** Answers at once again (a test's clean-up, also when the step never started). */
  public static void reset() {
    NEXT.set(null);
  }

  @Bean
  ProcessEnginePlugin informationSystemsAnswerTime() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
          listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AnswerTime());
        configuration.setCustomPostBPMNParseListeners(listeners);
      }
    };
  }

  /** Gives every service task a start listener that lets the pending answer time pass when it is that step's. */
  private static final class AnswerTime extends AbstractBpmnParseListener {
    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String id = activity.getId();
      activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> waitIfPending(id));
    }
  }

  /** Moves the engine clock on by the pending answer time, once, if the step {@code activityId} is the one named. */
  private static void waitIfPending(String activityId) {
    Pending pending = NEXT.get();
    if (pending != null && pending.activityId().equals(activityId) && NEXT.compareAndSet(pending, null)) {
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + pending.takes().toMillis()));
    }
  }
}
