package kz.qyzmet.directory;

/**
 * A routing or lookup request the directory cannot answer: the message names the field, its value and the rule;
 * {@link #parameter()} is the field (standard, role, region, district, officeId), as the API reports it.
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
      super("region", "region '" + value + "' is not one of the decree's 16 regions (Kazakh name as in the decree,"
          + " e.g. 'Ақтөбе облысы', or KATO code, e.g. '150000000')");
    }
  }

  /** The district is named by no office of the region. */
  public static class UnknownDistrictException extends DirectoryException {
    public UnknownDistrictException(String value, Region region) {
      super("district", "district '" + value + "' is not a district or city of " + region.nameKk()
          + " in the directory (Kazakh name as the directory spells it, e.g. 'Хромтау', or the district's KATO code)");
    }
  }

  /** The role is none of {@link OfficeRole}. */
  public static class UnknownRoleException extends DirectoryException {
    public UnknownRoleException(String value) {
      super("role", "role '" + value + "' is unknown; roles: " + java.util.Arrays.toString(OfficeRole.values()));
    }
  }

  /** No office has this id. */
  public static class UnknownOfficeException extends DirectoryException {
    public UnknownOfficeException(String value) {
      super("officeId", "no office has the id '" + value + "'");
    }
  }

  /** The request is understood, but the decree names no office for it. */
  public static class NoResponsibleOfficeException extends DirectoryException {
    public NoResponsibleOfficeException(String parameter, String message) {
      super(parameter, message);
    }
  }
}
