package com.ocpizza.order.order;

import static com.ocpizza.order.order.OrderMother.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTests {

  /** DOMAIN.md's lifecycle, written out independently of the code under test. */
  static final Map<OrderStatus, Set<OrderStatus>> ALLOWED =
      Map.ofEntries(
          Map.entry(
              OrderStatus.PENDING,
              EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.RECEIVED, OrderStatus.REJECTED)),
          Map.entry(
              OrderStatus.AWAITING_PAYMENT,
              EnumSet.of(OrderStatus.RECEIVED, OrderStatus.CANCELLED)),
          Map.entry(
              OrderStatus.RECEIVED, EnumSet.of(OrderStatus.IN_PREPARATION, OrderStatus.CANCELLED)),
          Map.entry(
              OrderStatus.IN_PREPARATION, EnumSet.of(OrderStatus.READY, OrderStatus.RECEIVED)),
          Map.entry(
              OrderStatus.READY, EnumSet.of(OrderStatus.OUT_FOR_DELIVERY, OrderStatus.COLLECTED)),
          Map.entry(
              OrderStatus.OUT_FOR_DELIVERY,
              EnumSet.of(OrderStatus.DELIVERED, OrderStatus.INCIDENT)),
          Map.entry(OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(OrderStatus.COLLECTED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(OrderStatus.REJECTED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(OrderStatus.INCIDENT, EnumSet.noneOf(OrderStatus.class)));

  @ParameterizedTest
  @EnumSource(OrderStatus.class)
  void allowsExactlyTheTransitionsOfTheLifecycle(OrderStatus from) {
    for (OrderStatus to : OrderStatus.values()) {
      assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
    }
  }

  /** Each intent method, the status it leads to, and who may make it (besides ADMIN). */
  record Intent(
      String name,
      OrderStatus to,
      Fulfilment fulfilment,
      Set<Role> roles,
      boolean owner,
      BiConsumer<Order, Caller> call) {}

  static final java.util.List<Intent> INTENTS =
      java.util.List.of(
          new Intent(
              "startPreparation",
              OrderStatus.IN_PREPARATION,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.PIZZAIOLO, Role.MANAGER),
              false,
              (o, by) -> o.startPreparation(by, NOW)),
          new Intent(
              "markReady",
              OrderStatus.READY,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.PIZZAIOLO, Role.MANAGER),
              false,
              (o, by) -> o.markReady(by, NOW)),
          new Intent(
              "sendBackToQueue",
              OrderStatus.RECEIVED,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.PIZZAIOLO, Role.MANAGER),
              false,
              (o, by) -> o.sendBackToQueue(by, "mozzarella", NOW)),
          new Intent(
              "leaveForDelivery",
              OrderStatus.OUT_FOR_DELIVERY,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.COURIER, Role.COUNTER, Role.MANAGER),
              false,
              (o, by) -> o.leaveForDelivery(by, NOW)),
          new Intent(
              "markDelivered",
              OrderStatus.DELIVERED,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.COURIER, Role.MANAGER),
              false,
              (o, by) -> o.markDelivered(by, NOW)),
          new Intent(
              "handOver",
              OrderStatus.COLLECTED,
              Fulfilment.TAKEAWAY,
              EnumSet.of(Role.COUNTER, Role.MANAGER),
              false,
              (o, by) -> o.handOver(by, NOW)),
          new Intent(
              "reportIncident",
              OrderStatus.INCIDENT,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.MANAGER),
              false,
              (o, by) -> o.reportIncident(by, "lost", NOW)),
          new Intent(
              "cancel",
              OrderStatus.CANCELLED,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.COUNTER, Role.MANAGER),
              true,
              (o, by) -> o.cancel(by, "changed mind", NOW)));

  static final Set<OrderStatus> REACHABLE = EnumSet.complementOf(EnumSet.noneOf(OrderStatus.class));

  @Test
  void eachIntentMovesOnlyFromTheStatusesThatAllowIt() {
    for (Intent intent : INTENTS) {
      for (OrderStatus from : REACHABLE) {
        Order order = OrderMother.inStatus(from, intent.fulfilment());
        String what = intent.name() + " from " + from;
        boolean allowed =
            ALLOWED.get(from).contains(intent.to())
                && (intent.to() != OrderStatus.RECEIVED || from == OrderStatus.IN_PREPARATION);
        if (allowed) {
          intent.call().accept(order, OrderMother.admin());
          assertThat(order.status()).as(what).isEqualTo(intent.to());
          assertThat(order.history().get(order.history().size() - 1).from())
              .as(what)
              .isEqualTo(from);
        } else {
          assertThatThrownBy(() -> intent.call().accept(order, OrderMother.admin()))
              .as(what)
              .isInstanceOf(IllegalTransitionException.class);
          assertThat(order.status()).as(what).isEqualTo(from);
        }
      }
    }
  }

  @Test
  void onlyTheRightRolesOfTheOrdersPizzeriaMakeEachTransition() {
    for (Intent intent : INTENTS) {
      OrderStatus from = source(intent);
      for (Role role : Role.values()) {
        boolean allowed = role == Role.ADMIN || intent.roles().contains(role);
        Order here = OrderMother.inStatus(from, intent.fulfilment());
        String what = intent.name() + " by " + role;
        if (allowed) {
          intent
              .call()
              .accept(here, role == Role.ADMIN ? OrderMother.admin() : OrderMother.staff(role));
          assertThat(here.status()).as(what).isEqualTo(intent.to());
        } else {
          assertThatThrownBy(() -> intent.call().accept(here, OrderMother.staff(role)))
              .as(what)
              .isInstanceOf(ForbiddenActionException.class);
        }
        if (role != Role.ADMIN) {
          Order elsewhere = OrderMother.inStatus(from, intent.fulfilment());
          assertThatThrownBy(
                  () -> intent.call().accept(elsewhere, OrderMother.staffElsewhere(role)))
              .as(what + " of another pizzeria")
              .isInstanceOf(ForbiddenActionException.class);
        }
      }
      Order forOwner = OrderMother.inStatus(from, intent.fulfilment());
      if (intent.owner()) {
        intent.call().accept(forOwner, OrderMother.owner());
        assertThat(forOwner.status()).isEqualTo(intent.to());
      } else {
        assertThatThrownBy(() -> intent.call().accept(forOwner, OrderMother.owner()))
            .isInstanceOf(ForbiddenActionException.class);
      }
      Order forStranger = OrderMother.inStatus(from, intent.fulfilment());
      assertThatThrownBy(() -> intent.call().accept(forStranger, OrderMother.otherCustomer()))
          .isInstanceOf(ForbiddenActionException.class);
    }
  }

  @Test
  void reservationLeadsOnlineOrdersToPaymentAndOthersToTheQueue() {
    Order online = OrderMother.pending(Fulfilment.DELIVERY, PaymentMethod.ONLINE_CARD);
    Order cash = OrderMother.pending(Fulfilment.DELIVERY, PaymentMethod.CASH);
    online.reserved(NOW);
    cash.reserved(NOW);
    assertThat(online.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(cash.status()).isEqualTo(OrderStatus.RECEIVED);
  }

  @Test
  void computesVatPerLineRoundedHalfUpAndPerRate() {
    Order order = OrderMother.pending(Fulfilment.DELIVERY, PaymentMethod.CASH);
    // 2 x 9.09 = 18.18 -> VAT 1.818 -> 1.82; 2.37 at 5.5 % = 0.13035 -> 0.13; fee 2.50 -> 0.25.
    assertThat(order.totalExclVat()).isEqualByComparingTo("23.05");
    assertThat(order.vatByRate())
        .containsEntry("10", new BigDecimal("2.07"))
        .containsEntry("5.5", new BigDecimal("0.13"));
    assertThat(order.totalInclVat()).isEqualByComparingTo("25.25");
  }

  @Test
  void isFinishedOnlyWhenDeliveredAndPaid() {
    Order order = OrderMother.inStatus(OrderStatus.DELIVERED, Fulfilment.DELIVERY);
    assertThat(order.isFinished()).isFalse();
    order.recordPayment(
        OrderMother.staff(Role.COURIER), PaymentMethod.CASH, order.outstanding(), NOW);
    assertThat(order.isFinished()).isTrue();
    assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void cancellingAnOrderPaidOnlineDuesItsFullRefund() {
    Order order = OrderMother.inStatus(OrderStatus.AWAITING_PAYMENT, Fulfilment.DELIVERY);
    order.paidOnline("ref-1", NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
    order.cancel(OrderMother.owner(), "changed mind", NOW);
    assertThat(order.refundDue()).isEqualByComparingTo(order.totalInclVat());
    order.refunded(order.refundDue(), "refund-1", NOW);
    assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(order.releasePending()).isTrue();
  }

  @Test
  void aCourierCannotTakeADeliveryAssignedToAnother() {
    Order order = OrderMother.inStatus(OrderStatus.READY, Fulfilment.DELIVERY);
    order.assignCourier(OrderMother.staff(Role.MANAGER), "courier-a", NOW);
    assertThatThrownBy(
            () ->
                order.leaveForDelivery(
                    new Caller("courier-b", Set.of(Role.COURIER), OrderMother.PIZZERIA), NOW))
        .isInstanceOf(ForbiddenActionException.class);
    order.leaveForDelivery(
        new Caller("courier-a", Set.of(Role.COURIER), OrderMother.PIZZERIA), NOW);
    assertThat(order.status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
  }

  @Test
  void aCourierTakesAReadyDeliveryThatNoOtherCourierHasTaken() {
    Order order = OrderMother.inStatus(OrderStatus.READY, Fulfilment.DELIVERY);
    Caller courierA = new Caller("courier-a", Set.of(Role.COURIER), OrderMother.PIZZERIA);
    order.takeDelivery(courierA, NOW);
    order.takeDelivery(courierA, NOW);
    assertThat(order.courierId()).isEqualTo("courier-a");
    assertThatThrownBy(
            () ->
                order.takeDelivery(
                    new Caller("courier-b", Set.of(Role.COURIER), OrderMother.PIZZERIA), NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                order.takeDelivery(
                    new Caller("courier-c", Set.of(Role.COURIER), OrderMother.PIZZERIA + 1), NOW))
        .isInstanceOf(ForbiddenActionException.class);
    assertThat(order.courierId()).isEqualTo("courier-a");
  }

  @Test
  void aDeliveryCannotBeTakenBeforeItIsReady() {
    Order order = OrderMother.inStatus(OrderStatus.IN_PREPARATION, Fulfilment.DELIVERY);
    assertThatThrownBy(
            () ->
                order.takeDelivery(
                    new Caller("courier-a", Set.of(Role.COURIER), OrderMother.PIZZERIA), NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(order.courierId()).isNull();
  }

  private static OrderStatus source(Intent intent) {
    return switch (intent.to()) {
      case IN_PREPARATION, CANCELLED -> OrderStatus.RECEIVED;
      case READY, RECEIVED -> OrderStatus.IN_PREPARATION;
      case OUT_FOR_DELIVERY, COLLECTED -> OrderStatus.READY;
      default -> OrderStatus.OUT_FOR_DELIVERY;
    };
  }
}
