package kz.qyzmet.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The directory in the application's own table {@code qyzmet.office} (Flyway, see db/migration). */
@Component
public class OfficeStore {

  private static final String TABLE = "\"qyzmet\".office";

  /** What a load changed. */
  public record LoadResult(int inserted, int updated, int deleted, int unchanged) {}

  /** One page of offices and the number of all that match. */
  public record Page(List<Office> items, long total, int page, int size) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public OfficeStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Makes the table hold exactly {@code offices}: new ones inserted, changed ones updated, others deleted. */
  @Transactional
  public LoadResult load(List<Office> offices) {
    Map<String, String> hashes = jdbc.sql("select id, content_hash from " + TABLE)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (int i = 0; i < offices.size(); i++) {
      Office o = offices.get(i);
      String data = write(o);
      String hash = sha256(data);
      String existing = hashes.get(o.id());
      if (existing == null) {
        jdbc.sql("insert into " + TABLE + " (id, kind, region, kato, district, name, sort_key, data, content_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(o.id(), o.kind().name(), o.region(), o.kato(), o.district(), o.name(), i, data, hash).update();
        inserted++;
      } else if (!existing.equals(hash)) {
        jdbc.sql("update " + TABLE + " set kind = ?, region = ?, kato = ?, district = ?, name = ?, sort_key = ?,"
                + " data = ?, content_hash = ? where id = ?")
            .params(o.kind().name(), o.region(), o.kato(), o.district(), o.name(), i, data, hash, o.id()).update();
        updated++;
      } else {
        jdbc.sql("update " + TABLE + " set sort_key = ? where id = ? and sort_key <> ?").params(i, o.id(), i).update();
        unchanged++;
      }
    }
    Set<String> ids = offices.stream().map(Office::id).collect(Collectors.toSet());
    int deleted = 0;
    for (String id : hashes.keySet()) {
      if (!ids.contains(id)) {
        deleted += jdbc.sql("delete from " + TABLE + " where id = ?").param(id).update();
      }
    }
    return new LoadResult(inserted, updated, deleted, unchanged);
  }

  public List<Office> all() {
    return jdbc.sql("select data from " + TABLE + " order by sort_key").query((rs, n) -> read(rs.getString(1))).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from " + TABLE).query(Long.class).single();
  }

  public Optional<Office> find(String id) {
    return jdbc.sql("select data from " + TABLE + " where id = ?").param(id)
        .query((rs, n) -> read(rs.getString(1))).optional();
  }

  /**
   * Offices by kind, region and a text in the name, district, id or address (each optional), in directory order.
   */
  public Page search(OfficeKind kind, Region region, String q, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (kind != null) {
      where.append(" and kind = ?");
      params.add(kind.name());
    }
    if (region != null) {
      where.append(" and region = ?");
      params.add(region.nameKk());
    }
    if (q != null && !q.isBlank()) {
      // case-insensitive where the database's lower() knows Cyrillic (H2; PostgreSQL with a non-C ctype)
      // and in the rest of the record (its JSON): the address and settlement a clerk knows (Жетісай, Шәуілдір)
      where.append(" and (lower(name) like lower(?) or lower(district) like lower(?) or id like ?"
          + " or lower(data) like lower(?))");
      String like = "%" + q.strip() + "%";
      params.add(like);
      params.add(like);
      params.add(like);
      params.add(like);
    }
    long total = jdbc.sql("select count(*) from " + TABLE + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<Office> items = jdbc.sql("select data from " + TABLE + where + " order by sort_key limit ? offset ?")
        .params(pageParams).query((rs, n) -> read(rs.getString(1))).list();
    return new Page(items, total, page, size);
  }

  private String write(Office office) {
    try {
      return json.writeValueAsString(office);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Office read(String data) {
    try {
      return json.readValue(data, Office.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable office record: " + e.getMessage(), e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
