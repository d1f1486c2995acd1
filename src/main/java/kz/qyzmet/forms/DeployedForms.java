package kz.qyzmet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;

/** The Camunda Forms (form-js schemas, {@code .form} resources) of a deployment, found by their {@code id}. */
public final class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployedForms() {
  }

  /**
   * The schema of the form {@code formId} in the deployment; empty when none of its {@code .form} resources has that
   * id. Reads with the caller's authorizations: run it without them where the user need not read the deployment.
   */
  public static Optional<JsonNode> schema(RepositoryService repository, String deploymentId, String formId) {
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        JsonNode schema = JSON.readTree(in);
        if (formId.equals(schema.path("id").asText())) {
          return Optional.of(schema);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read form " + resource, e);
      }
    }
    return Optional.empty();
  }
}
