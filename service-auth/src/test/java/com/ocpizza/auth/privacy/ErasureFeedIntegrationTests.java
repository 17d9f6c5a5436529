package com.ocpizza.auth.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.account.Account;
import com.ocpizza.common.feed.FeedEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

class ErasureFeedIntegrationTests extends AuthIntegrationTest {

  @Autowired ErasureFeedConsumer consumer;
  @Autowired TransactionTemplate transaction;

  @Test
  void anErasedCustomerCanNoLongerSignInAndTheClosingIsPublished() {
    Account account = customer(email("erased"));

    apply(account.publicId());
    apply(account.publicId());

    assertThat(accounts.findByPublicId(account.publicId()).orElseThrow().isEnabled()).isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM event_outbox WHERE type = 'UserDisabled' AND aggregate_id = ?")
                .param(account.publicId())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anErasureOfAPhoneCustomerWithoutAccountChangesNothing() {
    Account account = customer(email("kept"));

    transaction.executeWithoutResult(
        status ->
            consumer.apply(
                new FeedEvent(
                    1,
                    "CustomerErased",
                    "c",
                    Instant.now(),
                    new JsonMapper().readTree("{\"customerId\":\"c\",\"accountId\":null}"))));

    assertThat(accounts.findByPublicId(account.publicId()).orElseThrow().isEnabled()).isTrue();
  }

  private void apply(String accountId) {
    FeedEvent event =
        new FeedEvent(
            1,
            "CustomerErased",
            "customer-1",
            Instant.now(),
            new JsonMapper()
                .readTree(
                    "{\"customerId\":\"customer-1\",\"accountId\":\""
                        + accountId
                        + "\",\"erasedAt\":\"2026-11-29T19:00:00Z\"}"));
    transaction.executeWithoutResult(status -> consumer.apply(event));
  }
}
