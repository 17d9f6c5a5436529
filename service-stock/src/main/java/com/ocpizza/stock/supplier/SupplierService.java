package com.ocpizza.stock.supplier;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.stock.catalogue.IngredientCosts;
import com.ocpizza.stock.catalogue.IngredientUnits;
import com.ocpizza.stock.inventory.MovementOrigin;
import com.ocpizza.stock.inventory.MovementReason;
import com.ocpizza.stock.inventory.StockChange;
import com.ocpizza.stock.inventory.StockKeeper;
import com.ocpizza.stock.pizzeria.PizzeriaDirectory;
import com.ocpizza.stock.supplier.SupplierRequests.OrderLine;
import com.ocpizza.stock.supplier.SupplierRequests.ReceiptLine;
import com.ocpizza.stock.supplier.SupplierRequests.ReceiptRequest;
import com.ocpizza.stock.supplier.SupplierRequests.SupplierOrderRequest;
import com.ocpizza.stock.supplier.SupplierRequests.SupplierRequest;
import com.ocpizza.stock.supplier.SupplierViews.SupplierOrderView;
import com.ocpizza.stock.supplier.SupplierViews.SupplierView;
import com.ocpizza.stock.system.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Suppliers, and the orders pizzerias place with them and receive into stock. */
@Service
@Transactional
class SupplierService {

  private final SupplierRepository suppliers;
  private final SupplierOrderRepository orders;
  private final StockKeeper keeper;
  private final IngredientUnits ingredients;
  private final IngredientCosts costs;
  private final PizzeriaDirectory pizzerias;
  private final Clock clock;

  SupplierService(
      SupplierRepository suppliers,
      SupplierOrderRepository orders,
      StockKeeper keeper,
      IngredientUnits ingredients,
      IngredientCosts costs,
      PizzeriaDirectory pizzerias,
      Clock clock) {
    this.suppliers = suppliers;
    this.orders = orders;
    this.keeper = keeper;
    this.ingredients = ingredients;
    this.costs = costs;
    this.pizzerias = pizzerias;
    this.clock = clock;
  }

  SupplierView addSupplier(SupplierRequest request) {
    if (suppliers.existsByNameIgnoreCase(request.name().strip())) {
      throw new ConflictException("A supplier named " + request.name() + " already exists.");
    }
    return SupplierView.of(
        suppliers.save(new Supplier(request.name(), request.email(), request.phone())));
  }

  SupplierView changeSupplier(long id, SupplierRequest request) {
    if (suppliers.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)) {
      throw new ConflictException("A supplier named " + request.name() + " already exists.");
    }
    Supplier supplier =
        suppliers.findById(id).orElseThrow(() -> new NotFoundException("No supplier " + id + "."));
    supplier.describe(request.name(), request.email(), request.phone());
    return SupplierView.of(supplier);
  }

  @Transactional(readOnly = true)
  List<SupplierView> suppliers() {
    return suppliers.findAllByOrderByNameAsc().stream().map(SupplierView::of).toList();
  }

  SupplierOrderView draft(long pizzeriaId, SupplierOrderRequest request, String actor) {
    requirePizzeria(pizzeriaId);
    if (!suppliers.existsById(request.supplierId())) {
      throw new InvalidRequestException("supplierId", "is not a known supplier");
    }
    checkLines(request.lines());
    SupplierOrder order =
        new SupplierOrder(
            pizzeriaId,
            request.supplierId(),
            orderLines(request.lines()),
            actor,
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    return SupplierOrderView.of(orders.save(order));
  }

  SupplierOrderView changeDraft(long pizzeriaId, long orderId, SupplierOrderRequest request) {
    SupplierOrder order = order(pizzeriaId, orderId);
    if (request.supplierId() != order.supplierId()) {
      throw new InvalidRequestException("supplierId", "an order stays with its supplier");
    }
    checkLines(request.lines());
    order.changeLines(orderLines(request.lines()));
    return SupplierOrderView.of(order);
  }

  SupplierOrderView send(long pizzeriaId, long orderId) {
    SupplierOrder order = order(pizzeriaId, orderId);
    order.send(clock.instant().truncatedTo(ChronoUnit.MICROS));
    return SupplierOrderView.of(order);
  }

  /**
   * Receives a delivery: the stock grows at the delivered unit costs, and each ingredient's cost
   * becomes the weighted average of the chain's stock and the delivery.
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  SupplierOrderView receive(long pizzeriaId, long orderId, ReceiptRequest request, String actor) {
    requirePizzeria(pizzeriaId);
    SupplierOrder order =
        orders
            .findForUpdate(orderId)
            .filter(found -> found.pizzeriaId() == pizzeriaId)
            .orElseThrow(() -> new NotFoundException("No supplier order " + orderId + "."));
    List<ReceiptLine> lines = request.lines();
    ingredients.check(
        lines, ReceiptLine::ingredientId, ReceiptLine::unit, ReceiptLine::quantity, "quantity");
    Map<Long, BigDecimal> delivered = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!order.orders(lines.get(i).ingredientId())) {
        throw new InvalidRequestException(
            "lines[" + i + "].ingredientId", "is not on this supplier order");
      }
      delivered.put(lines.get(i).ingredientId(), lines.get(i).quantity());
    }
    order.receive(delivered);
    List<StockChange> changes =
        lines.stream()
            .sorted(Comparator.comparing(ReceiptLine::ingredientId))
            .map(
                line ->
                    new StockChange(
                        line.ingredientId(),
                        line.quantity(),
                        MovementReason.SUPPLIER_DELIVERY,
                        unitCost(order, line),
                        null))
            .toList();
    keeper.apply(pizzeriaId, changes, MovementOrigin.forSupplierOrder(actor, orderId));
    for (StockChange change : changes) {
      costs.absorbDelivery(
          change.ingredientId(),
          change.quantity(),
          change.unitCost(),
          () -> keeper.chainStock(change.ingredientId()).subtract(change.quantity()));
    }
    return SupplierOrderView.of(order);
  }

  @Transactional(readOnly = true)
  List<SupplierOrderView> orders(long pizzeriaId) {
    requirePizzeria(pizzeriaId);
    return orders.findByPizzeriaIdOrderByCreatedAtDesc(pizzeriaId).stream()
        .map(SupplierOrderView::of)
        .toList();
  }

  @Transactional(readOnly = true)
  SupplierOrderView orderView(long pizzeriaId, long orderId) {
    return SupplierOrderView.of(order(pizzeriaId, orderId));
  }

  private void checkLines(List<OrderLine> lines) {
    ingredients.check(
        lines, OrderLine::ingredientId, OrderLine::unit, OrderLine::quantity, "quantity");
  }

  private static List<SupplierOrderLine> orderLines(List<OrderLine> lines) {
    return lines.stream()
        .map(
            line ->
                SupplierOrderLine.ordered(line.ingredientId(), line.quantity(), line.unitCost()))
        .toList();
  }

  private static BigDecimal unitCost(SupplierOrder order, ReceiptLine line) {
    return line.unitCost() != null ? line.unitCost() : order.expectedUnitCost(line.ingredientId());
  }

  private SupplierOrder order(long pizzeriaId, long orderId) {
    requirePizzeria(pizzeriaId);
    return orders
        .findById(orderId)
        .filter(order -> order.pizzeriaId() == pizzeriaId)
        .orElseThrow(() -> new NotFoundException("No supplier order " + orderId + "."));
  }

  private void requirePizzeria(long pizzeriaId) {
    if (!pizzerias.exists(pizzeriaId)) {
      throw new NotFoundException("No pizzeria " + pizzeriaId + ".");
    }
  }
}
