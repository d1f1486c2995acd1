package kz.qyzmet.webapps;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's cache of the process definitions it embeds in its HAL answers (every Tasklist page, and
 * {@code GET /task} as {@code application/hal+json}). Without it each page asks the database for its tasks' process
 * definitions: an engine command of its own, with its READ check and its transaction, which PostgreSQL plans anew at
 * every call (issue 21, README Benchmarks). A deployed definition never changes but for its suspension, which no
 * list shows, so an entry lives ten minutes; office groups read every definition ({@code OfficeGroups}), so an entry
 * another user's request put there shows nobody what they could not read. Users, groups and identity links are not
 * cached. Camunda's own caches, configured in Camunda's format ({@code qyzmet.webapps.hal-relation-caches},
 * application.yaml) when the web server starts; unlike the engine's web.xml listener, nothing removes them when
 * another application context of the same JVM (a test's, a benchmark's second node) stops.
 */
@Configuration(proxyBeanMethods = false)
public class HalRelationCaches {

  @Bean
  ServletContextInitializer halRelationCachesInitializer(
      @Value("${qyzmet.webapps.hal-relation-caches}") String configuration) {
    return servletContext -> new HalRelationCacheBootstrap().configureCaches(configuration);
  }
}
