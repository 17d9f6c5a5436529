package com.ocpizza.stock.inventory;

import com.ocpizza.stock.catalogue.IngredientAdded;
import com.ocpizza.stock.pizzeria.PizzeriaRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every pizzeria a stock row (empty, no threshold) for every ingredient as either joins, in
 * the transaction that adds it, so stock views list everything and reservations find their rows.
 */
@Component
class StockRowsCreator {

  private final JdbcClient jdbc;

  StockRowsCreator(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(PizzeriaRegistered registered) {
    jdbc.sql("INSERT INTO stock_version (pizzeria_id, version) VALUES (?, 0)")
        .param(registered.pizzeriaId())
        .update();
    jdbc.sql(
            "INSERT INTO stock_level (pizzeria_id, ingredient_id, quantity, threshold)"
                + " SELECT ?, id, 0, 0 FROM ingredient")
        .param(registered.pizzeriaId())
        .update();
  }

  @EventListener
  void on(IngredientAdded added) {
    jdbc.sql(
            "INSERT INTO stock_level (pizzeria_id, ingredient_id, quantity, threshold)"
                + " SELECT id, ?, 0, 0 FROM pizzeria")
        .param(added.ingredientId())
        .update();
  }
}
