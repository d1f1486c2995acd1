package kz.qyzmet.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the repository's top-level {@code processes/} (BPMN) and {@code forms/} (Camunda Forms) as one deployment
 * when the engine starts.
 *
 * <p>The starter's own auto-deployment is switched off because it leaves out {@code .form} files and names resources
 * by their absolute file path, which changes between a checkout and the packaged jar. Here every resource is named by
 * its path inside the repository ({@code processes/s01.bpmn}, {@code forms/intake.form}), so the names are the same
 * everywhere. The whole set is deployed together, so {@code camunda:formRefBinding="deployment"} always finds the form
 * next to its diagram, and duplicate filtering skips the deployment entirely when no file changed (no new
 * process-definition versions).
 */
@Component
public class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "qyzmet";
  public static final List<String> LOCATIONS = List.of("processes/**/*.bpmn", "forms/**/*.form");

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
  private final List<String> locations;

  public ProcessResourceDeployer() {
    this(List.of());
  }

  /** Deploys {@link #LOCATIONS} and the further classpath locations of {@code qyzmet.deployment.extra-locations}. */
  @Autowired
  public ProcessResourceDeployer(@Value("${qyzmet.deployment.extra-locations:}") List<String> extraLocations) {
    this.locations = java.util.stream.Stream.concat(LOCATIONS.stream(),
        extraLocations.stream().filter(location -> !location.isBlank())).toList();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      log.warn("No process or form resources found under {}", LOCATIONS);
      return;
    }
    DeploymentBuilder builder = engine.getRepositoryService()
        .createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
    Deployment deployment = builder.deploy();
    log.info("Deployment '{}' ({} resources) is {}", DEPLOYMENT_NAME, resources.size(), deployment.getId());
  }

  /** The resources to deploy, keyed by their repository-relative name, in a stable order. */
  public Map<String, Resource> findResources() {
    Map<String, Resource> found = new TreeMap<>();
    for (String location : locations) {
      String top = location.substring(0, location.indexOf('/') + 1);
      try {
        for (Resource resource : resolver.getResources("classpath*:" + location)) {
          String url = resource.getURL().toString();
          found.put(url.substring(url.lastIndexOf("/" + top) + 1), resource);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + location, e);
      }
    }
    return found;
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
