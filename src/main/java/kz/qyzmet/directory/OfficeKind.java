package kz.qyzmet.directory;

/** The kinds of office the decree's address tables list. */
public enum OfficeKind {
  /** District or city branch of the State Centre for Pension Payments (уәкілетті ұйымның бөлімшесі), S01-S07, S09-S11. */
  pensionBranch,
  /** Regional body of the Committee for Control and Social Protection (CCSP), S01-S06, S08, S10, S11. */
  ccspBody,
  /** Public Service Centre: the regional branch (number "N.") or one of its departments ("M)"), S01-S07, S10. */
  psc,
  /** Medical-social expertise unit, S08 annex 1. */
  mse,
  /** District or city employment and social programmes department, S12 annex 1, S13 annex 1, Decree 394 row 13. */
  employmentDept,
  /** Regional (oblast, Astana, Almaty) employment and social programmes department, S12 annex 5, S13 annex 3. */
  regionalEmploymentDept,
  /** District or city akimat (the akim's office), S12 annex 6. */
  akimat,
  /** Regional akimat (the oblast akim's office), S13 annex 4. */
  regionalAkimat,
  /**
   * The akim of a settlement, village or rural district, who takes S12's documents and signs its certificate where the
   * applicant's place has no authorised body (S12 item 1, line 40724; annex 3, line 42687). No annex of the decree lists
   * these offices, so the imported directory has none: an application for one is refused naming the field.
   */
  ruralAkim
}
