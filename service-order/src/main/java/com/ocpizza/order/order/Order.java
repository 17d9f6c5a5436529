package com.ocpizza.order.order;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An order from placement to delivery. It keeps its lines with the catalogue's prices as they were,
 * its totals, its status and payment status, and the history of every change. Each change is an
 * intent method that checks, in this order, that the caller may make it at this order's pizzeria
 * (403 otherwise) and that the current status allows it (409 otherwise), then records the step and
 * registers the event that the feed will carry.
 *
 * <p>The delivery fee is priced excl. VAT and carries the 10 % rate of the food it goes with; VAT
 * is rounded half-up per line (see {@link OrderLine}).
 */
@Entity
@Table(name = "orders")
public class Order extends AbstractAggregateRoot<Order> {

  /** The rate that the delivery fee carries, like the meals it brings. */
  static final BigDecimal DELIVERY_VAT_RATE = new BigDecimal("10.00");

  /** The actor name that system steps (reservation, expiry, jobs) are recorded under. */
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String publicId;
  private String number;
  private long pizzeriaId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private Fulfilment fulfilment;

  private String customerAccountId;
  private String customerId;
  private String customerName;
  private String customerPhone;

  @Embedded private DeliveryAddress address;

  private BigDecimal deliveryFee;
  private BigDecimal totalExclVat;
  private BigDecimal totalVat;
  private BigDecimal totalInclVat;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Enumerated(EnumType.STRING)
  private PaymentMethod paymentMethod;

  @Enumerated(EnumType.STRING)
  private PaymentStatus paymentStatus;

  private BigDecimal amountPaid;
  private String courierId;
  private String rejectionReason;
  private boolean releasePending;
  private Instant placedAt;
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  private List<OrderLine> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_status_history", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> history = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_payments", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  private List<Payment> payments = new ArrayList<>();

  protected Order() {}

