package kz.qyzmet.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops startup before any bean is created, so before the database is touched, when the administrator's user or
 * password is missing (the 'postgres' profile has no default for them).
 */
@Component
class AdministratorCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  /** The shortest administrator password the production ('postgres') profile accepts. */
  static final int MIN_PASSWORD = 12;

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (isBlank(environment.getProperty("qyzmet.administrator.user"))) {
      throw new MissingAdministratorException("QYZMET_ADMIN_USER");
    }
    if (isBlank(environment.getProperty("qyzmet.administrator.password"))) {
      throw new MissingAdministratorException("QYZMET_ADMIN_PASSWORD");
    }
    String user = environment.getProperty("qyzmet.administrator.user");
    String password = environment.getProperty("qyzmet.administrator.password");
    if (java.util.Arrays.asList(environment.getActiveProfiles()).contains("postgres")
        && (password.length() < MIN_PASSWORD || password.toLowerCase().contains(user.toLowerCase())
            || password.chars().distinct().count() < 6)) {
      // Production: the administrator holds every permission in the engine and the webapps.
      throw new IllegalStateException("QYZMET_ADMIN_PASSWORD is too weak for the 'postgres' profile: at least "
          + MIN_PASSWORD + " characters, at least 6 different ones, and not containing the user name");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
