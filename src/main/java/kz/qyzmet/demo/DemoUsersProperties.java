package kz.qyzmet.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo users of each role; enabled only in the default (embedded, dev) profile. */
@ConfigurationProperties("qyzmet.demo-users")
public record DemoUsersProperties(boolean enabled, String password) {}
