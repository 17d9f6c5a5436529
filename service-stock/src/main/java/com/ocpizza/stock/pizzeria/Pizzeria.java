package com.ocpizza.stock.pizzeria;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.stock.system.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pizzeria of the chain. It opens some time after it is registered, delivers to the postcodes of
 * its area for a fee, and is open now when its status is OPEN and the Paris time falls in one of
 * its services.
 */
@Entity
class Pizzeria {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Embedded private Address address;

  private String phone;

  private String siret;

  @Enumerated(EnumType.STRING)
  private PizzeriaStatus status;

  @ElementCollection
  @CollectionTable(name = "pizzeria_opening_range", joinColumns = @JoinColumn(name = "pizzeria_id"))
  private List<OpeningRange> openingRanges = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "pizzeria_delivery_postcode",
      joinColumns = @JoinColumn(name = "pizzeria_id"))
  @Column(name = "postcode")
  private Set<String> deliveryPostcodes = new HashSet<>();

  private BigDecimal deliveryFee;

  @Version private long version;

  protected Pizzeria() {}

  /** A pizzeria about to open. */
  Pizzeria(
      String name,
      Address address,
      String phone,
      String siret,
      OpeningHours hours,
      DeliveryArea area) {
    describe(name, address, phone, siret);
    changeHours(hours);
    changeDeliveryArea(area);
    this.status = PizzeriaStatus.OPENING_SOON;
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  Address address() {
    return address;
  }

  String phone() {
    return phone;
  }

  String siret() {
    return siret;
  }

  PizzeriaStatus status() {
    return status;
  }

  OpeningHours openingHours() {
    return new OpeningHours(openingRanges);
  }

  DeliveryArea deliveryArea() {
    return new DeliveryArea(deliveryPostcodes, deliveryFee);
  }

  void describe(String name, Address address, String phone, String siret) {
    if (!Siret.isValid(siret)) {
      throw new InvalidRequestException("siret", "is not a valid SIRET number");
    }
    this.name = name.strip();
    this.address = address;
    this.phone = phone.strip();
    this.siret = siret;
  }

  void changeHours(OpeningHours hours) {
    openingRanges.clear();
    openingRanges.addAll(hours.ranges());
  }

  void changeDeliveryArea(DeliveryArea area) {
    deliveryPostcodes.clear();
    deliveryPostcodes.addAll(area.postcodes());
    deliveryFee = area.fee().setScale(2, RoundingMode.HALF_UP);
  }

  /** Starts taking orders, for the first time or again after a closure. */
  void open() {
    if (status == PizzeriaStatus.OPEN) {
      throw new ConflictException(name + " is already open.");
    }
    status = PizzeriaStatus.OPEN;
  }

  /** Stops taking orders until it opens again. */
  void close() {
    if (status == PizzeriaStatus.CLOSED) {
      throw new ConflictException(name + " is already closed.");
    }
    status = PizzeriaStatus.CLOSED;
  }

  boolean isOpenAt(Instant instant) {
    return status == PizzeriaStatus.OPEN
        && openingHours().isOpenAt(LocalDateTime.ofInstant(instant, PARIS));
  }

  /** The delivery area: the postcodes delivered (sorted), and the delivery fee excl. VAT. */
  record DeliveryArea(Set<String> postcodes, BigDecimal fee) {

    DeliveryArea {
      if (fee.signum() < 0) {
        throw new InvalidRequestException("deliveryArea.fee", "must not be negative");
      }
      postcodes = Collections.unmodifiableSortedSet(new TreeSet<>(postcodes));
    }
  }
}
