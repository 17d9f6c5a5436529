package com.ocpizza.stock.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

  @EntityGraph(attributePaths = "sizes")
  List<Product> findAllByOrderByCategoryAscNameAsc();
}
