package kz.qyzmet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account, from {@code QYZMET_ADMIN_USER} and {@code QYZMET_ADMIN_PASSWORD} in every profile.
 * Only the default (dev) profile has fallbacks for them (application-default.yaml).
 */
@ConfigurationProperties("qyzmet.administrator")
public record AdministratorProperties(String user, String password) {}
