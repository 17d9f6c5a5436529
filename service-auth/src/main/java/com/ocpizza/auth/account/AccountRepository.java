package com.ocpizza.auth.account;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Accounts by e-mail (login), by public id (tokens) and staff listings. */
public interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByEmail(String normalisedEmail);

  Optional<Account> findByPublicId(String publicId);

  boolean existsByEmail(String normalisedEmail);

  @Query(
      value =
          "select distinct a from Account a join a.roles r where r in :roles"
              + " and (:pizzeriaId is null or a.pizzeriaId = :pizzeriaId)",
      countQuery =
          "select count(distinct a) from Account a join a.roles r where r in :roles"
              + " and (:pizzeriaId is null or a.pizzeriaId = :pizzeriaId)")
  Page<Account> findHolding(Collection<Role> roles, Long pizzeriaId, Pageable page);
}
