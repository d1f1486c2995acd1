package kz.qyzmet.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks without their group prefilter for users of a few groups.
 *
 * <p>Before it checks authorizations, every command of a signed-in user reads the ids of all groups that hold any
 * authorization ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) and keeps only the user's groups among
 * them, so that the checks' {@code GROUP_ID_ in (...)} lists stay short for users of hundreds of groups. Qyzmet's
 * table holds a GRANT per open task and candidate group and the read grants of every case (README, Benchmarks): the
 * distinct scan reads all of them, once per command, and one Tasklist request runs about six commands (filter, list,
 * count, process definitions, variables): profiled on the benchmark, 61 % of the samples of Tasklist's own request
 * (issue 21, README Benchmarks; camunda-bpm-platform issue 5485; the engine's successors made the prefilter optional
 * the same way). A clerk has two or three groups: her groups go into the checks as they are. The checks find the
 * same rows, since a group without any authorization matches none; above {@link #PREFILTER_ABOVE_GROUPS} groups the
 * engine's prefilter stays. Everything else of the engine's {@link AuthorizationManager} is unchanged.
 */
@Component
public class AuthorizedGroupsWithoutPrefilter extends AbstractProcessEnginePlugin {

  /** Users of more groups than this keep the engine's prefilter (short IN lists). */
  static final int PREFILTER_ABOVE_GROUPS = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class; // replaces the engine's factory of the same session type
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, the prefilter skipped for a few groups. */
  static class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() > PREFILTER_ABOVE_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
          .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
  }
}
