package kz.qyzmet.directory.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading districts, localities and e-mails out of the decree's cells. */
final class Names {

  private Names() {}

  /** "Хромтау ауданының ...", "Ақтөбе қ. ...", "«Ақкөл ауданы әкімінің аппараты» ММ": the name before the marker. */
  private static final Pattern DISTRICT = Pattern.compile(
      "^(.*?)\\s*(аудандық|ауданының|ауданы|қалалық|қаласының|қаласы|қ\\.|облыстық|облысының|облысы|ауылының|кентінің|адандық)(?=\\s|$|»)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern UNIT = Pattern.compile(
      "^([\\p{L}\\- ]+?)\\s+(ауылдық\\s+)?(бөлімі|бөлімшесі|бөлім)$", Pattern.UNICODE_CASE);

  private static final Pattern LOCALITY = Pattern.compile(
      "^(.*?)\\s*(қаласы|қ\\.|ауылы|кенті|селосы|поселкесі|ауданы)(?=[\\s,]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The district or city named by an office's name; null for a region-level name or none. */
  static String district(String name) {
    if (name == null) {
      return null;
    }
    String n = name.replaceAll("[«»\"]", "").replaceFirst("^№\\s*\\d+\\s*", "").strip();
    Matcher m = DISTRICT.matcher(n);
    if (m.find()) {
      return m.group(1).isBlank() || m.group(2).toLowerCase(Locale.ROOT).startsWith("облыс") ? null
          : m.group(1).strip();
    }
    // "Алтынсарин бөлімі", "Қапал бөлімшесі", "Гродеково ауылдық бөлімі": the place before the unit word
    Matcher unit = UNIT.matcher(n);
    return unit.matches() && !unit.group(1).isBlank() ? unit.group(1).strip() : null;
  }

  /** The settlement an address starts with: "030000, Ақтөбе қ., ..." -> "Ақтөбе"; "Сейфуллин көшесі" -> null. */
  static String locality(String address) {
    if (address == null) {
      return null;
    }
    String a = address.replaceFirst("^\\d{6},?\\s*", "").strip();
    String first = a.split(",")[0].strip();
    Matcher m = LOCALITY.matcher(first);
    return m.find() && !m.group(1).isBlank() ? m.group(1).strip() : null;
  }

  /** Lower case, letters and digits only: for comparing copies and matching district names. */
  static String compact(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('i', 'і').replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Cyrillic letters that look like Latin ones, as they turn up inside e-mail addresses. */
  private static final String CYRILLIC = "аеорсхуАЕОРСХкмтнвКМТНВі";
  private static final String LATIN = "aeopcxyAEOPCXkmthbKMTHBi";

  private static final Pattern AT = Pattern.compile("([A-Za-z0-9._\\-" + CYRILLIC + "]+)\\s?@\\s?((?:[A-Za-z0-9\\-"
      + CYRILLIC + "]+(?: [a-z]+)?\\s?\\.\\s?)+[A-Za-z" + CYRILLIC + "]{2,})");

  /** An e-mail found in a cell: the address as repaired, the text it was found as, and whether it was repaired. */
  record Email(String address, String found, boolean repaired) {}

  static Email email(String cell) {
    if (cell == null || !cell.contains("@")) {
      return null;
    }
    Matcher m = AT.matcher(cell);
    if (!m.find()) {
      return null;
    }
    String found = m.group();
    String local = m.group(1);
    String domain = m.group(2);
    StringBuilder fixed = new StringBuilder();
    for (char c : (local + "@" + domain).replaceAll("\\s", "").toCharArray()) {
      int i = CYRILLIC.indexOf(c);
      fixed.append(i >= 0 ? LATIN.charAt(i) : c);
    }
    String address = fixed.toString();
    // "23mseomk_akmola@gcvp.kz": a house number glued to the e-mail; "44/2mse3_uralsk@gcvp.kz" (line 28929): the
    // number after the slash of "44/2"
    Matcher glued = Pattern.compile("^(\\d+[а-яА-Я]?)([A-Za-z_].*)$").matcher(address);
    int start = m.start();
    boolean split = glued.matches() && cell.substring(0, start).matches("(?s).*[,/]\\s*$");
    if (split) {
      address = glued.group(2);
      found = found.substring(glued.group(1).length());
    }
    boolean repaired = split || !address.equals(found.strip());
    return new Email(address.toLowerCase(Locale.ROOT), found, repaired);
  }
}
