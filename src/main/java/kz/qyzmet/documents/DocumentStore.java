package kz.qyzmet.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issued documents in {@code qyzmet.issued_document}: inserted once with their XHTML, in the caller's transaction (the
 * engine's, when a case step issues the document), never deleted; the PDF rendered from that XHTML is written once, by
 * the first read ({@link #keepPdf}), and never changed.
 */
@Component
public class DocumentStore {

  private static final String TABLE = "\"qyzmet\".issued_document";
  private static final String COLUMNS = "id, business_key, case_key, kind, language, title, issued_at, sha256";

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A document issued as its XHTML; its PDF (and the PDF's SHA-256) come with the first read. */
  void insert(IssuedDocument document, String xhtml) {
    jdbc.sql("insert into " + TABLE + " (" + COLUMNS + ", xhtml) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(document.id(), document.businessKey(), document.caseKey(), document.kind(), document.language(),
            document.title(), Timestamp.from(document.issuedAt()), null, xhtml)
        .update();
  }

  /** The XHTML a document was issued as. */
  String xhtml(String id) {
    return jdbc.sql("select xhtml from " + TABLE + " where id = ?").param(id).query(String.class).single();
  }

  /**
   * Keeps the PDF rendered for a document that has none yet; false when another read kept one first (its bytes
   * stay: a document's PDF never changes once kept).
   */
  boolean keepPdf(String id, byte[] content) {
    return jdbc.sql("update " + TABLE + " set content = ?, sha256 = ? where id = ? and content is null")
        .params(content, sha256(content), id).update() == 1;
  }

  /** The documents of a case: its own and the talons of complaints about it, oldest first. */
  public List<IssuedDocument> list(String businessKey) {
    return jdbc.sql("select " + COLUMNS + " from " + TABLE + " where business_key = ? or case_key = ?"
            + " order by issued_at, kind").params(businessKey, businessKey).query(DocumentStore::row).list();
  }

  public Optional<IssuedDocument> find(String businessKey, String kind, String language) {
    return jdbc.sql("select " + COLUMNS + " from " + TABLE + " where business_key = ? and kind = ? and language = ?")
        .params(businessKey, kind, language).query(DocumentStore::row).optional();
  }

  public Optional<IssuedDocument> byId(String id) {
    return jdbc.sql("select " + COLUMNS + " from " + TABLE + " where id = ?").param(id).query(DocumentStore::row)
        .optional();
  }

  /** The PDF kept for a document; empty while nobody has read it yet. */
  Optional<byte[]> content(String id) {
    List<byte[]> content = jdbc.sql("select content from " + TABLE + " where id = ?").param(id)
        .query((rs, n) -> rs.getBytes(1)).list(); // one row, its content null until the first read
    return content.isEmpty() ? Optional.empty() : Optional.ofNullable(content.get(0));
  }

  private static IssuedDocument row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new IssuedDocument(rs.getString("id"), rs.getString("business_key"), rs.getString("case_key"),
        rs.getString("kind"), rs.getString("language"), rs.getString("title"),
        rs.getTimestamp("issued_at").toInstant(), rs.getString("sha256"));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static Instant now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }
}
