package kz.qyzmet.documents;

import kz.qyzmet.messages.Messages;

/**
 * A case (or complaint) without a document of the kind asked for, or without the document id asked for. Its message
 * is in the request's language (problem.documentNotFound.* in the message bundles).
 */
public class DocumentNotFoundException extends RuntimeException {
  private final String kind;

  private DocumentNotFoundException(String message, String kind) {
    super(message);
    this.kind = kind;
  }

  /** The case {@code businessKey} has no document of {@code kind} (in the language asked for). */
  public static DocumentNotFoundException ofKind(String businessKey, String kind) {
    return new DocumentNotFoundException(Messages.text("problem.documentNotFound.kind", businessKey, kind), kind);
  }

  /** The case {@code businessKey} has no document with the id {@code id}. */
  public static DocumentNotFoundException withId(String businessKey, String id) {
    return new DocumentNotFoundException(Messages.text("problem.documentNotFound.id", businessKey, id), null);
  }

  /** The kind asked for; null when a document was asked for by its id. */
  public String kind() {
    return kind;
  }
}
