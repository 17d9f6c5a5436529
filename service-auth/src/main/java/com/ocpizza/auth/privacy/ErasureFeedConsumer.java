package com.ocpizza.auth.privacy;

import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.UserDisabled;
import com.ocpizza.auth.token.IssuedTokens;
import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.common.feed.Outbox;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A customer who asked the client service to erase their data can no longer sign in: on {@code
 * CustomerErased} their account is closed and every session revoked. Following the feed means an
 * erasure is never lost if this service was down when it happened.
 */
@Component
class ErasureFeedConsumer implements FeedConsumer {

  static final String ACTOR = "customer-erasure";

  private final AccountRepository accounts;
  private final IssuedTokens issuedTokens;
  private final Outbox outbox;
  private final Clock clock;

  ErasureFeedConsumer(
      AccountRepository accounts, IssuedTokens issuedTokens, Outbox outbox, Clock clock) {
    this.accounts = accounts;
    this.issuedTokens = issuedTokens;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public String source() {
    return "client";
  }

  @Override
  public void apply(FeedEvent event) {
    if (!"CustomerErased".equals(event.type())) {
      return;
    }
    String accountId = event.payload().path("accountId").asString(null);
    if (accountId == null) {
      return;
    }
    accounts
        .findByPublicId(accountId)
        .filter(account -> account.isEnabled())
        .ifPresent(
            account -> {
              account.disable(ACTOR, clock.instant());
              outbox.append(
                  UserDisabled.TYPE,
                  account.publicId(),
                  new UserDisabled(account.publicId(), account.disabledAt()));
              issuedTokens.revokeAllOf(account.publicId());
            });
  }
}
