package kz.qyzmet.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qyzmet.messages.Messages;
import org.springframework.stereotype.Component;

/**
 * The regions and districts an address may name: the lists the forms offer (region, then the districts of the chosen
 * region) and the one check every way in applies before a region or district is stored (intake API, Tasklist start
 * forms, engine REST, complaints, mobile centres' visits).
 *
 * <p>The lists come from the directory as the router holds it at the time (the offices of {@code qyzmet.office}), not
 * from the forms: a region is one of the decree's 16 ({@link Region}); a district is a district or city that an office
 * of the region serves, one entry per district, named as the directory first spells it. The spellings the decree's
 * annexes use for the same district (grouped by its KATO code in {@link KatoDistricts}, or one spelling the start of
 * another: "Астрахан" and "Астраханка") are the same entry.
 *
 * <p>A value is accepted when it is the entry's name or one of its spellings, ignoring case, spaces and the
 * administrative word ("Хромтау ауданы" is "Хромтау"), or the district's KATO code; anything else, a misspelling
 * included ("Хромт"), is refused naming the field. What is stored is the entry's name.
 */
@Component
public class AddressDirectory {

  private static final Pattern CODE = Pattern.compile("\\d{9}");

  /** One district of a region as the forms list it: its name (the value stored), its spellings and KATO codes. */
  public record District(String name, Set<String> keys, List<String> codes) {}

  /** A region and district as stored: the region's Kazakh name, the district's name in the list. */
  public record Address(Region region, String district) {
    public String regionName() {
      return region.nameKk();
    }
  }

  private final OfficeRouter router;
  private final KatoDistricts kato = KatoDistricts.bundled();
  private volatile Lists lists;

  private record Lists(List<Office> source, Map<Region, List<District>> districts) {}

  public AddressDirectory(OfficeRouter router) {
    this.router = router;
  }

  /** The decree's 16 regions, in its order. */
  public List<Region> regions() {
    return Arrays.asList(Region.values());
  }

  /** The districts of a region, in alphabetical order. */
  public List<District> districts(Region region) {
    return lists().districts().getOrDefault(region, List.of());
  }

  /** Every region's districts (for the forms' district list, which follows the chosen region). */
  public Map<Region, List<District>> districtsByRegion() {
    return lists().districts();
  }

  /** The region by its Kazakh name or KATO code, or the refusal naming {@code region}. */
  public Region region(String value) {
    return Region.parse(value).orElseThrow(() -> new DirectoryException("region",
        value == null || value.isBlank() ? Messages.text("rule.required")
            : Messages.text("rule.address.regionNotInDirectory")));
  }

  /**
   * The region and district as stored, or the refusal naming the field ({@code region} or {@code district}, as
   * {@link DirectoryException#parameter()}). A district's KATO code may stand without its region.
   */
  public Address address(String region, String district) {
    Region given = region == null || region.isBlank() ? null : region(region);
    if (district == null || district.isBlank()) {
      throw new DirectoryException("district", Messages.text("rule.required"));
    }
    String value = district.strip();
    if (CODE.matcher(value).matches()) {
      KatoDistricts.Entry entry = kato.find(value).orElse(null);
      Region codeRegion = entry == null ? null : entry.region();
      Optional<District> listed = codeRegion == null || (given != null && given != codeRegion) ? Optional.empty()
          : districts(codeRegion).stream().filter(d -> d.codes().contains(value)).findFirst();
      if (listed.isEmpty()) {
        throw notListed(given != null ? given : codeRegion);
      }
      return new Address(codeRegion, listed.get().name());
    }
    if (given == null) {
      throw new DirectoryException("region", Messages.text("rule.required"));
    }
    String key = OfficeRouter.districtKey(value);
    return districts(given).stream().filter(d -> d.keys().contains(key)).findFirst()
        .map(d -> new Address(given, d.name())).orElseThrow(() -> notListed(given));
  }

  /** The refusal: the value is not repeated (an address is personal data), the region's list is named. */
  private static DirectoryException notListed(Region region) {
    return region == null
        ? new DirectoryException("district", Messages.text("rule.address.districtCodeUnknown"))
        : new DirectoryException("district", Messages.text("rule.address.districtNotInDirectory", region.nameKk()));
  }

  private Lists lists() {
    List<Office> offices = router.offices();
    Lists current = lists;
    if (current == null || current.source() != offices) {
      current = new Lists(offices, build(offices));
      lists = current;
    }
    return current;
  }

  /** Districts per region: the KATO table's entries the region's offices serve, then the spellings no entry has. */
  private Map<Region, List<District>> build(List<Office> offices) {
    Collator order = kazakhOrder();
    Map<Region, List<District>> result = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      List<String> spellings = offices.stream()
          .filter(o -> region.nameKk().equals(o.region()) && o.district() != null && !o.district().isBlank())
          .map(o -> o.district().strip()).distinct().toList();
      List<Builder> entries = new ArrayList<>();
      for (KatoDistricts.Entry entry : kato.entries()) {
        if (entry.region() != region
            || spellings.stream().noneMatch(s -> entry.districts().contains(s))) {
          continue;
        }
        Set<String> keys = new LinkedHashSet<>();
        entry.districts().forEach(s -> keys.add(OfficeRouter.districtKey(s)));
        Builder same = entries.stream().filter(b -> keys.stream().anyMatch(b.keys::contains)).findFirst()
            .orElse(null);
        if (same == null) {
          entries.add(new Builder(entry.district(), keys, entry.code()));
        } else {
          same.keys.addAll(keys);
          same.codes.add(entry.code());
        }
      }
      for (String spelling : spellings) {
        String key = OfficeRouter.districtKey(spelling);
        if (key.isEmpty()) {
          continue;
        }
        Builder same = entries.stream().filter(b -> b.keys.contains(key)).findFirst()
            .or(() -> entries.stream().filter(b -> b.keys.stream().anyMatch(k -> OfficeRouter.matches(spelling, k)))
                .findFirst())
            .orElse(null);
        if (same == null) {
          entries.add(new Builder(spelling, new LinkedHashSet<>(List.of(key)), null));
        } else {
          same.keys.add(key);
        }
      }
      result.put(region, entries.stream().map(Builder::build)
          .sorted((a, b) -> order.compare(a.name(), b.name())).toList());
    }
    return result;
  }

  /** The Kazakh alphabet's order (the JDK has no Kazakh collation: Қ, Ә, Ұ ... would sort after Я). */
  static Collator kazakhOrder() {
    String alphabet = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    StringBuilder rules = new StringBuilder("< ' ' < '-' < '.'");
    for (char letter : alphabet.toCharArray()) {
      rules.append(" < ").append(letter).append(',').append(Character.toUpperCase(letter));
    }
    try {
      return new java.text.RuleBasedCollator(rules.toString());
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Builder {
    final String name;
    final Set<String> keys;
    final List<String> codes = new ArrayList<>();

    Builder(String name, Set<String> keys, String code) {
      this.name = name;
      this.keys = keys;
      if (code != null) {
        codes.add(code);
      }
    }

    District build() {
      return new District(name, Set.copyOf(keys), List.copyOf(codes));
    }
  }
}
