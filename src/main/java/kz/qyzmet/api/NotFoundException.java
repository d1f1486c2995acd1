package kz.qyzmet.api;

/**
 * Something the request names does not exist (or the caller may not read it): a 404 problem whose title is the text of
 * {@code titleKey} in Qyzmet's message bundles, in the caller's language. Features extend it, so that this package needs
 * none of theirs.
 */
public abstract class NotFoundException extends RuntimeException {

  private final String titleKey;

  protected NotFoundException(String titleKey, String message) {
    super(message);
    this.titleKey = titleKey;
  }

  /** The key of the problem's title in {@code messages_*.properties}. */
  public String titleKey() {
    return titleKey;
  }
}
