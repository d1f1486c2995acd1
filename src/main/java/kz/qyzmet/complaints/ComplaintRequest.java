package kz.qyzmet.complaints;

/**
 * A complaint as {@code POST /api/complaints} takes it. Item 24 of the standards (S01 line 772) asks for the
 * complainant's full name and postal address, the signature, the body or official complained about, the reasons and
 * the demand.
 *
 * @param channel where the complaint is made (item 21, S01 lines 736-760; item 22 for rude service, line 764)
 * @param concerns what it is about: {@code result} (disagreement with the result), {@code rudeService} or
 *     {@code action} (any other act or failure to act); default {@code action}
 * @param region, district where the case was served, when no {@code caseBusinessKey} says so
 */
public record ComplaintRequest(
    Complainant complainant,
    String channel,
    String standard,
    String caseBusinessKey,
    String concerns,
    String subject,
    String reason,
    String demand,
    Boolean signed,
    String region,
    String district) {

  public record Complainant(String surname, String name, String patronymic, String postalAddress, String iin,
      String phone) {}
}
