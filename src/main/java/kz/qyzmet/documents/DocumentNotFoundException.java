package kz.qyzmet.documents;

/** A case (or complaint) without a document of the kind asked for, or without the document id asked for. */
public class DocumentNotFoundException extends RuntimeException {
  private final String kind;

  public DocumentNotFoundException(String businessKey, String kind) {
    super("The case " + businessKey + " has no document of kind '" + kind + "'");
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
