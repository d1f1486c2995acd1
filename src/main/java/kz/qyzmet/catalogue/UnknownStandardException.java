package kz.qyzmet.catalogue;

/** A standard code that the catalogue does not hold. */
public class UnknownStandardException extends RuntimeException {

  private final String code;

  public UnknownStandardException(String code) {
    super("Unknown standard '" + code + "': the catalogue holds S01..S13 as far as they are modelled");
    this.code = code;
  }

  public String code() {
    return code;
  }
}
