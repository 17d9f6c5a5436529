package com.ocpizza.order.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease row per background job, so only one replica runs it at a time: taken with a conditional
 * update (the holder renews, anyone takes it once expired), which MySQL 8 and MariaDB 10.11 both
 * run atomically without {@code SKIP LOCKED}.
 */
@Component
public class JobLease {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String owner;

  JobLease(JdbcClient jdbc, Clock clock, Environment environment) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.owner =
        environment.getProperty("ocpizza.instance-id", "order")
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Whether this replica holds the job's lease for the next {@code ttl}. */
  public boolean acquire(String job, Duration ttl) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql("INSERT IGNORE INTO job_leases (name, owner, expires_at) VALUES (?, '', ?)")
        .params(job, now.minusSeconds(1))
        .update();
    return jdbc.sql(
                "UPDATE job_leases SET owner = ?, expires_at = ?"
                    + " WHERE name = ? AND (owner = ? OR expires_at < ?)")
            .params(owner, now.plus(ttl), job, owner, now)
            .update()
        == 1;
  }
}
