package kz.qyzmet.engine;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.stereotype.Component;

/**
 * Caches for what the REST API embeds in a HAL task list, the way Tasklist asks for its filters' pages
 * ({@code Accept: application/hal+json}): the page itself is one query, but each task's identity links are one more
 * (with its authorization check), so a clerk's page of 50 tasks cost about 50 queries, every time Tasklist refreshes
 * it (filter property {@code refresh}). Camunda's HAL relation caches (the REST API's
 * {@code org.camunda.bpm.engine.rest.hal.cache.config}, configured here as one static configuration shared by
 * {@code /engine-rest} and the webapps' API) keep:
 * <ul>
 *   <li>identity links by task, 30 seconds: only for tasks the caller's query already returned, so nobody sees links
 *       of a task she may not see; a candidate group added to an open task shows at most 30 s late (Qyzmet sets a
 *       task's candidate group once, when the task is created);</li>
 *   <li>process definitions, one hour: they never change, and every clerk may read them.</li>
 * </ul>
 * Users and groups are not cached: an entry fetched for one caller would be shown to another whatever her READ
 * permission on that user or group.
 */
@Component
public class TasklistHalCaches {

  static final String CONFIG = """
      {"cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
       "caches": {
         "org.camunda.bpm.engine.rest.hal.identitylink.HalIdentityLink": {"capacity": 20000, "secondsToLive": 30},
         "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition": {"capacity": 500,
           "secondsToLive": 3600}
       }}""";

  public TasklistHalCaches() {
    new HalRelationCacheBootstrap().configureCaches(CONFIG);
  }
}