  /**
   * A new order, {@code PENDING} until its stock is reserved.
   *
   * @param address required for a delivery, ignored for takeaway
   */
  public Order(
      OrderId orderId,
      String number,
      long pizzeriaId,
      Channel channel,
      Fulfilment fulfilment,
      OrderCustomer customer,
      DeliveryAddress address,
      List<OrderLine> lines,
      BigDecimal deliveryFee,
      PaymentMethod paymentMethod,
      String placedBy,
      Instant now) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An order has at least one line");
    }
    if (fulfilment == Fulfilment.DELIVERY && address == null) {
      throw new IllegalArgumentException("A delivery needs an address");
    }
    this.publicId = orderId.toString();
    this.number = Objects.requireNonNull(number);
    this.pizzeriaId = pizzeriaId;
    this.channel = channel;
    this.fulfilment = fulfilment;
    this.customerAccountId = customer.accountId();
    this.customerId = customer.customerId();
    this.customerName = customer.name();
    this.customerPhone = customer.phone();
    this.address = fulfilment == Fulfilment.DELIVERY ? address : null;
    this.paymentMethod = paymentMethod;
    this.paymentStatus = PaymentStatus.PENDING;
    this.amountPaid = BigDecimal.ZERO.setScale(2);
    this.placedAt = now;
    this.updatedAt = now;
    this.status = OrderStatus.PENDING;
    this.history.add(new StatusChange(now, placedBy, null, OrderStatus.PENDING, null));
    price(lines, fulfilment == Fulfilment.DELIVERY ? deliveryFee : BigDecimal.ZERO);
  }

  // --- the saga's steps, made by the system -------------------------------------------------

  /** Stock is held: the order awaits its online payment, or joins the pizzeria's queue. */
  public void reserved(Instant now) {
    move(
        paymentMethod.isOnline() ? OrderStatus.AWAITING_PAYMENT : OrderStatus.RECEIVED,
        SYSTEM,
        null,
        now);
    registerEvent(
        new OrderEvents.OrderPlaced(
            publicId,
            number,
            customerId,
            pizzeriaId,
            channel,
            fulfilment,
            placedAt,
            OrderEvents.Line.of(lines),
            deliveryFee,
            totalExclVat,
            vatByRate(),
            totalInclVat,
            paymentMethod,
            address == null ? null : address.postcode(),
            customerName,
            OrderEvents.Address.of(address)));
  }

  /** Stock could not be reserved (or the reservation could not be made): closed for good. */
  public void reject(String reason, Instant now) {
    move(OrderStatus.REJECTED, SYSTEM, reason, now);
    rejectionReason = reason;
    releasePending = true;
  }

  /** The online payment was not completed in time: cancelled, stock to be released. */
  public void expire(Instant now) {
    if (status != OrderStatus.AWAITING_PAYMENT) {
      throw new IllegalTransitionException(status, "expire");
    }
    move(OrderStatus.CANCELLED, SYSTEM, "online payment not completed in time", now);
    releasePending = true;
  }

  /**
   * A reservation reached the stock after this order was closed (a re-drive racing its rejection or
   * cancellation, possibly after the release): flags it to be released again.
   *
   * @return whether the order is closed and must be released again
   */
  public boolean reservedAfterClosing() {
    if (status != OrderStatus.CANCELLED && status != OrderStatus.REJECTED) {
      return false;
    }
    releasePending = true;
    return true;
  }

  /** The reservation of this closed order was given back to the stock. */
  public void released() {
    releasePending = false;
  }

  // --- customer and counter --------------------------------------------------------------------

  /** Cancels before preparation: stock to be released, an online payment refunded. */
  public void cancel(Caller by, String reason, Instant now) {
    require(isOwner(by) || by.actsAt(pizzeriaId, Role.COUNTER, Role.MANAGER), "cancel this order");
    move(OrderStatus.CANCELLED, by.userId(), reason, now);
    releasePending = true;
  }

  /**
   * Replaces the lines and, for a delivery, the address, before preparation. Totals are priced
   * again; what was already paid online beyond the new total is to be refunded, and a higher total
   * leaves the difference to pay.
   */
  public void modify(
      Caller by,
      List<OrderLine> newLines,
      DeliveryAddress newAddress,
      BigDecimal newDeliveryFee,
      Instant now) {
    require(isOwner(by) || by.actsAt(pizzeriaId, Role.COUNTER, Role.MANAGER), "modify this order");
    if (!OrderStatus.CHANGEABLE.contains(status)) {
      throw new IllegalTransitionException(status, "be modified");
    }
    if (newLines.isEmpty()) {
      throw new IllegalArgumentException("An order has at least one line");
    }
    if (fulfilment == Fulfilment.DELIVERY && newAddress != null) {
      address = newAddress;
    }
    price(newLines, fulfilment == Fulfilment.DELIVERY ? newDeliveryFee : BigDecimal.ZERO);
    updatedAt = now;
    if (paymentStatus == PaymentStatus.PAID && amountPaid.compareTo(totalInclVat) < 0) {
      paymentStatus = PaymentStatus.PENDING;
    }
    registerEvent(
        new OrderEvents.OrderModified(
            publicId,
            number,
            customerId,
            pizzeriaId,
            now,
            OrderEvents.Line.of(lines),
            deliveryFee,
            totalExclVat,
            vatByRate(),
            totalInclVat,
            address == null ? null : address.postcode(),
            customerName,
            OrderEvents.Address.of(address)));
  }

  // --- kitchen -------------------------------------------------------------------------------

  public void startPreparation(Caller by, Instant now) {
    require(by.actsAt(pizzeriaId, Role.PIZZAIOLO, Role.MANAGER), "start preparing orders");
    move(OrderStatus.IN_PREPARATION, by.userId(), null, now);
  }

  public void markReady(Caller by, Instant now) {
    require(by.actsAt(pizzeriaId, Role.PIZZAIOLO, Role.MANAGER), "mark orders ready");
    move(OrderStatus.READY, by.userId(), null, now);
  }

  /** An ingredient turned out to be missing: back to the queue for the counter to act on. */
  public void sendBackToQueue(Caller by, String missingIngredient, Instant now) {
    require(by.actsAt(pizzeriaId, Role.PIZZAIOLO, Role.MANAGER), "send orders back to the queue");
    if (missingIngredient == null || missingIngredient.isBlank()) {
      throw new IllegalArgumentException("Say which ingredient is missing");
    }
    if (status != OrderStatus.IN_PREPARATION) {
      throw new IllegalTransitionException(status, "go back to the queue");
    }
    move(OrderStatus.RECEIVED, by.userId(), "missing ingredient: " + missingIngredient, now);
  }

  // --- delivery and hand-over ---------------------------------------------------------------

  /** The manager gives a ready delivery to a courier. */
  public void assignCourier(Caller by, String courier, Instant now) {
    require(by.actsAt(pizzeriaId, Role.MANAGER), "assign couriers");
    requireDeliveryReady("be assigned to a courier");
    courierId = courier;
    updatedAt = now;
  }

  /**
   * A courier of the pizzeria claims a ready delivery before leaving, so that two couriers never
   * drive off with the same order. Claiming one's own delivery again changes nothing.
   */
  public void takeDelivery(Caller by, Instant now) {
    require(by.actsAt(pizzeriaId, Role.COURIER), "take deliveries");
    requireDeliveryReady("be taken by a courier");
    if (courierId != null && !courierId.equals(by.userId())) {
      throw new ConflictException("Another courier has already taken this delivery.");
    }
    courierId = by.userId();
    updatedAt = now;
  }

  /** A courier (or the counter handing the slip, or the manager) takes the order on the road. */
  public void leaveForDelivery(Caller by, Instant now) {
    require(
        by.actsAt(pizzeriaId, Role.COURIER, Role.COUNTER, Role.MANAGER), "send orders on the road");
    boolean courierOnly = by.is(Role.COURIER) && !by.isAny(Role.COUNTER, Role.MANAGER, Role.ADMIN);
    if (courierOnly && courierId != null && !courierId.equals(by.userId())) {
      throw new ForbiddenActionException("take an order assigned to another courier");
    }
    requireDeliveryReady("leave for delivery");
    if (courierId == null && by.is(Role.COURIER)) {
      courierId = by.userId();
    }
    move(OrderStatus.OUT_FOR_DELIVERY, by.userId(), null, now);
  }

  public void markDelivered(Caller by, Instant now) {
    require(by.actsAt(pizzeriaId, Role.COURIER, Role.MANAGER), "mark orders delivered");
    move(OrderStatus.DELIVERED, by.userId(), null, now);
  }

  /** The counter hands a takeaway order over. */
  public void handOver(Caller by, Instant now) {
    require(by.actsAt(pizzeriaId, Role.COUNTER, Role.MANAGER), "hand takeaway orders over");
    if (fulfilment != Fulfilment.TAKEAWAY) {
      throw new IllegalTransitionException(status, "be collected: it is a delivery");
    }
    move(OrderStatus.COLLECTED, by.userId(), null, now);
  }

  /** The manager closes a delivery that went wrong (lost, refused); its stock is not restored. */
  public void reportIncident(Caller by, String reason, Instant now) {
    require(by.actsAt(pizzeriaId, Role.MANAGER), "report delivery incidents");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say what happened");
    }
    move(OrderStatus.INCIDENT, by.userId(), reason, now);
  }

  // --- payments ------------------------------------------------------------------------------

  /** The payment provider confirmed the online payment: the order joins the queue. */
  public void paidOnline(String reference, Instant now) {
    if (paymentStatus == PaymentStatus.PAID) {
      return;
    }
    if (status != OrderStatus.AWAITING_PAYMENT) {
      throw new IllegalTransitionException(status, "be paid online");
    }
    addPayment(
        PaymentMethod.ONLINE_CARD, outstanding(), PaymentStatus.PAID, reference, SYSTEM, now);
    move(OrderStatus.RECEIVED, SYSTEM, "paid online", now);
  }

  /** The online payment was refused: the customer may retry or pay on delivery. */
  public void onlinePaymentFailed(String reference, Instant now) {
    if (status != OrderStatus.AWAITING_PAYMENT || paymentStatus == PaymentStatus.PAID) {
      return;
    }
    paymentStatus = PaymentStatus.FAILED;
    updatedAt = now;
    registerEvent(
        new OrderEvents.PaymentRecorded(
            publicId,
            pizzeriaId,
            PaymentMethod.ONLINE_CARD,
            BigDecimal.ZERO.setScale(2),
            PaymentStatus.FAILED,
            paymentStatus,
            now));
  }

  /** The customer gives up paying online and will pay on delivery or at pickup. */
  public void payLater(Caller by, PaymentMethod method, Instant now) {
    require(isOwner(by) || by.actsAt(pizzeriaId, Role.COUNTER, Role.MANAGER), "change payment");
    if (method.isOnline() || status != OrderStatus.AWAITING_PAYMENT) {
      throw new IllegalTransitionException(status, "switch to paying later");
    }
    paymentMethod = method;
    paymentStatus = PaymentStatus.PENDING;
    move(OrderStatus.RECEIVED, by.userId(), "pays on delivery or pickup", now);
  }

  /** Staff record money taken at the door or counter; the order is paid once nothing is due. */
  public void recordPayment(Caller by, PaymentMethod method, BigDecimal amount, Instant now) {
    require(by.actsAt(pizzeriaId, Role.COUNTER, Role.COURIER, Role.MANAGER), "record payments");
    if (method.isOnline()) {
      throw new IllegalArgumentException("Online payments are taken by the payment provider");
    }
    if (status == OrderStatus.PENDING
        || status == OrderStatus.CANCELLED
        || status == OrderStatus.REJECTED
        || status == OrderStatus.AWAITING_PAYMENT) {
      throw new IllegalTransitionException(status, "take a payment");
    }
    if (amount.signum() <= 0 || amount.compareTo(outstanding()) > 0) {
      throw new IllegalArgumentException("The amount must be positive and at most what is due");
    }
    addPayment(method, amount, null, null, by.userId(), now);
  }

  /** Records money given back (an online payment refunded on cancellation or reduction). */
  public void refunded(BigDecimal amount, String reference, Instant now) {
    if (amount.signum() <= 0) {
      return;
    }
    amountPaid = amountPaid.subtract(amount);
    Payment refund =
        new Payment(
            PaymentMethod.ONLINE_CARD,
            amount.negate(),
            PaymentStatus.REFUNDED,
            reference,
            now,
            SYSTEM);
    payments.add(refund);
    if (amountPaid.signum() == 0) {
      paymentStatus = PaymentStatus.REFUNDED;
    }
    updatedAt = now;
    registerEvent(
        new OrderEvents.PaymentRecorded(
            publicId,
            pizzeriaId,
            PaymentMethod.ONLINE_CARD,
            amount.negate(),
            PaymentStatus.REFUNDED,
            paymentStatus,
            now));
  }

  /** What was paid online beyond what the order now costs (all of it once cancelled). */
  public BigDecimal refundDue() {
    BigDecimal online =
        payments.stream()
            .filter(p -> p.method() == PaymentMethod.ONLINE_CARD)
            .map(Payment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal keep =
        status == OrderStatus.CANCELLED || status == OrderStatus.REJECTED
            ? BigDecimal.ZERO
            : totalInclVat;
    BigDecimal excess = amountPaid.subtract(keep);
    return excess.min(online).max(BigDecimal.ZERO).setScale(2);
  }

  // --- reading -------------------------------------------------------------------------------

  /** The customer who placed it, the pizzeria's staff, and the head office may see it. */
  public boolean isVisibleTo(Caller caller) {
    return isOwner(caller)
        || caller.actsAt(pizzeriaId, Role.COUNTER, Role.PIZZAIOLO, Role.COURIER, Role.MANAGER);
  }

  /** Delivered or collected, and paid. */
  public boolean isFinished() {
    return (status == OrderStatus.DELIVERED || status == OrderStatus.COLLECTED)
        && paymentStatus == PaymentStatus.PAID;
  }

  /** What is left to pay. */
  public BigDecimal outstanding() {
    return totalInclVat.subtract(amountPaid).max(BigDecimal.ZERO);
  }

  /** The VAT of the order per rate (rate in percent without trailing zeros, e.g. "5.5"). */
  public Map<String, BigDecimal> vatByRate() {
    Map<String, BigDecimal> byRate = new TreeMap<>();
    for (OrderLine line : lines) {
      byRate.merge(rateKey(line.vatRate()), line.lineVat(), BigDecimal::add);
    }
    if (deliveryFee.signum() > 0) {
      byRate.merge(
          rateKey(DELIVERY_VAT_RATE),
          OrderLine.vatOn(deliveryFee, DELIVERY_VAT_RATE),
          BigDecimal::add);
    }
    return byRate;
  }

  public OrderId orderId() {
    return OrderId.parse(publicId);
  }

  public String number() {
    return number;
  }

  public long pizzeriaId() {
    return pizzeriaId;
  }

  public Channel channel() {
    return channel;
  }

  public Fulfilment fulfilment() {
    return fulfilment;
  }

  public OrderCustomer customer() {
    return new OrderCustomer(customerAccountId, customerId, customerName, customerPhone);
  }

  public DeliveryAddress address() {
    return address;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  public List<StatusChange> history() {
    return List.copyOf(history);
  }

  public List<Payment> payments() {
    return List.copyOf(payments);
  }

  public BigDecimal deliveryFee() {
    return deliveryFee;
  }

  public BigDecimal totalExclVat() {
    return totalExclVat;
  }

  public BigDecimal totalVat() {
    return totalVat;
  }

  public BigDecimal totalInclVat() {
    return totalInclVat;
  }

  public OrderStatus status() {
    return status;
  }

  public PaymentMethod paymentMethod() {
    return paymentMethod;
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  public BigDecimal amountPaid() {
    return amountPaid;
  }

  public String courierId() {
    return courierId;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public boolean releasePending() {
    return releasePending;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  // --- rules ---------------------------------------------------------------------------------

  private void move(OrderStatus to, String actor, String reason, Instant now) {
    if (!status.allows(to)) {
      throw new IllegalTransitionException(status, "become " + to);
    }
    OrderStatus from = status;
    Instant fromSince = history.isEmpty() ? null : history.get(history.size() - 1).at();
    status = to;
    updatedAt = now;
    history.add(new StatusChange(now, actor, from, to, reason));
    registerEvent(
        new OrderEvents.OrderStatusChanged(
            publicId,
            number,
            customerId,
            pizzeriaId,
            fulfilment,
            from,
            to,
            now,
            actor,
            reason,
            fromSince));
  }

  private void price(List<OrderLine> newLines, BigDecimal fee) {
    lines.clear();
    lines.addAll(newLines);
    deliveryFee = fee.setScale(2, java.math.RoundingMode.HALF_UP);
    BigDecimal exclVat = deliveryFee;
    BigDecimal vat = OrderLine.vatOn(deliveryFee, DELIVERY_VAT_RATE);
    for (OrderLine line : newLines) {
      exclVat = exclVat.add(line.lineTotalExclVat());
      vat = vat.add(line.lineVat());
    }
    totalExclVat = exclVat;
    totalVat = vat;
    totalInclVat = exclVat.add(vat);
  }

  private void addPayment(
      PaymentMethod method,
      BigDecimal amount,
      PaymentStatus forced,
      String reference,
      String by,
      Instant now) {
    amountPaid = amountPaid.add(amount);
    paymentStatus =
        forced != null
            ? forced
            : amountPaid.compareTo(totalInclVat) >= 0 ? PaymentStatus.PAID : PaymentStatus.PENDING;
    payments.add(new Payment(method, amount, PaymentStatus.PAID, reference, now, by));
    updatedAt = now;
    registerEvent(
        new OrderEvents.PaymentRecorded(
            publicId, pizzeriaId, method, amount, PaymentStatus.PAID, paymentStatus, now));
  }

  private void requireDeliveryReady(String action) {
    if (fulfilment != Fulfilment.DELIVERY || status != OrderStatus.READY) {
      throw new IllegalTransitionException(status, action);
    }
  }

  private boolean isOwner(Caller by) {
    return by.is(Role.CUSTOMER)
        && customerAccountId != null
        && customerAccountId.equals(by.userId());
  }

  private static void require(boolean allowed, String action) {
    if (!allowed) {
      throw new ForbiddenActionException(action);
    }
  }

  private static String rateKey(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString();
  }
}
