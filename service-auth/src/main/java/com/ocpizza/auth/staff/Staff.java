package com.ocpizza.auth.staff;

import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.Passwords;
import com.ocpizza.auth.account.PersonName;
import com.ocpizza.auth.account.Role;
import com.ocpizza.auth.account.UserDisabled;
import com.ocpizza.auth.token.IssuedTokens;
import com.ocpizza.common.feed.Outbox;
import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.problem.ProblemDetailsAdvice;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, listing and closing staff accounts. A manager acts on their own pizzeria only, and on
 * roles below theirs (counter, pizzaiolo, courier); an admin on any pizzeria and any staff role.
 */
@Service
@Transactional
class Staff {

  private final AccountRepository accounts;
  private final Passwords passwords;
  private final IssuedTokens issuedTokens;
  private final Outbox outbox;
  private final Clock clock;

  Staff(
      AccountRepository accounts,
      Passwords passwords,
      IssuedTokens issuedTokens,
      Outbox outbox,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.issuedTokens = issuedTokens;
    this.outbox = outbox;
    this.clock = clock;
  }

  StaffMember create(Caller caller, CreateStaffRequest request) {
    Set<Role> roles = EnumSet.copyOf(request.roles());
    if (!Role.STAFF.containsAll(roles)) {
      throw invalid("roles", "may only hold COUNTER, PIZZAIOLO, COURIER, MANAGER, ADMIN");
    }
    boolean pizzeriaStaff = roles.stream().anyMatch(Role.PIZZERIA_STAFF::contains);
    Long pizzeriaId = request.pizzeriaId();
    if (caller.isAdmin()) {
      if (pizzeriaStaff && pizzeriaId == null) {
        throw invalid("pizzeriaId", "is required for pizzeria staff");
      }
      if (!pizzeriaStaff && pizzeriaId != null) {
        throw invalid("pizzeriaId", "must be empty for an admin");
      }
    } else {
      if (!Role.BELOW_MANAGER.containsAll(roles)) {
        throw new StaffAccessDenied(
            "A manager may only open counter, pizzaiolo and courier accounts.");
      }
      pizzeriaId = pizzeriaId == null ? caller.pizzeriaId() : pizzeriaId;
      if (!caller.managesPizzeria(pizzeriaId)) {
        throw new StaffAccessDenied("A manager may only open accounts in their own pizzeria.");
      }
    }
    String email = Account.normalise(request.email());
    if (accounts.existsByEmail(email)) {
      throw new ConflictException("This e-mail address already has an account.");
    }
    Account account =
        accounts.save(
            Account.staff(
                email,
                null,
                new PersonName(request.firstName(), request.lastName()),
                request.phone() == null ? null : request.phone().strip(),
                roles,
                pizzeriaStaff ? pizzeriaId : null,
                clock.instant()));
    passwords.invite(account);
    return StaffMember.of(account);
  }

  @Transactional(readOnly = true)
  StaffPage list(Caller caller, Long pizzeriaId, int page, int size) {
    if (!caller.isAdmin()) {
      pizzeriaId = pizzeriaId == null ? caller.pizzeriaId() : pizzeriaId;
      if (!caller.managesPizzeria(pizzeriaId)) {
        throw new StaffAccessDenied("A manager may only see their own pizzeria's staff.");
      }
    }
    return StaffPage.of(
        accounts
            .findHolding(
                Role.STAFF,
                pizzeriaId,
                PageRequest.of(page, size, Sort.by("lastName", "firstName", "id")))
            .map(StaffMember::of));
  }

  StaffMember disable(Caller caller, String id) {
    Account account =
        accounts
            .findByPublicId(id)
            .filter(Account::isStaff)
            .orElseThrow(() -> new NotFoundException("No staff account " + id + "."));
    if (!caller.isAdmin()) {
      if (!caller.managesPizzeria(account.pizzeriaId())) {
        throw new StaffAccessDenied("A manager may only close accounts of their own pizzeria.");
      }
      if (!account.holdsOnly(Role.BELOW_MANAGER)) {
        throw new StaffAccessDenied(
            "A manager may only close counter, pizzaiolo and courier accounts.");
      }
    }
    if (account.publicId().equals(caller.userId())) {
      throw new ConflictException("You cannot close your own account.");
    }
    if (account.isEnabled()) {
      account.disable(caller.userId(), clock.instant());
      outbox.append(
          UserDisabled.TYPE,
          account.publicId(),
          new UserDisabled(account.publicId(), account.disabledAt()));
      issuedTokens.revokeAllOf(account.publicId());
    }
    return StaffMember.of(account);
  }

  private static ProblemException invalid(String field, String message) {
    return new InvalidStaffRequest(field, message);
  }

  /** A request that breaks a staff rule on one field. */
  static class InvalidStaffRequest extends ProblemException {

    private static final long serialVersionUID = 1L;

    InvalidStaffRequest(String field, String message) {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.VALIDATION,
          "The request has invalid fields; see errors.",
          Map.of("errors", List.of(new ProblemDetailsAdvice.FieldProblem(field, message))));
    }
  }
}
