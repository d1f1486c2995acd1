package kz.qyzmet.intake;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.context.Context; // engine-internal: the running command (its cache, its authorization switch)
import org.camunda.bpm.engine.impl.interceptor.CommandContext; // engine-internal: the running command
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The employee who accepts an application (the receipt of item 14.2 names them, e.g. S01 line 686): the user signed in
 * to the API or to Tasklist. Their name is read by the system, not with the clerk's authorizations (a clerk may not
 * read the users' list).
 */
@Component
public class Employees {

  private final ObjectProvider<ProcessEngine> engine;

  public Employees(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** The signed-in employee: id and full name (the id when the user has no name); empty when nobody is signed in. */
  public Optional<Employee> current() {
    var authentication = engine.getObject().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    String id = authentication.getUserId();
    Callable<User> read = () -> engine.getObject().getIdentityService().createUserQuery().userId(id).singleResult();
    CommandContext context = Context.getCommandContext();
    User user;
    try {
      if (context != null) { // the Tasklist start form: inside the engine's command
        user = context.runWithoutAuthorization(read);
      } else {
        var configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        user = configuration.getCommandExecutorTxRequired().execute(c -> c.runWithoutAuthorization(read));
      }
    } catch (Exception e) {
      user = null;
    }
    String name = user == null ? null : String.join(" ",
        java.util.stream.Stream.of(user.getLastName(), user.getFirstName())
            .filter(part -> part != null && !part.isBlank()).toList());
    return Optional.of(new Employee(id, name == null || name.isBlank() ? id : name));
  }

  /** An employee: user id and full name (surname first). */
  public record Employee(String id, String name) {}
}
