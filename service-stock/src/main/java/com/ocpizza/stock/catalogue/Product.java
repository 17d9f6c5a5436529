package com.ocpizza.stock.catalogue;

import com.ocpizza.stock.system.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Something the chain sells: a pizza in three sizes, or a drink or dessert in one, with its prices
 * excl. VAT, its VAT rate and its recipe. Orders copy the prices they were sold at, so repricing
 * never alters them. Only a product with a recipe and at least one size can be on sale.
 */
@Entity
class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Category category;

  private String description;

  private String photoUrl;

  @Convert(converter = VatRateConverter.class)
  private VatRate vatRate;

  private boolean active;

  private String memoryAid;

  @ElementCollection
  @CollectionTable(name = "product_size", joinColumns = @JoinColumn(name = "product_id"))
  private List<SizePrice> sizes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "recipe_line", joinColumns = @JoinColumn(name = "product_id"))
  private List<RecipeLine> recipe = new ArrayList<>();

  @Version private long version;

  protected Product() {}

  /** A new product, on sale at once. */
  Product(
      String name,
      Category category,
      String description,
      String photoUrl,
      VatRate vatRate,
      List<SizePrice> sizes,
      List<RecipeLine> recipe,
      String memoryAid) {
    this.category = category;
    describe(name, description, photoUrl);
    this.vatRate = vatRate;
    reprice(sizes);
    changeRecipe(recipe, memoryAid);
    this.active = true;
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  Category category() {
    return category;
  }

  String description() {
    return description;
  }

  String photoUrl() {
    return photoUrl;
  }

  VatRate vatRate() {
    return vatRate;
  }

  boolean isActive() {
    return active;
  }

  String memoryAid() {
    return memoryAid;
  }

  List<SizePrice> sizes() {
    return sizes.stream().sorted(Comparator.comparing(SizePrice::size)).toList();
  }

  List<RecipeLine> recipe() {
    return List.copyOf(recipe);
  }

  Optional<BigDecimal> priceOf(Size size) {
    return sizes.stream()
        .filter(offered -> offered.size() == size)
        .map(SizePrice::priceExclVat)
        .findFirst();
  }

  void describe(String name, String description, String photoUrl) {
    this.name = name.strip();
    this.description = description.strip();
    this.photoUrl = photoUrl == null || photoUrl.isBlank() ? null : photoUrl.strip();
  }

  void changeVatRate(VatRate vatRate) {
    this.vatRate = vatRate;
  }

  /** Sets the sizes sold and their prices; past orders keep the prices they were sold at. */
  void reprice(List<SizePrice> offered) {
    if (offered.isEmpty()) {
      throw new InvalidRequestException("sizes", "must offer at least one size");
    }
    var seen = new HashSet<Size>();
    for (SizePrice price : offered) {
      if (!price.size().fits(category)) {
        throw new InvalidRequestException(
            "sizes",
            category == Category.PIZZA
                ? "pizzas come in SMALL, MEDIUM or LARGE"
                : "drinks and desserts come in SINGLE size only");
      }
      if (!seen.add(price.size())) {
        throw new InvalidRequestException("sizes", price.size() + " appears twice");
      }
      if (price.priceExclVat().signum() <= 0) {
        throw new InvalidRequestException("sizes", "prices must be positive");
      }
    }
    sizes.clear();
    offered.forEach(
        price ->
            sizes.add(
                new SizePrice(
                    price.size(), price.priceExclVat().setScale(2, RoundingMode.HALF_UP))));
  }

  void changeRecipe(List<RecipeLine> lines, String memoryAid) {
    if (lines.isEmpty()) {
      throw new InvalidRequestException("recipe.lines", "a recipe needs at least one ingredient");
    }
    var seen = new HashSet<Long>();
    for (RecipeLine line : lines) {
      if (!seen.add(line.ingredientId())) {
        throw new InvalidRequestException(
            "recipe.lines", "ingredient " + line.ingredientId() + " appears twice");
      }
      if (line.quantity().signum() <= 0) {
        throw new InvalidRequestException("recipe.lines", "quantities must be positive");
      }
    }
    recipe.clear();
    recipe.addAll(lines);
    this.memoryAid = memoryAid == null ? "" : memoryAid.strip();
  }

  /** Puts the product on sale; it was off. */
  boolean activate() {
    boolean changed = !active;
    active = true;
    return changed;
  }

  /** Takes the product off sale everywhere; orders already placed are not affected. */
  boolean deactivate() {
    boolean changed = active;
    active = false;
    return changed;
  }
}
