package com.ocpizza.auth.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts, for managers (their pizzeria) and admins (all). */
@RestController
@RequestMapping("/api/auth/staff")
@Validated
class StaffController {

  private final Staff staff;

  StaffController(Staff staff) {
    this.staff = staff;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StaffMember create(
      @AuthenticationPrincipal Jwt caller, @Valid @RequestBody CreateStaffRequest request) {
    return staff.create(Caller.of(caller), request);
  }

  @GetMapping
  StaffPage list(
      @AuthenticationPrincipal Jwt caller,
      @RequestParam(required = false) Long pizzeriaId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return staff.list(Caller.of(caller), pizzeriaId, page, size);
  }

  @PostMapping("/{id}/disable")
  StaffMember disable(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
    return staff.disable(Caller.of(caller), id);
  }
}
