package kz.qyzmet.intake;

/** No case with this business key, or none the caller may read. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String businessKey) {
    super("No case " + businessKey + " that you may read");
  }
}
