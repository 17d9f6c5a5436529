package com.ocpizza.client.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of a customer's named delivery addresses; part of the customer aggregate. */
@Entity
@Table(name = "customer_address")
class Address {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String label;
  private String street;
  private String complement;
  private String postcode;
  private String city;
  private String instructions;

  @Column(name = "is_default")
  private boolean preferred;

  protected Address() {}

  Address(Customer customer, AddressDetails details) {
    this.publicId = UUID.randomUUID().toString();
    this.customer = customer;
    change(details);
  }

  void change(AddressDetails details) {
    this.label = details.label().strip();
    this.street = details.street().strip();
    this.complement = blankToNull(details.complement());
    this.postcode = details.postcode();
    this.city = details.city().strip();
    this.instructions = blankToNull(details.instructions());
  }

  void markDefault(boolean preferred) {
    this.preferred = preferred;
  }

  String publicId() {
    return publicId;
  }

  boolean isDefault() {
    return preferred;
  }

  AddressView view() {
    return new AddressView(
        publicId, label, street, complement, postcode, city, instructions, preferred);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
