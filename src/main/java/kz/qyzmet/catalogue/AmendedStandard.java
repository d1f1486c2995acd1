package kz.qyzmet.catalogue;

import java.util.List;

/**
 * A standard of Government Decree No. 394 (local executive bodies) that Resolution No. 1059 amends without restating
 * it (point 3, decree lines 113-477). Its procedure is not in this decree: Qyzmet lists it and has no diagram for it.
 *
 * @param code {@code D394-3.<n>}, after the amendment item
 * @param provider the kind of office that provides it (as the directory names kinds)
 * @param changes what the amendment changes, each with its decree line
 */
public record AmendedStandard(String code, String item, int line, Standard.Text title, String provider,
    List<Change> changes) {

  /** One change: the form of service set by the amendment, or an office added to the standard's annex 1. */
  public record Change(String serviceForm, String addedOffice, String text, int line) {}
}
