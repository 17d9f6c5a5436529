package com.ocpizza.auth.staff;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of staff members. */
record StaffPage(
    List<StaffMember> content, int page, int size, long totalElements, int totalPages) {

  static StaffPage of(Page<StaffMember> page) {
    return new StaffPage(
        page.getContent(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
