package com.ocpizza.stock.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What the head office sends to manage the catalogue. */
final class CatalogueRequests {

  private CatalogueRequests() {}

  record IngredientRequest(
      @NotBlank @Size(max = 100) String name,
      @NotNull Unit unit,
      @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 4)
          BigDecimal unitCost,
      @Size(max = 14) Set<@NotNull Allergen> allergens) {

    Set<Allergen> allergenSet() {
      return allergens == null ? Set.of() : allergens;
    }
  }

  record ProductRequest(
      @NotBlank @Size(max = 100) String name,
      @NotNull Category category,
      @NotBlank @Size(max = 500) String description,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String photoUrl,
      @NotNull BigDecimal vatRate,
      @NotEmpty @Size(max = 3) List<@Valid @NotNull SizePriceRequest> sizes,
      @NotNull @Valid RecipeRequest recipe) {}

  record ProductDetailsRequest(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 500) String description,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String photoUrl,
      @NotNull BigDecimal vatRate) {}

  record PricesRequest(@NotEmpty @Size(max = 3) List<@Valid @NotNull SizePriceRequest> sizes) {}

  record SizePriceRequest(
      @NotNull com.ocpizza.stock.catalogue.Size size,
      @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
          BigDecimal priceExclVat) {

    SizePrice toSizePrice() {
      return new SizePrice(size, priceExclVat);
    }
  }

  record RecipeRequest(
      @NotEmpty @Size(max = 30) List<@Valid @NotNull RecipeLineRequest> lines,
      @Size(max = 2000) String memoryAid) {}

  record RecipeLineRequest(
      @NotNull @Positive Long ingredientId,
      @NotNull @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
          BigDecimal quantity) {

    RecipeLine toRecipeLine() {
      return new RecipeLine(ingredientId, quantity);
    }
  }
}
