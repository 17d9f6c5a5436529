package com.ocpizza.stock.supplier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A company the pizzerias buy ingredients from. */
@Entity
class Supplier {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String email;
  private String phone;

  @Version private long version;

  protected Supplier() {}

  Supplier(String name, String email, String phone) {
    describe(name, email, phone);
  }

  void describe(String name, String email, String phone) {
    this.name = name.strip();
    this.email = email.strip();
    this.phone = phone.strip();
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  String email() {
    return email;
  }

  String phone() {
    return phone;
  }
}
