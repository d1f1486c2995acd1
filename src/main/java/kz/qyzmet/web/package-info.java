/**
 * What Qyzmet's servlet filters share, whichever feature they serve: their registration and the problem+json they
 * answer a refused request with ({@link kz.qyzmet.web.Filters}).
 */
package kz.qyzmet.web;
