package com.ocpizza.auth.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who logs in, customer or staff: credentials, roles, pizzeria, and the failed-login count
 * that locks the account for a while after repeated mistakes.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false, length = 36)
  private String publicId;

  @Column(nullable = false)
  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  private String phone;

  @Column(name = "pizzeria_id")
  private Long pizzeriaId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "disabled_by", length = 36)
  private String disabledBy;

  @Version private long version;

  protected Account() {}

  private Account(
      String email,
      String passwordHash,
      PersonName name,
      String phone,
      Set<Role> roles,
      Long pizzeriaId,
      Instant createdAt) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An account holds at least one role");
    }
    boolean pizzeriaStaff = roles.stream().anyMatch(Role.PIZZERIA_STAFF::contains);
    if (pizzeriaStaff != (pizzeriaId != null)) {
      throw new IllegalArgumentException(
          "Pizzeria staff belong to exactly one pizzeria, everybody else to none");
    }
    this.publicId = UUID.randomUUID().toString();
    this.email = normalise(email);
    this.passwordHash = passwordHash;
    this.firstName = name.first();
    this.lastName = name.last();
    this.phone = phone;
    this.roles = EnumSet.copyOf(roles);
    this.pizzeriaId = pizzeriaId;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /** A customer who signed up with a password. */
  public static Account customer(
      String email, String passwordHash, PersonName name, String phone, Instant at) {
    return new Account(email, passwordHash, name, phone, EnumSet.of(Role.CUSTOMER), null, at);
  }

  /**
   * A staff member; without a password until they follow their invitation link, unless one is given
   * (demo accounts).
   */
  public static Account staff(
      String email,
      String passwordHash,
      PersonName name,
      String phone,
      Set<Role> roles,
      Long pizzeriaId,
      Instant at) {
    if (!Role.STAFF.containsAll(roles)) {
      throw new IllegalArgumentException("Staff hold staff roles only: " + roles);
    }
    return new Account(email, passwordHash, name, phone, roles, pizzeriaId, at);
  }

  /** The form an e-mail address is stored and compared in. */
  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a login may be tried now: enabled, not locked, and with a password set. */
  public boolean canLogInAt(Instant now) {
    return enabled && passwordHash != null && !isLockedAt(now);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code
   * lockFor}.
   *
   * @return whether this failure locked the account
   */
  public boolean recordFailedLogin(Instant at, int maxFailures, Duration lockFor) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lock(at.plus(lockFor));
      return true;
    }
    return false;
  }

  /** Refuses logins until the given instant, whatever the password. */
  public void lock(Instant until) {
    lockedUntil = until;
    failedLogins = 0;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** Sets a new password hash and lifts any lock: the owner proved who they are. */
  public void changePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
    recordSuccessfulLogin();
  }

  /** Closes the account for good; its tokens stop being renewed. */
  public void disable(String byPublicId, Instant at) {
    if (!enabled) {
      return;
    }
    enabled = false;
    disabledAt = at;
    disabledBy = byPublicId;
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role.STAFF::contains);
  }

  public boolean holdsOnly(Set<Role> allowed) {
    return allowed.containsAll(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The role names for the {@code roles} claim, in a stable order. */
  public List<String> roleNames() {
    return roles.stream().sorted().map(Role::name).toList();
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String phone() {
    return phone;
  }

  public Long pizzeriaId() {
    return pizzeriaId;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant disabledAt() {
    return disabledAt;
  }
}
