package kz.qyzmet.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a short startup report that says what to set. */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set the environment variables QYZMET_ADMIN_USER and QYZMET_ADMIN_PASSWORD. They create the administrator "
            + "at startup, or reset its password if the user exists. Only the default (embedded, dev) profile has "
            + "fallbacks for them; the 'postgres' profile has no default password.",
        cause);
  }
}
