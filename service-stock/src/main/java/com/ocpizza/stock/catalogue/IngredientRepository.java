package com.ocpizza.stock.catalogue;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IngredientRepository extends JpaRepository<Ingredient, Long> {

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

  @EntityGraph(attributePaths = "allergens")
  List<Ingredient> findAllByOrderByNameAsc();

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Ingredient i where i.id = :id")
  Optional<Ingredient> findForUpdate(Long id);
}
