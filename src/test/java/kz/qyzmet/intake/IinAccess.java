package kz.qyzmet.intake;

/** Test access to the IIN check digit (package-private in {@link Iin}). */
public final class IinAccess {
  private IinAccess() {}

  public static int checkDigit(String firstEleven) {
    return Iin.checkDigit(firstEleven);
  }
}
