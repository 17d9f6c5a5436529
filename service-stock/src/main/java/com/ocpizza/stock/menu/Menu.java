package com.ocpizza.stock.menu;

import com.ocpizza.stock.catalogue.Category;
import com.ocpizza.stock.catalogue.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pizzeria's menu right now: every product on sale with its ingredients and, per size, its prices
 * and how many the stock can make. What cannot be made is flagged with the ingredients missing, not
 * hidden.
 */
record Menu(long pizzeriaId, List<Item> products) {

  record Item(
      long productId,
      String name,
      Category category,
      String description,
      List<String> ingredients,
      String photoUrl,
      BigDecimal vatRate,
      boolean available,
      List<SizeOffer> sizes) {}

  record SizeOffer(
      Size size,
      BigDecimal priceExclVat,
      BigDecimal priceInclVat,
      long canMake,
      boolean available,
      List<String> missingIngredients) {}
}
