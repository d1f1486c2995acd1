package kz.qyzmet.calendar;

import java.util.List;

/**
 * The content of {@code calendar/years/<year>.yaml}: the per-year facts that no rule gives. {@code verified} is true
 * only when the sources cover the whole year; an unverified year still gets every rule-based day off.
 */
public record YearData(
    int year, boolean verified, String notes, KurbanAit kurbanAit, List<Transfer> transfers, List<String> sources) {

  public YearData {
    transfers = transfers == null ? List.of() : List.copyOf(transfers);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A year without a file: rule-based days off only, unverified. */
  public static YearData unknown(int year) {
    return new YearData(year, false, "No data file for this year: only the rule-based days off apply.", null,
        List.of(), List.of());
  }
}
