package kz.qyzmet.directory.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses in the decree's contact cells, and the text glued across fields there: a site after the house number
 * in the address cell (most akimats, e.g. "Жетісай қаласы, М. Әуезов көшесі, 20 maktaaral.kz"), a site glued to an
 * e-mail ("karkaraly.kzkarkar_orgotdel@mail.ru", line 43998; "aral_akimat@mail.ruaralakimat.kz", lines 44205-44206), a site
 * or the next annex's title in the phone cell ("8-7142- 50-06-16 , www.kostanay.kz", line 42908; "8 (7272) 79-58-01
 * «Мемлекеттік базалық зейнетақы ...» ... стандартына", line 2480). Each is moved to the field it belongs to and the
 * repair is flagged; what cannot be read stays as printed and is flagged as malformed.
 */
final class WebSites {

  private WebSites() {}

  /** A top-level domain followed by more letters: where a site's domain runs into the next text. */
  private static final Pattern GLUED = Pattern.compile("\\.(kz|ru|com)(?=[a-z])");

  /** A token of the address cell that is a web address as printed (also a malformed one: "osak_акимат.kz"). */
  private static final Pattern SITE_TOKEN = Pattern.compile("(?iu),?[^\\s@,;«»]+\\.(kz|ru|com|net|org)/?");

  /** A web address inside other text (the phone cell). */
  private static final Pattern SITE_IN_TEXT =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:kz|ru|com)\\b");

  /** A well-formed web address: host name labels of Latin letters, digits and hyphens, a known top-level domain. */
  static final Pattern SITE = Pattern.compile(
      "(?i)(?:https?://)?(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
          + "\\.(?:kz|ru|com|net|org)/?");

  /** A well-formed e-mail address (one). */
  static final Pattern EMAIL =
      Pattern.compile("[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:kz|ru|com|net|org)");

  /** An e-mail and the sites that were glued to it. */
  record Split(String email, List<String> sites) {}

  /** Splits a site off an e-mail it was glued to, before the local part or after the domain. */
  static Split split(String email) {
    int at = email.indexOf('@');
    if (at < 0) {
      return new Split(email, List.of());
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    List<String> sites = new ArrayList<>();
    Matcher before = GLUED.matcher(local);
    if (before.find()) {
      sites.add(local.substring(0, before.end()));
      local = local.substring(before.end());
    }
    Matcher after = GLUED.matcher(domain);
    if (after.find()) {
      sites.add(domain.substring(after.end()));
      domain = domain.substring(0, after.end());
    }
    return new Split(local + "@" + domain, sites);
  }

  /**
   * The address without the web addresses printed after it (added to {@code sites}); a site with a space in its
   * domain ("katon-karagay.vko.go .kz") is kept as printed.
   */
  static String fromAddress(String address, List<String> sites) {
    List<String> tokens = new ArrayList<>(List.of(address.strip().split("\\s+")));
    List<String> found = new ArrayList<>();
    while (tokens.size() > 1) {
      String last = tokens.get(tokens.size() - 1);
      String before = tokens.get(tokens.size() - 2);
      if (last.matches("\\.(kz|ru|com)") && tokens.size() > 2 && before.matches("[A-Za-z0-9._-]+")) {
        found.add(0, before + " " + last);
        tokens.remove(tokens.size() - 1);
        tokens.remove(tokens.size() - 1);
      } else if (SITE_TOKEN.matcher(last).matches()) {
        found.add(0, last.replaceFirst("^,", ""));
        tokens.remove(tokens.size() - 1);
      } else {
        break;
      }
    }
    sites.addAll(found);
    return String.join(" ", tokens).replaceAll("(\\s*[,;])+$", "").strip();
  }

  /** The phone without the next annex's title or a web address printed in its cell; repairs flagged. */
  static String fromPhone(String phone, List<String> sites, Set<String> flags) {
    int title = phone.indexOf('«');
    if (title >= 0 && phone.contains("стандарт")) {
      phone = phone.substring(0, title);
      flags.add("nextAnnexTitleInPhone");
    }
    Matcher site = SITE_IN_TEXT.matcher(phone);
    StringBuilder rest = new StringBuilder();
    while (site.find()) {
      sites.add(site.group());
      site.appendReplacement(rest, "");
      flags.add("webSiteInPhone");
    }
    site.appendTail(rest);
    return rest.toString().replaceAll("[\\s,;]+$", "").strip();
  }
}
