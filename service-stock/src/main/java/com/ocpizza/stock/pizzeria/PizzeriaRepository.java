package com.ocpizza.stock.pizzeria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PizzeriaRepository extends JpaRepository<Pizzeria, Long> {

  List<Pizzeria> findAllByOrderByIdAsc();

  boolean existsByNameIgnoreCaseOrSiret(String name, String siret);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

  boolean existsBySiretAndIdNot(String siret, Long id);
}
