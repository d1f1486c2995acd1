package kz.qyzmet.security;

/** Startup stops with this when the administrator's user or password is not configured. */
public class MissingAdministratorException extends RuntimeException {

  public MissingAdministratorException(String missing) {
    super("Qyzmet needs an administrator account, but " + missing + " is not set.");
  }
}
