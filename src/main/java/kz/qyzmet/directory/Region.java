package kz.qyzmet.directory;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 16 regions of the decree's address tables (14 oblasts and the cities of Almaty and Astana), in the decree's own
 * order. {@code kato} is the region's code in the Classifier of administrative-territorial objects (KATO, 9 digits as
 * in 2012; the decree itself gives no codes); {@code centre} is the regional centre, used to place an office whose row
 * lost its region (S13 annex 4).
 */
public enum Region {
  AKMOLA("Ақмола облысы", "akmola", "110000000", "Көкшетау", "Asia/Almaty"),
  AKTOBE("Ақтөбе облысы", "aktobe", "150000000", "Ақтөбе", "Asia/Aqtobe"),
  ALMATY_REGION("Алматы облысы", "almaty-region", "190000000", "Талдықорған", "Asia/Almaty"),
  ATYRAU("Атырау облысы", "atyrau", "230000000", "Атырау", "Asia/Atyrau"),
  EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "east-kazakhstan", "630000000", "Өскемен", "Asia/Almaty"),
  ZHAMBYL("Жамбыл облысы", "zhambyl", "310000000", "Тараз", "Asia/Almaty"),
  WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "west-kazakhstan", "270000000", "Орал", "Asia/Oral"),
  KARAGANDA("Қарағанды облысы", "karaganda", "350000000", "Қарағанды", "Asia/Almaty"),
  KOSTANAY("Қостанай облысы", "kostanay", "390000000", "Қостанай", "Asia/Qostanay"),
  KYZYLORDA("Қызылорда облысы", "kyzylorda", "430000000", "Қызылорда", "Asia/Qyzylorda"),
  MANGYSTAU("Маңғыстау облысы", "mangystau", "470000000", "Ақтау", "Asia/Aqtau"),
  PAVLODAR("Павлодар облысы", "pavlodar", "550000000", "Павлодар", "Asia/Almaty"),
  NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы", "north-kazakhstan", "590000000", "Петропавл", "Asia/Almaty"),
  SOUTH_KAZAKHSTAN("Оңтүстік Қазақстан облысы", "south-kazakhstan", "510000000", "Шымкент", "Asia/Almaty"),
  ALMATY_CITY("Алматы қаласы", "almaty", "750000000", "Алматы", "Asia/Almaty"),
  ASTANA("Астана қаласы", "astana", "710000000", "Астана", "Asia/Almaty");

  private final String nameKk;
  private final String slug;
  private final String kato;
  private final String centre;
  private final ZoneId zone;

  Region(String nameKk, String slug, String kato, String centre, String zone) {
    this.zone = ZoneId.of(zone);
    this.nameKk = nameKk;
    this.slug = slug;
    this.kato = kato;
    this.centre = centre;
  }

  public String nameKk() {
    return nameKk;
  }

  /** ASCII part of office ids, e.g. {@code aktobe} in {@code psc-aktobe-07}. */
  public String slug() {
    return slug;
  }

  public String kato() {
    return kato;
  }

  public String centre() {
    return centre;
  }

  /**
   * The tzdb zone of the region's offices, where statutory deadlines end at the close of the working day. The western
   * regions kept UTC+5 while the rest of the country was on UTC+6 until 1 March 2024; the tzdb ids carry that history.
   */
  public ZoneId zone() {
    return zone;
  }

  /** "Ақтөбе облысы" -> "ақтөбе обл": matches облысы, облысының, облыстық; "Алматы қаласы" -> "алматы қала". */
  private String stem() {
    String lower = nameKk.toLowerCase(Locale.ROOT);
    return lower.endsWith(" облысы") ? lower.substring(0, lower.length() - 3) : lower.substring(0, lower.length() - 2);
  }

  /** The region a heading or a region-level office name speaks of, if any. */
  public static Optional<Region> mentionedIn(String text) {
    // the decree sometimes types a Latin "i" for the Kazakh "і" (e.g. "Солтүстiк", decree line 30272)
    String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('i', 'і').replaceAll("\\s+", " ");
    return Arrays.stream(values()).filter(r -> lower.contains(r.stem())).findFirst();
  }

  /** The region by its Kazakh name as the decree writes it (case and spaces ignored) or by its KATO code. */
  public static Optional<Region> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.kato.equals(v) || r.nameKk.toLowerCase(Locale.ROOT).equals(v) || r.slug.equals(v))
        .findFirst();
  }

  public static Optional<Region> bySlug(String slug) {
    return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
  }
}
