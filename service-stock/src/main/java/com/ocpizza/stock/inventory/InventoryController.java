package com.ocpizza.stock.inventory;

import com.ocpizza.common.security.Caller;
import com.ocpizza.stock.inventory.InventoryRequests.InventoryRequest;
import com.ocpizza.stock.inventory.InventoryRequests.ThresholdsRequest;
import com.ocpizza.stock.inventory.InventoryRequests.WasteRequest;
import com.ocpizza.stock.inventory.InventoryViews.CountResult;
import com.ocpizza.stock.inventory.InventoryViews.MovementPage;
import com.ocpizza.stock.inventory.InventoryViews.StockView;
import com.ocpizza.stock.inventory.InventoryViews.WasteResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A pizzeria's stock, for its staff and the head office. */
@RestController
@RequestMapping("/api/stock/pizzerias/{pizzeriaId}")
@Validated
class InventoryController {

  private final InventoryService inventory;

  InventoryController(InventoryService inventory) {
    this.inventory = inventory;
  }

  @GetMapping
  StockView stock(@PathVariable long pizzeriaId) {
    return inventory.stock(pizzeriaId);
  }

  @PostMapping("/waste")
  WasteResult recordWaste(
      @PathVariable long pizzeriaId, @Valid @RequestBody WasteRequest request, Caller caller) {
    return inventory.recordWaste(pizzeriaId, request, caller.userId());
  }

  @PostMapping("/inventory")
  CountResult count(
      @PathVariable long pizzeriaId, @Valid @RequestBody InventoryRequest request, Caller caller) {
    return inventory.count(pizzeriaId, request, caller.userId());
  }

  @PutMapping("/thresholds")
  StockView changeThresholds(
      @PathVariable long pizzeriaId, @Valid @RequestBody ThresholdsRequest request) {
    return inventory.changeThresholds(pizzeriaId, request);
  }

  @GetMapping("/movements")
  MovementPage movements(
      @PathVariable long pizzeriaId,
      @RequestParam(required = false) Long ingredientId,
      @RequestParam(required = false) MovementReason reason,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return inventory.movements(
        pizzeriaId, new MovementFilter(ingredientId, reason, from, to), page, size);
  }
}
