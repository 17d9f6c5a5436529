package com.ocpizza.order.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Orders by public id, by pizzeria queue, by customer, and those the jobs must look after. */
public interface OrderRepository extends Repository<Order, Long> {

  Order save(Order order);

  Optional<Order> findByPublicId(String publicId);

  default Order get(OrderId id) {
    return findByPublicId(id.toString())
        .orElseThrow(
            () -> new com.ocpizza.common.problem.NotFoundException("No order " + id + "."));
  }

  List<Order> findByPizzeriaIdAndStatusInOrderByPlacedAtAsc(
      long pizzeriaId, Collection<OrderStatus> statuses, Limit limit);

  List<Order> findByPizzeriaIdAndStatusInOrderByUpdatedAtDesc(
      long pizzeriaId, Collection<OrderStatus> statuses, Limit limit);

  List<Order> findByCustomerAccountIdOrderByPlacedAtDesc(String accountId, Limit limit);

  List<Order> findByStatusAndUpdatedAtBefore(OrderStatus status, Instant before, Limit limit);

  List<Order> findByStatusAndPlacedAtBefore(OrderStatus status, Instant before, Limit limit);

  List<Order> findByReleasePendingTrue(Limit limit);

  @Query(
      "select count(o) from Order o where o.pizzeriaId = ?1 and o.status in ?2 and o.placedAt < ?3")
  long countAhead(long pizzeriaId, Collection<OrderStatus> statuses, Instant placedBefore);
}
