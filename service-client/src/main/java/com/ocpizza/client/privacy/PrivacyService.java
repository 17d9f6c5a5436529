package com.ocpizza.client.privacy;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.client.customer.CustomerService.Erased;
import com.ocpizza.client.customer.CustomerView;
import com.ocpizza.client.statistics.CustomerStatistics;
import com.ocpizza.client.statistics.OrderHistory;
import com.ocpizza.client.statistics.OrderHistory.PastOrder;
import com.ocpizza.common.feed.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's rights over their data: an export of everything this service holds about them, and
 * an irreversible erasure that other services hear about through {@code CustomerErased}.
 */
@Service
@Transactional
class PrivacyService {

  private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

  /** Everything held about a customer, as they download it. */
  record DataExport(
      Instant exportedAt,
      CustomerView profile,
      CustomerStatistics statistics,
      List<PastOrder> orders) {}

  /** A customer's personal data were erased; services holding copies erase theirs. */
  record CustomerErased(String customerId, String accountId, Instant erasedAt) {}

  private final CustomerService customers;
  private final OrderHistory history;
  private final Outbox outbox;
  private final JdbcClient jdbc;
  private final Clock clock;

  PrivacyService(
      CustomerService customers,
      OrderHistory history,
      Outbox outbox,
      JdbcClient jdbc,
      Clock clock) {
    this.customers = customers;
    this.history = history;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  DataExport export(String accountId) {
    CustomerView profile = customers.profileOf(accountId);
    long id = customers.internalIdOf(profile.id()).orElseThrow();
    return new DataExport(
        clock.instant(), profile, history.statistics(id, profile.id()), history.ordersOf(id));
  }

  void erase(String accountId) {
    Erased erased = customers.erase(accountId);
    Instant at = clock.instant();
    jdbc.sql("INSERT INTO erasure_log (customer_public_id, erased_at) VALUES (?, ?)")
        .params(erased.customerId(), Timestamp.from(at))
        .update();
    outbox.append(
        "CustomerErased",
        erased.customerId(),
        new CustomerErased(erased.customerId(), erased.accountId(), at));
    log.info("Customer {} erased at their request", erased.customerId());
  }
}
