package com.ocpizza.stock.menu;

import com.ocpizza.stock.catalogue.Category;
import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.catalogue.VatRate;
import com.ocpizza.stock.menu.Menu.Item;
import com.ocpizza.stock.menu.Menu.SizeOffer;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a menu with one query: active products × sizes × recipe lines × the pizzeria's stock. */
@Component
class MenuQuery {

  private static final String MENU =
      """
      SELECT p.id, p.name, p.category, p.description, p.photo_url, p.vat_rate,
             ps.size, ps.price_excl_vat,
             i.name AS ingredient, r.quantity, COALESCE(s.quantity, 0) AS stock
      FROM product p
      JOIN product_size ps ON ps.product_id = p.id
      JOIN recipe_line r ON r.product_id = p.id
      JOIN ingredient i ON i.id = r.ingredient_id
      LEFT JOIN stock_level s ON s.pizzeria_id = ? AND s.ingredient_id = r.ingredient_id
      WHERE p.active = TRUE
      ORDER BY p.id, i.id
      """;

  private final JdbcClient jdbc;

  MenuQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The versions a menu depends on, or empty for an unknown pizzeria. */
  Optional<Versions> versions(long pizzeriaId) {
    return jdbc.sql(
            "SELECT v.version AS stock, c.version AS catalogue"
                + " FROM stock_version v JOIN catalogue_version c ON c.id = 1"
                + " WHERE v.pizzeria_id = ?")
        .param(pizzeriaId)
        .query((rs, n) -> new Versions(rs.getLong("stock"), rs.getLong("catalogue")))
        .optional();
  }

  Menu menu(long pizzeriaId) {
    Map<Long, ProductRows> products = new LinkedHashMap<>();
    jdbc.sql(MENU)
        .param(pizzeriaId)
        .query(
            rs -> {
              long id = rs.getLong("id");
              ProductRows product = products.get(id);
              if (product == null) {
                product =
                    new ProductRows(
                        id,
                        rs.getString("name"),
                        Category.valueOf(rs.getString("category")),
                        rs.getString("description"),
                        rs.getString("photo_url"),
                        VatRate.ofPercent(rs.getBigDecimal("vat_rate")).orElseThrow());
                products.put(id, product);
              }
              Size size = Size.valueOf(rs.getString("size"));
              product.prices.put(size, rs.getBigDecimal("price_excl_vat"));
              product
                  .recipes
                  .computeIfAbsent(size, s -> new ArrayList<>())
                  .add(
                      new Availability.Line(
                          rs.getString("ingredient"),
                          rs.getBigDecimal("quantity"),
                          rs.getBigDecimal("stock")));
            });
    Collator french = Collator.getInstance(Locale.FRENCH);
    return new Menu(
        pizzeriaId,
        products.values().stream()
            .sorted(
                Comparator.comparing((ProductRows p) -> p.category)
                    .thenComparing(p -> p.name, french))
            .map(ProductRows::toItem)
            .toList());
  }

  record Versions(long stock, long catalogue) {}

  /** The rows of one product, grouped by size. */
  private static final class ProductRows {

    private final long id;
    private final String name;
    private final Category category;
    private final String description;
    private final String photoUrl;
    private final VatRate vatRate;
    private final Map<Size, BigDecimal> prices = new TreeMap<>();
    private final Map<Size, List<Availability.Line>> recipes = new TreeMap<>();

    ProductRows(
        long id,
        String name,
        Category category,
        String description,
        String photoUrl,
        VatRate vatRate) {
      this.id = id;
      this.name = name;
      this.category = category;
      this.description = description;
      this.photoUrl = photoUrl;
      this.vatRate = vatRate;
    }

    Item toItem() {
      List<SizeOffer> sizes =
          prices.entrySet().stream()
              .map(
                  price -> {
                    Availability availability =
                        Availability.of(price.getKey(), recipes.get(price.getKey()));
                    return new SizeOffer(
                        price.getKey(),
                        price.getValue(),
                        vatRate.applyTo(price.getValue()),
                        availability.canMake(),
                        availability.canMake() > 0,
                        availability.missingIngredients());
                  })
              .toList();
      return new Item(
          id,
          name,
          category,
          description,
          ingredients(),
          photoUrl,
          vatRate.percent(),
          sizes.stream().anyMatch(SizeOffer::available),
          sizes);
    }

    /** The recipe's ingredients, the same at every size, in the catalogue's order. */
    private List<String> ingredients() {
      return recipes.values().stream()
          .flatMap(List::stream)
          .map(Availability.Line::ingredient)
          .distinct()
          .toList();
    }
  }
}
