package kz.qyzmet.catalogue;

import java.util.List;

/** A catalogue file that cannot be read or breaks a rule; startup stops with every problem named. */
public class CatalogueException extends RuntimeException {

  private final List<String> problems;

  public CatalogueException(List<String> problems) {
    super("The standards catalogue is broken:\n - " + String.join("\n - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
