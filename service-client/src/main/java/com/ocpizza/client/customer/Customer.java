package com.ocpizza.client.customer;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer of the chain: registered online (linked to an auth account) or known by phone at the
 * counter. Owns its addresses; exactly one of them is the default once there is any.
 */
@Entity
@Table(name = "customer")
public class Customer {

  /** At most this many addresses per customer: enough for home, work and family. */
  static final int MAX_ADDRESSES = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  private String accountId;
  private String email;
  private String firstName;
  private String lastName;
  private String phone;
  private Long preferredPizzeriaId;
  private boolean marketingConsent;
  private Instant marketingConsentAt;

  @Enumerated(EnumType.STRING)
  private CustomerStatus status;

  private Instant createdAt;
  private Instant erasedAt;

  @Version private long version;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Address> addresses = new ArrayList<>();

  protected Customer() {}

  private Customer(String firstName, String lastName, String phone, Instant at) {
    this.publicId = UUID.randomUUID().toString();
    this.firstName = firstName;
    this.lastName = lastName;
    this.phone = phone;
    this.status = CustomerStatus.ACTIVE;
    this.createdAt = at;
  }

  /** A customer who registered online; the phone is already normalised or null. */
  static Customer registered(
      String accountId, String email, String firstName, String lastName, String phone, Instant at) {
    Customer customer = new Customer(firstName, lastName, phone, at);
    customer.accountId = accountId;
    customer.email = email;
    return customer;
  }

  /** A customer who ordered by phone or at the counter and has no account. */
  static Customer byPhone(String firstName, String lastName, String phone, Instant at) {
    return new Customer(firstName, lastName, phone, at);
  }

  /** Links this phone customer to the account they just registered, keeping their history. */
  void linkAccount(
      String accountId, String email, String firstName, String lastName, String phone) {
    if (this.accountId != null) {
      throw new ConflictException("This customer already has an account.");
    }
    this.accountId = accountId;
    this.email = email;
    this.firstName = firstName;
    this.lastName = lastName;
    if (phone != null) {
      this.phone = phone;
    }
  }

  void updateProfile(
      String firstName,
      String lastName,
      String phone,
      Long preferredPizzeriaId,
      boolean marketingConsent,
      Instant at) {
    requireActive();
    this.firstName = firstName;
    this.lastName = lastName;
    this.phone = phone;
    this.preferredPizzeriaId = preferredPizzeriaId;
    if (marketingConsent != this.marketingConsent) {
      this.marketingConsent = marketingConsent;
      this.marketingConsentAt = at;
    }
  }

  Address addAddress(AddressDetails details, boolean makeDefault) {
    requireActive();
    if (addresses.size() >= MAX_ADDRESSES) {
      throw new ConflictException("A customer keeps at most " + MAX_ADDRESSES + " addresses.");
    }
    Address address = new Address(this, details);
    addresses.add(address);
    if (makeDefault || addresses.size() == 1) {
      makeDefault(address.publicId());
    }
    return address;
  }

  Address changeAddress(String addressId, AddressDetails details) {
    requireActive();
    Address address = address(addressId);
    address.change(details);
    return address;
  }

  void removeAddress(String addressId) {
    requireActive();
    Address address = address(addressId);
    addresses.remove(address);
    if (address.isDefault() && !addresses.isEmpty()) {
      addresses.get(0).markDefault(true);
    }
  }

  void makeDefault(String addressId) {
    Address chosen = address(addressId);
    addresses.forEach(address -> address.markDefault(address == chosen));
  }

  /** The address with this public id; unknown or another customer's → not found. */
  Address address(String addressId) {
    return addresses.stream()
        .filter(address -> address.publicId().equals(addressId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No such address."));
  }

  void disable() {
    if (status == CustomerStatus.ACTIVE) {
      status = CustomerStatus.DISABLED;
    }
  }

  /**
   * Erases every personal detail for good; the profile keeps only its public id so that the
   * non-personal statistics attached to it stay consistent.
   */
  void erase(Instant at) {
    if (status == CustomerStatus.ERASED) {
      return;
    }
    accountId = null;
    email = null;
    firstName = null;
    lastName = null;
    phone = null;
    preferredPizzeriaId = null;
    marketingConsent = false;
    marketingConsentAt = null;
    addresses.clear();
    status = CustomerStatus.ERASED;
    erasedAt = at;
  }

  private void requireActive() {
    if (status != CustomerStatus.ACTIVE) {
      throw new ConflictException("This customer profile is " + status.name().toLowerCase() + ".");
    }
  }

  Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  String accountId() {
    return accountId;
  }

  boolean hasAccount() {
    return accountId != null;
  }

  CustomerStatus status() {
    return status;
  }

  List<AddressView> addressViews() {
    return addresses.stream().map(Address::view).toList();
  }

  CustomerView view() {
    return new CustomerView(
        publicId,
        email,
        firstName,
        lastName,
        phone,
        preferredPizzeriaId,
        marketingConsent,
        marketingConsentAt,
        hasAccount(),
        status.name(),
        createdAt,
        addressViews());
  }
}
