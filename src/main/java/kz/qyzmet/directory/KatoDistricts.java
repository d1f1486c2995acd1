package kz.qyzmet.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The KATO codes of the directory's districts, as committed in {@value #DATA} (sources and edition in its header). A
 * code names the decree's region and the district as the directory spells it; districts without a row have no code.
 */
public final class KatoDistricts {

  public static final String DATA = "directory/kato-districts.csv";

  /**
   * One row: {@code code}, named {@code sourceName} in {@code sources}, is the decree's district of {@code region},
   * which the directory spells as in {@code districts} (several spellings where its annexes differ).
   */
  public record Entry(String code, String sourceName, Region region, List<String> districts, List<String> sources,
      String note) {

    /** The district's first spelling, for messages. */
    public String district() {
      return districts.get(0);
    }
  }

  private static final KatoDistricts BUNDLED = read();

  private final List<Entry> entries;
  private final Map<String, Entry> byCode;

  private KatoDistricts(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.byCode = entries.stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));
  }

  /** The committed table (read once). */
  public static KatoDistricts bundled() {
    return BUNDLED;
  }

  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  private static KatoDistricts read() {
    try (InputStream in = KatoDistricts.class.getClassLoader().getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException(DATA + " is missing from the classpath");
      }
      List<Entry> entries = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String next = reader.readLine(); next != null; next = reader.readLine()) {
        String line = next;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", 6);
        if (f.length != 6) {
          throw new IllegalStateException(DATA + ": expected 6 fields in '" + line + "'");
        }
        Region region = Region.parse(f[2]).orElseThrow(
            () -> new IllegalStateException(DATA + ": unknown region '" + f[2] + "' in '" + line + "'"));
        entries.add(new Entry(f[0].strip(), f[1].strip(), region, List.of(f[3].strip().split("\\|")),
            List.of(f[4].strip().split(" ")), f[5].strip()));
      }
      return new KatoDistricts(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
