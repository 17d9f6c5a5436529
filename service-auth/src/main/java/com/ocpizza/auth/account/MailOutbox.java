package com.ocpizza.auth.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in {@code mail_outbox}, in the transaction that decided to send them, for a mailer
 * to relay. Each one is logged; the body (which may hold a single-use link) only where {@code
 * ocpizza.auth.mail.log-bodies} is on, as it is locally.
 */
@Component
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  /** Whether mail bodies, links included, appear in the log (never in production). */
  @ConfigurationProperties("ocpizza.auth.mail")
  public record Properties(boolean logBodies) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Properties properties;

  MailOutbox(JdbcClient jdbc, Clock clock, Properties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /** Queues one e-mail; must run inside the transaction of the change it reports. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void send(String recipient, String subject, String body) {
    jdbc.sql("INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
        .params(recipient, subject, body, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    if (properties.logBodies()) {
      log.info("Mail to {} queued: {}\n{}", recipient, subject, body);
    } else {
      log.info("Mail to {} queued: {}", recipient, subject);
    }
  }
}
