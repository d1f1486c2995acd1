package kz.qyzmet.operations;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code connectionPool}: OUT_OF_SERVICE while requests wait for a database connection and none is
 * free (they get 503 with Retry-After, {@link DatabaseBusy}), UP otherwise, with the pool's counts as details. It reads
 * the pool's own counters and needs no connection, so it answers at once when the pool is dry (the {@code db}
 * component waits for a connection); it is part of the readiness group, so a load balancer stops sending requests to
 * the node until connections are free again, while liveness (the container's health check) stays UP.
 */
@Component("connectionPool")
class ConnectionPoolHealth implements HealthIndicator {

  private final DataSource dataSource;

  ConnectionPoolHealth(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Health health() {
    HikariDataSource hikari;
    try {
      hikari = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      hikari = null;
    }
    HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
    if (pool == null) {
      return Health.unknown().withDetail("reason", "no Hikari connection pool (yet)").build();
    }
    int active = pool.getActiveConnections();
    int idle = pool.getIdleConnections();
    int waiting = pool.getThreadsAwaitingConnection();
    int maximum = hikari.getMaximumPoolSize();
    Health.Builder health = waiting > 0 && idle == 0 ? Health.outOfService()
        .withDetail("reason", "all " + active + " database connections are in use and " + waiting
            + " request(s) wait for one; requests are answered 503 with Retry-After")
        : Health.up();
    return health.withDetail("active", active).withDetail("idle", idle).withDetail("waiting", waiting)
        .withDetail("maximum", maximum).build();
  }
}
