package kz.qyzmet.complaints;

import java.time.OffsetDateTime;

/**
 * The talon that confirms a complaint's registration (item 25, S01 lines 776-782): its number and date, who registered
 * it, who reviews it, when the answer is due and where to follow the review. The answer itself goes by post.
 */
public record Talon(String number, OffsetDateTime registeredAt, String registeredBy, String reviewBody,
    OffsetDateTime answerDue, String follow, String answerBy, String caseBusinessKey) {}
