package com.ocpizza.client.customer;

import com.ocpizza.client.customer.CustomerEvents.CustomerRegistered;
import com.ocpizza.common.feed.Outbox;
import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer profiles: created from registrations and at the counter, kept by their owners. */
@Service
@Transactional
public class CustomerService {

  private final CustomerRepository customers;
  private final Outbox outbox;
  private final Clock clock;

  CustomerService(CustomerRepository customers, Outbox outbox, Clock clock) {
    this.customers = customers;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * A person registered online. If counter staff already know them by the same phone or e-mail,
   * that profile is linked to the account instead of creating a second one. Replays change nothing.
   */
  public void accountRegistered(
      String accountId, String email, String firstName, String lastName, String rawPhone) {
    if (customers.findByAccountId(accountId).isPresent()) {
      return;
    }
    String phone = rawPhone == null ? null : PhoneNumbers.normalise(rawPhone).orElse(null);
    String normalisedEmail = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    Optional<Customer> known =
        customers.findLinkCandidates(phone, normalisedEmail).stream().findFirst();
    if (known.isPresent()) {
      known.get().linkAccount(accountId, normalisedEmail, firstName, lastName, phone);
      return;
    }
    Customer customer =
        customers.save(
            Customer.registered(
                accountId, normalisedEmail, firstName, lastName, phone, clock.instant()));
    outbox.append(
        "CustomerRegistered",
        customer.publicId(),
        new CustomerRegistered(customer.publicId(), accountId, "WEB", null, clock.instant()));
  }

  /** The account was disabled in auth: the profile follows. */
  public void accountDisabled(String accountId) {
    customers.findByAccountId(accountId).ifPresent(Customer::disable);
  }

  @Transactional(readOnly = true)
  public CustomerView profileOf(String accountId) {
    return mine(accountId).view();
  }

  CustomerView updateProfile(String accountId, ProfileUpdate update) {
    Customer customer = mine(accountId);
    customer.updateProfile(
        update.firstName().strip(),
        update.lastName().strip(),
        update.phone() == null || update.phone().isBlank()
            ? null
            : InvalidFieldException.phone(update.phone()),
        update.preferredPizzeriaId(),
        update.marketingConsent(),
        clock.instant());
    return customer.view();
  }

  @Transactional(readOnly = true)
  List<AddressView> addressesOf(String accountId) {
    return mine(accountId).addressViews();
  }

  AddressView addAddress(String accountId, AddressDetails details) {
    Customer customer = mine(accountId);
    Address address = customer.addAddress(details, false);
    customers.flush();
    return address.view();
  }

  AddressView changeAddress(String accountId, String addressId, AddressDetails details) {
    return mine(accountId).changeAddress(addressId, details).view();
  }

  void removeAddress(String accountId, String addressId) {
    mine(accountId).removeAddress(addressId);
  }

  List<AddressView> makeDefault(String accountId, String addressId) {
    Customer customer = mine(accountId);
    customer.makeDefault(addressId);
    return customer.addressViews();
  }

  @Transactional(readOnly = true)
  CustomerPage search(String rawPhone, String query, int page, int size) {
    PageRequest request = PageRequest.of(page, size);
    Page<Customer> found;
    if (rawPhone != null && !rawPhone.isBlank()) {
      found = customers.findActiveByPhone(InvalidFieldException.phone(rawPhone), request);
    } else if (query != null && query.strip().length() >= 2) {
      String prefix = query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
      found = customers.findActiveByNamePrefix(prefix + "%", request);
    } else {
      throw new InvalidFieldException("q", "give a phone number or at least 2 letters of a name");
    }
    return new CustomerPage(
        found.map(Customer::view).getContent(), page, size, found.getTotalElements());
  }

  /** Counter staff create the profile of someone ordering by phone; one profile per number. */
  CustomerView createPhoneCustomer(PhoneCustomerRequest request, Long pizzeriaId) {
    String phone = InvalidFieldException.phone(request.phone());
    if (!customers.findActiveByPhone(phone, PageRequest.of(0, 1)).isEmpty()) {
      throw new ConflictException("A customer with this phone number already exists; find them.");
    }
    Customer customer =
        customers.save(
            Customer.byPhone(
                request.firstName().strip(), request.lastName().strip(), phone, clock.instant()));
    if (request.address() != null) {
      customer.addAddress(request.address(), true);
    }
    customers.flush();
    outbox.append(
        "CustomerRegistered",
        customer.publicId(),
        new CustomerRegistered(customer.publicId(), null, "PHONE", pizzeriaId, clock.instant()));
    return customer.view();
  }

  @Transactional(readOnly = true)
  public CustomerView customer(String customerId) {
    return byPublicId(customerId).view();
  }

  AddressView addAddressFor(String customerId, AddressDetails details) {
    Address address = byPublicId(customerId).addAddress(details, false);
    customers.flush();
    return address.view();
  }

  @Transactional(readOnly = true)
  AddressView addressOf(String customerId, String addressId) {
    return byPublicId(customerId).address(addressId).view();
  }

  /** The profile of the account, whatever its status; for export and erasure. */
  @Transactional(readOnly = true)
  public Optional<Customer> findByAccount(String accountId) {
    return customers.findByAccountId(accountId);
  }

  /** Who was erased: the profile's public id and the account it was linked to. */
  public record Erased(String customerId, long internalId, String accountId) {}

  /** Erases the personal data of the account's profile, for good. */
  public Erased erase(String accountId) {
    Customer customer = mine(accountId);
    Erased erased = new Erased(customer.publicId(), customer.id(), accountId);
    customer.erase(clock.instant());
    return erased;
  }

  /** The internal key of a customer, for read models kept beside the profile. */
  @Transactional(readOnly = true)
  public Optional<Long> internalIdOf(String customerId) {
    return customers.findByPublicId(customerId).map(Customer::id);
  }

  private Customer mine(String accountId) {
    Customer customer =
        customers
            .findByAccountId(accountId)
            .orElseThrow(
                () -> new NotFoundException("No customer profile for this account (yet)."));
    if (customer.status() == CustomerStatus.ERASED) {
      throw new NotFoundException("No customer profile for this account.");
    }
    return customer;
  }

  Customer byPublicId(String customerId) {
    return customers
        .findByPublicId(customerId)
        .filter(customer -> customer.status() != CustomerStatus.ERASED)
        .orElseThrow(() -> new NotFoundException("No such customer."));
  }
}
