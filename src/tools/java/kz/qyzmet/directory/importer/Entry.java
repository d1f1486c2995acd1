package kz.qyzmet.directory.importer;

import java.util.Set;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.Region;

/** One row of one address table, before the copies of an office in several annexes are merged. */
record Entry(
    String annex,
    String standard,
    OfficeKind kind,
    Region region,
    String number,
    String key,
    String name,
    String address,
    String email,
    String phone,
    String website,
    String schedule,
    int line,
    Set<String> flags) {

  /**
   * Name, address, e-mail, phone and web address without case, spaces and punctuation: what two copies are compared
   * on.
   */
  String content() {
    return Names.compact(name) + "|" + Names.compact(address) + "|" + Names.compact(email) + "|" + Names.compact(phone)
        + "|" + Names.compact(website);
  }
}
