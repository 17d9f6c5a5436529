package com.ocpizza.stock.inventory;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.stock.catalogue.IngredientUnits;
import com.ocpizza.stock.inventory.InventoryRequests.CountLine;
import com.ocpizza.stock.inventory.InventoryRequests.InventoryRequest;
import com.ocpizza.stock.inventory.InventoryRequests.ThresholdLine;
import com.ocpizza.stock.inventory.InventoryRequests.ThresholdsRequest;
import com.ocpizza.stock.inventory.InventoryRequests.WasteLine;
import com.ocpizza.stock.inventory.InventoryRequests.WasteRequest;
import com.ocpizza.stock.inventory.InventoryViews.CountResult;
import com.ocpizza.stock.inventory.InventoryViews.CountedLine;
import com.ocpizza.stock.inventory.InventoryViews.MovementPage;
import com.ocpizza.stock.inventory.InventoryViews.MovementView;
import com.ocpizza.stock.inventory.InventoryViews.StockView;
import com.ocpizza.stock.inventory.InventoryViews.WasteResult;
import com.ocpizza.stock.pizzeria.PizzeriaDirectory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** What staff do with their pizzeria's stock: look, throw away, count, set thresholds. */
@Service
@Transactional(readOnly = true)
class InventoryService {

  private final StockKeeper keeper;
  private final StockQueries queries;
  private final PizzeriaDirectory pizzerias;
  private final IngredientUnits ingredients;

  InventoryService(
      StockKeeper keeper,
      StockQueries queries,
      PizzeriaDirectory pizzerias,
      IngredientUnits ingredients) {
    this.keeper = keeper;
    this.queries = queries;
    this.pizzerias = pizzerias;
    this.ingredients = ingredients;
  }

  StockView stock(long pizzeriaId) {
    requirePizzeria(pizzeriaId);
    return queries.stock(pizzeriaId);
  }

  MovementPage movements(long pizzeriaId, MovementFilter filter, int page, int size) {
    requirePizzeria(pizzeriaId);
    return queries.movements(pizzeriaId, filter, page, size);
  }

  @Transactional(isolation = Isolation.READ_COMMITTED)
  WasteResult recordWaste(long pizzeriaId, WasteRequest request, String actor) {
    requirePizzeria(pizzeriaId);
    List<WasteLine> lines = request.lines();
    ingredients.check(
        lines, WasteLine::ingredientId, WasteLine::unit, WasteLine::quantity, "quantity");
    List<StockChange> changes =
        lines.stream()
            .map(
                line ->
                    new StockChange(
                        line.ingredientId(),
                        line.quantity().negate(),
                        MovementReason.WASTE,
                        null,
                        line.note()))
            .toList();
    List<StockMoved> moved = keeper.apply(pizzeriaId, changes, MovementOrigin.by(actor));
    return new WasteResult(pizzeriaId, moved.stream().map(InventoryService::view).toList());
  }

  @Transactional(isolation = Isolation.READ_COMMITTED)
  CountResult count(long pizzeriaId, InventoryRequest request, String actor) {
    requirePizzeria(pizzeriaId);
    List<CountLine> lines = request.lines();
    ingredients.check(
        lines,
        CountLine::ingredientId,
        CountLine::unit,
        CountLine::countedQuantity,
        "countedQuantity");
    Map<Long, BigDecimal> counted = new LinkedHashMap<>();
    lines.forEach(line -> counted.put(line.ingredientId(), line.countedQuantity()));
    Map<Long, BigDecimal> before = keeper.count(pizzeriaId, counted, MovementOrigin.by(actor));
    return new CountResult(
        pizzeriaId,
        before.entrySet().stream()
            .map(
                entry -> {
                  BigDecimal now = counted.get(entry.getKey());
                  return new CountedLine(
                      entry.getKey(), entry.getValue(), now, now.subtract(entry.getValue()));
                })
            .toList());
  }

  @Transactional
  StockView changeThresholds(long pizzeriaId, ThresholdsRequest request) {
    requirePizzeria(pizzeriaId);
    List<ThresholdLine> lines = request.lines();
    ingredients.check(
        lines, ThresholdLine::ingredientId, line -> null, ThresholdLine::threshold, "threshold");
    lines.forEach(
        line -> queries.changeThreshold(pizzeriaId, line.ingredientId(), line.threshold()));
    return queries.stock(pizzeriaId);
  }

  private void requirePizzeria(long pizzeriaId) {
    if (!pizzerias.exists(pizzeriaId)) {
      throw new NotFoundException("No pizzeria " + pizzeriaId + ".");
    }
  }

  private static MovementView view(StockMoved moved) {
    return new MovementView(
        moved.movementId(),
        moved.ingredientId(),
        moved.ingredientName(),
        moved.unit(),
        moved.reason(),
        moved.quantity(),
        moved.unitCost(),
        moved.orderId(),
        null,
        moved.actor(),
        null,
        moved.occurredAt());
  }
}
