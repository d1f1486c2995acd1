package kz.qyzmet.complaints;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The review terms of a complaint. None of the 13 standards states one; standards 5-8 send complaints to "the terms of
 * the Law of 12 January 2007 No. 221 On the procedure for considering applications of individuals and legal entities"
 * (e.g. S05 line 16342). That law, art. 8 as in force in 2012: 15 calendar days from receipt, 30 calendar days where
 * information from other bodies or an on-site check is needed, the applicant being told of the extension.
 *
 * @param reviewDays calendar days to review a complaint (Law No. 221, art. 8 p. 1)
 * @param extendedReviewDays calendar days when the review needs other bodies' information or a check (art. 8 p. 2)
 * @param citation how diagrams and answers cite the law
 */
@ConfigurationProperties("qyzmet.complaints")
public record ComplaintTerms(int reviewDays, int extendedReviewDays, String citation) {

  public ComplaintTerms {
    if (reviewDays <= 0 || extendedReviewDays < reviewDays) {
      throw new IllegalArgumentException("qyzmet.complaints: review-days must be positive and extended-review-days at "
          + "least review-days (Law No. 221, art. 8), are " + reviewDays + " and " + extendedReviewDays);
    }
  }
}
