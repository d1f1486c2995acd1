package kz.qyzmet.api;

/**
 * Something the request names does not exist (or the caller may not read it): a 404 problem with this title. Features
 * extend it, so that this package needs none of theirs.
 */
public abstract class NotFoundException extends RuntimeException {

  private final String title;

  protected NotFoundException(String title, String message) {
    super(message);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
