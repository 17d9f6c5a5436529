package com.ocpizza.stock.pizzeria;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells other features whether a pizzeria exists, without handing out the aggregate. */
@Component
@Transactional(readOnly = true)
public class PizzeriaDirectory {

  private final PizzeriaRepository pizzerias;

  PizzeriaDirectory(PizzeriaRepository pizzerias) {
    this.pizzerias = pizzerias;
  }

  public boolean exists(long pizzeriaId) {
    return pizzerias.existsById(pizzeriaId);
  }
}
