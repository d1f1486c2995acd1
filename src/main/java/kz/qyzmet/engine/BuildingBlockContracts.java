package kz.qyzmet.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.catalogue.Deadlines;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The building blocks' contracts of {@code processes/building-blocks.yaml}: for each block a case calls, what it reads
 * from the case and what it writes back. One declaration serves the call activities' variable mapping
 * ({@link BuildingBlockVariables}) and the element templates Modeler shows.
 */
@Component
public class BuildingBlockContracts {

  public static final String LOCATION = "processes/building-blocks.yaml";

  /** A building block's contract. */
  public record Contract(String process, String name, List<String> deadlines, List<String> in, List<String> out,
      String startedBy) {

    public Contract {
      deadlines = List.copyOf(deadlines == null ? List.of() : deadlines);
      in = List.copyOf(in == null ? List.of() : in);
      out = List.copyOf(out == null ? List.of() : out);
    }

    /** Whether diagrams call the block (a call activity), rather than Qyzmet's code starting it. */
    public boolean called() {
      return startedBy == null;
    }

    /** What the case takes back: the declared outputs and the breach variable of each of the block's deadlines. */
    public Set<String> outputs() {
      Set<String> outputs = new LinkedHashSet<>(out);
      deadlines.forEach(deadline -> outputs.add(Deadlines.BREACH_PREFIX + deadline));
      return outputs;
    }
  }

  record Declaration(List<String> context, List<Contract> blocks) {}

  private final List<String> context;
  private final Map<String, Contract> blocks = new LinkedHashMap<>();

  public BuildingBlockContracts() {
    this(new ClassPathResource(LOCATION));
  }

  BuildingBlockContracts(ClassPathResource resource) {
    try (InputStream in = resource.getInputStream()) {
      Declaration declaration = new ObjectMapper(new YAMLFactory()).readValue(in, Declaration.class);
      context = List.copyOf(declaration.context());
      declaration.blocks().forEach(block -> blocks.put(block.process(), block));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the building blocks' contracts " + LOCATION, e);
    }
  }

  /** The case variables every building block reads. */
  public List<String> context() {
    return context;
  }

  public Collection<Contract> all() {
    return blocks.values();
  }

  /** The contract of a block that diagrams call. */
  public Optional<Contract> find(String process) {
    return Optional.ofNullable(blocks.get(process)).filter(Contract::called);
  }
}
