package com.ocpizza.common.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves this service's events to the services that consume them (never routed by the gateway). */
@RestController
@Validated
class FeedController {

  private final EventFeed feed;

  FeedController(EventFeed feed) {
    this.feed = feed;
  }

  @GetMapping("/internal/events")
  List<FeedEvent> events(
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return feed.after(after, limit);
  }
}
