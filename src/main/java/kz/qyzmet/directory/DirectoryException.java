package kz.qyzmet.directory;

import kz.qyzmet.messages.Messages;

/**
 * A routing or lookup request the directory cannot answer: the message is the rule the value breaks, in the user's
 * language (kz.qyzmet.messages.Messages); {@link #parameter()} is the field (standard, role, region, district,
 * officeId), which the API names before it.
 */
public class DirectoryException extends RuntimeException {

  private final String parameter;

  public DirectoryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  /** The region is none of the decree's 16 (by Kazakh name or KATO code). */
  public static class UnknownRegionException extends DirectoryException {
    public UnknownRegionException(String value) {
      super("region", Messages.text("directory.region.unknown", value));
    }
  }

  /** The district is named by no office of the region. */
  public static class UnknownDistrictException extends DirectoryException {
    public UnknownDistrictException(String value, Region region) {
      super("district", Messages.text("directory.district.unknown", value, region.nameKk()));
    }
  }

  /** The role is none of {@link OfficeRole}. */
  public static class UnknownRoleException extends DirectoryException {
    public UnknownRoleException(String value) {
      super("role", Messages.text("directory.role.unknown", value, java.util.Arrays.toString(OfficeRole.values())));
    }
  }

  /** No office has this id. */
  public static class UnknownOfficeException extends DirectoryException {
    public UnknownOfficeException(String value) {
      super("officeId", Messages.text("directory.office.unknown", value));
    }
  }

  /** The request is understood, but the decree names no office for it. */
  public static class NoResponsibleOfficeException extends DirectoryException {
    public NoResponsibleOfficeException(String parameter, String message) {
      super(parameter, message);
    }
  }
}
