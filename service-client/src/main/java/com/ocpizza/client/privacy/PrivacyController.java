package com.ocpizza.client.privacy;

import com.ocpizza.common.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's own export and erasure; staff have no access to either. */
@RestController
@RequestMapping("/api/customers/me")
class PrivacyController {

  private final PrivacyService privacy;

  PrivacyController(PrivacyService privacy) {
    this.privacy = privacy;
  }

  @GetMapping("/export")
  ResponseEntity<PrivacyService.DataExport> export(Caller caller) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ocpizza-my-data.json\"")
        .body(privacy.export(caller.userId()));
  }

  @DeleteMapping
  ResponseEntity<Void> erase(Caller caller) {
    privacy.erase(caller.userId());
    return ResponseEntity.noContent().build();
  }
}
