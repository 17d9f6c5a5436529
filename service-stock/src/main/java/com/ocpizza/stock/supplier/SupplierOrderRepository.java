package com.ocpizza.stock.supplier;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupplierOrderRepository extends JpaRepository<SupplierOrder, Long> {

  List<SupplierOrder> findByPizzeriaIdOrderByCreatedAtDesc(long pizzeriaId);

  /** Locks the order first: two people receiving the same delivery wait for each other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from SupplierOrder o where o.id = :id")
  Optional<SupplierOrder> findForUpdate(long id);
}
