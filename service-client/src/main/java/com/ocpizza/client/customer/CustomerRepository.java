package com.ocpizza.client.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Customers by their public id, account, phone or name. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

  Optional<Customer> findByPublicId(String publicId);

  Optional<Customer> findByAccountId(String accountId);

  /** Phone customers (no account yet) who could be the person registering now. */
  @Query(
      "select c from Customer c where c.accountId is null and c.status = 'ACTIVE'"
          + " and ((:phone is not null and c.phone = :phone) or (:email is not null and c.email = :email))"
          + " order by c.id")
  List<Customer> findLinkCandidates(String phone, String email);

  @Query(
      "select c from Customer c where c.status = 'ACTIVE' and c.phone = :phone order by c.lastName")
  Page<Customer> findActiveByPhone(String phone, Pageable page);

  @Query(
      "select c from Customer c where c.status = 'ACTIVE' and (lower(c.lastName) like :prefix"
          + " or lower(c.firstName) like :prefix or lower(c.email) like :prefix)"
          + " order by c.lastName, c.firstName")
  Page<Customer> findActiveByNamePrefix(String prefix, Pageable page);
}
