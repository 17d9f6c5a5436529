package com.ocpizza.auth.account;

import com.ocpizza.common.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of accounts for their owners. */
@Service
@Transactional(readOnly = true)
class AccountQueries {

  private final AccountRepository accounts;

  AccountQueries(AccountRepository accounts) {
    this.accounts = accounts;
  }

  MeResponse me(String publicId) {
    return accounts
        .findByPublicId(publicId)
        .filter(Account::isEnabled)
        .map(MeResponse::of)
        .orElseThrow(() -> new NotFoundException("This account no longer exists."));
  }
}
