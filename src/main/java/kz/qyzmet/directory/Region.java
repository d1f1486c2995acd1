package kz.qyzmet.directory;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The 16 regions of the decree's address tables (14 oblasts and the cities of Almaty and Astana), in the decree's own
 * order. {@code centre} is the regional centre, used to place an office whose row lost its region (S13 annex 4).
 *
 * <p>{@code kato} is the region's code in the Classifier of administrative-territorial objects (KATO, stat.gov.kz; the
 * decree itself gives no codes): the region's two digits and seven zeros, as the classifier stood at the decree (2012).
 * Checked against the sources of {@code directory/kato-districts.csv}: 110000000 and 190000000 are region rows of the
 * stat.gov.kz extracts in github.com/nikita-astakhnovich-idf/CsvParser ({@code DirectoryKato.csv}), 710000000 and
 * 750000000 rows of the address register in github.com/arodionoff/geokz ({@code maps/REG_ADDRESS_REGION_KATO.csv},
 * dated 2008); for the other twelve the register's 2008 rows and geokz {@code inst/extdata/kaz_zones.csv} give the
 * codes of the region's districts, which all carry the region's two digits (South Kazakhstan's 51, e.g. 514000000
 * Қазығұрт). {@link #katoPrefixes()} adds the prefixes under which the classifier has listed the decree region's
 * districts since: South Kazakhstan's became Turkestan region (61) and Shymkent city (79) in 2018; in 2022 Abai (10),
 * Zhetysu (33) and Ulytau (62) regions were split off East Kazakhstan, Almaty and Karaganda regions.
 */
public enum Region {
  AKMOLA("Ақмола облысы", "akmola", "110000000", "Көкшетау", "Asia/Almaty"),
  AKTOBE("Ақтөбе облысы", "aktobe", "150000000", "Ақтөбе", "Asia/Aqtobe"),
  ALMATY_REGION("Алматы облысы", "almaty-region", "190000000", "Талдықорған", "Asia/Almaty", "33"),
  ATYRAU("Атырау облысы", "atyrau", "230000000", "Атырау", "Asia/Atyrau"),
  EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "east-kazakhstan", "630000000", "Өскемен", "Asia/Almaty", "10"),
  ZHAMBYL("Жамбыл облысы", "zhambyl", "310000000", "Тараз", "Asia/Almaty"),
  WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "west-kazakhstan", "270000000", "Орал", "Asia/Oral"),
  KARAGANDA("Қарағанды облысы", "karaganda", "350000000", "Қарағанды", "Asia/Almaty", "62"),
  KOSTANAY("Қостанай облысы", "kostanay", "390000000", "Қостанай", "Asia/Qostanay"),
  KYZYLORDA("Қызылорда облысы", "kyzylorda", "430000000", "Қызылорда", "Asia/Qyzylorda"),
  MANGYSTAU("Маңғыстау облысы", "mangystau", "470000000", "Ақтау", "Asia/Aqtau"),
  PAVLODAR("Павлодар облысы", "pavlodar", "550000000", "Павлодар", "Asia/Almaty"),
  NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы", "north-kazakhstan", "590000000", "Петропавл", "Asia/Almaty"),
  SOUTH_KAZAKHSTAN("Оңтүстік Қазақстан облысы", "south-kazakhstan", "510000000", "Шымкент", "Asia/Almaty",
      "61", "79"),
  ALMATY_CITY("Алматы қаласы", "almaty", "750000000", "Алматы", "Asia/Almaty"),
  ASTANA("Астана қаласы", "astana", "710000000", "Астана", "Asia/Almaty");

  private final String nameKk;
  private final String slug;
  private final String kato;
  private final String centre;
  private final ZoneId zone;
  private final List<String> katoPrefixes;

  Region(String nameKk, String slug, String kato, String centre, String zone, String... successorPrefixes) {
    this.zone = ZoneId.of(zone);
    this.katoPrefixes = Stream.concat(Stream.of(kato.substring(0, 2)), Arrays.stream(successorPrefixes)).toList();
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

  /**
   * The two-digit KATO prefixes a district of this region may carry: the region's own and those of the regions the
   * classifier has since listed its districts under.
   */
  public List<String> katoPrefixes() {
    return katoPrefixes;
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
