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
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
