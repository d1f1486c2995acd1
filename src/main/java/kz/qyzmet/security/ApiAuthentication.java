package kz.qyzmet.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's users for the engine's REST API ({@code /engine-rest}), Qyzmet's own
 * API ({@code /api}) and the Prometheus scrape endpoint. Camunda's own filter does the work: it checks the password
 * through the IdentityService and sets the engine's current authentication for the request, so the engine's
 * authorizations apply to every API call as they do in Tasklist. The webapps (Tasklist, Cockpit, Admin) have their own
 * session login.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = basic("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> qyzmetApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = basic("qyzmet-api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    // The quality reports (the Cockpit plugin of kz.qyzmet.quality) and reading a case, its receipt and documents (the
    // receipt Tasklist shows after a start, its print links) also accept the webapps' login session.
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SessionOrBasicAuthenticationProvider.class.getName());
    // These paths are served by the DispatcherServlet, whose servlet path is the whole request path: an empty prefix
    // makes the filter read the full path, so nothing under /api looks like the unauthenticated engine root.
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basic(String name) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
