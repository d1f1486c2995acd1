package kz.qyzmet.documents;

import java.time.Instant;

/**
 * A document handed to the applicant, as stored: its kind ({@code receipt}, {@code refusalReceipt},
 * {@code complaintTalon}, or the result code of the catalogue such as {@code tsaCertificate}), language (kk, ru), and
 * the SHA-256 of its PDF (null until the PDF is rendered on the first read, {@link DocumentPdfs}).
 *
 * @param businessKey the case (or the complaint) it belongs to
 * @param caseKey the case a complaint's talon refers to; null otherwise
 */
public record IssuedDocument(String id, String businessKey, String caseKey, String kind, String language, String title,
    Instant issuedAt, String sha256) {}
