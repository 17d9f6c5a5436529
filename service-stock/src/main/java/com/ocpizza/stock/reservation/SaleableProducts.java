package com.ocpizza.stock.reservation;

import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.catalogue.VatRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in one query, what a reservation needs to know of the products it names: whether they are
 * on sale, their prices, VAT rate, and recipe with the ingredients' current unit costs.
 */
@Component
class SaleableProducts {

  private final JdbcClient jdbc;

  SaleableProducts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Saleable> find(Collection<Long> productIds) {
    Map<Long, Saleable> products = new HashMap<>();
    if (productIds.isEmpty()) {
      return products;
    }
    jdbc.sql(
            """
            SELECT p.id, p.name, p.active, p.vat_rate, 'P' AS kind,
                   ps.size AS size, ps.price_excl_vat AS amount, NULL AS ingredient_id,
                   NULL AS unit_cost
            FROM product p JOIN product_size ps ON ps.product_id = p.id
            WHERE p.id IN (:ids)
            UNION ALL
            SELECT p.id, p.name, p.active, p.vat_rate, 'R' AS kind,
                   i.name AS size, r.quantity AS amount, i.id AS ingredient_id,
                   i.unit_cost AS unit_cost
            FROM product p JOIN recipe_line r ON r.product_id = p.id
            JOIN ingredient i ON i.id = r.ingredient_id
            WHERE p.id IN (:ids)
            """)
        .param("ids", List.copyOf(productIds))
        .query(
            rs -> {
              long id = rs.getLong("id");
              Saleable product = products.get(id);
              if (product == null) {
                product =
                    new Saleable(
                        id,
                        rs.getString("name"),
                        rs.getBoolean("active"),
                        VatRate.ofPercent(rs.getBigDecimal("vat_rate")).orElseThrow());
                products.put(id, product);
              }
              if ("P".equals(rs.getString("kind"))) {
                product.prices.put(Size.valueOf(rs.getString("size")), rs.getBigDecimal("amount"));
              } else {
                product.recipe.add(
                    new Ingredient(
                        rs.getLong("ingredient_id"),
                        rs.getString("size"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("unit_cost")));
              }
            });
    return products;
  }

  /** A product as a reservation sees it. */
  static final class Saleable {

    final long id;
    final String name;
    final boolean active;
    final VatRate vatRate;
    final Map<Size, BigDecimal> prices = new EnumMap<>(Size.class);
    final List<Ingredient> recipe = new ArrayList<>();

    Saleable(long id, String name, boolean active, VatRate vatRate) {
      this.id = id;
      this.name = name;
      this.active = active;
      this.vatRate = vatRate;
    }

    boolean uses(long ingredientId) {
      return recipe.stream().anyMatch(ingredient -> ingredient.id() == ingredientId);
    }
  }

  /** A recipe line: how much of an ingredient one medium item takes, and its unit cost now. */
  record Ingredient(long id, String name, BigDecimal quantity, BigDecimal unitCost) {}
}
