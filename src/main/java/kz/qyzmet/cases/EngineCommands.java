package kz.qyzmet.cases;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the command executor (one transaction for several service calls); no public API
import org.camunda.bpm.engine.impl.context.Context; // engine-internal: the running command, to join it instead of nesting a second one
import org.camunda.bpm.engine.impl.interceptor.CommandContext; // engine-internal: runWithoutAuthorization has no public counterpart

/** The engine's command executor, for the few places that need one transaction or a read as the system. */
public final class EngineCommands {

  private EngineCommands() {}

  /** Runs {@code work} in one engine transaction (joins the running one). */
  public static <T> T inTransaction(ProcessEngine engine, Callable<T> work) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> call(work));
  }

  /** Runs {@code read} as the system, without the current user's authorizations (inside the running command if any). */
  public static <T> T withoutAuthorization(ProcessEngine engine, Callable<T> read) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(read);
    }
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(c -> c.runWithoutAuthorization(read));
  }

  private static <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
