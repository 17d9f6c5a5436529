package com.ocpizza.stock.catalogue;

import com.ocpizza.common.feed.Outbox;
import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.stock.catalogue.CatalogueChanged.Change;
import com.ocpizza.stock.catalogue.CatalogueRequests.IngredientRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.PricesRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.ProductDetailsRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.ProductRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.RecipeRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.SizePriceRequest;
import com.ocpizza.stock.catalogue.CatalogueViews.IngredientView;
import com.ocpizza.stock.catalogue.CatalogueViews.ProductView;
import com.ocpizza.stock.catalogue.CatalogueViews.RecipeLineView;
import com.ocpizza.stock.catalogue.CatalogueViews.RecipeView;
import com.ocpizza.stock.system.InvalidRequestException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The head office's changes to the catalogue, each published on the feed. */
@Service
@Transactional
class CatalogueService {

  private final ProductRepository products;
  private final IngredientRepository ingredients;
  private final Outbox outbox;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  CatalogueService(
      ProductRepository products,
      IngredientRepository ingredients,
      Outbox outbox,
      ApplicationEventPublisher events,
      JdbcClient jdbc) {
    this.products = products;
    this.ingredients = ingredients;
    this.outbox = outbox;
    this.events = events;
    this.jdbc = jdbc;
  }

  IngredientView addIngredient(IngredientRequest request) {
    if (ingredients.existsByNameIgnoreCase(request.name().strip())) {
      throw new ConflictException("An ingredient named " + request.name() + " already exists.");
    }
    Ingredient ingredient =
        ingredients.save(
            new Ingredient(
                request.name(), request.unit(), request.unitCost(), request.allergenSet()));
    events.publishEvent(new IngredientAdded(ingredient.id()));
    return IngredientView.of(ingredient);
  }

  IngredientView changeIngredient(long id, IngredientRequest request) {
    Ingredient ingredient = ingredient(id);
    if (request.unit() != ingredient.unit()) {
      throw new InvalidRequestException(
          "unit", "stays " + ingredient.unit() + ": stock is counted in it");
    }
    if (ingredients.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)) {
      throw new ConflictException("An ingredient named " + request.name() + " already exists.");
    }
    boolean renamed = !ingredient.name().equals(request.name().strip());
    ingredient.describe(request.name(), request.allergenSet());
    ingredient.reprice(request.unitCost());
    if (renamed) {
      bumpCatalogueVersion();
    }
    return IngredientView.of(ingredient);
  }

  ProductView addProduct(ProductRequest request) {
    if (products.existsByNameIgnoreCase(request.name().strip())) {
      throw new ConflictException("A product named " + request.name() + " already exists.");
    }
    checkIngredientsExist(request.recipe());
    Product product =
        products.save(
            new Product(
                request.name(),
                request.category(),
                request.description(),
                request.photoUrl(),
                vatRate(request.vatRate()),
                request.sizes().stream().map(SizePriceRequest::toSizePrice).toList(),
                request.recipe().lines().stream().map(l -> l.toRecipeLine()).toList(),
                request.recipe().memoryAid()));
    return changed(product, Change.CREATED);
  }

  ProductView describeProduct(long id, ProductDetailsRequest request) {
    Product product = product(id);
    if (products.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)) {
      throw new ConflictException("A product named " + request.name() + " already exists.");
    }
    product.describe(request.name(), request.description(), request.photoUrl());
    product.changeVatRate(vatRate(request.vatRate()));
    return changed(product, Change.DESCRIBED);
  }

  ProductView repriceProduct(long id, PricesRequest request) {
    Product product = product(id);
    product.reprice(request.sizes().stream().map(SizePriceRequest::toSizePrice).toList());
    return changed(product, Change.REPRICED);
  }

  RecipeView changeRecipe(long id, RecipeRequest request) {
    Product product = product(id);
    checkIngredientsExist(request);
    product.changeRecipe(
        request.lines().stream().map(l -> l.toRecipeLine()).toList(), request.memoryAid());
    changed(product, Change.RECIPE_CHANGED);
    return recipeOf(product);
  }

  ProductView activate(long id) {
    Product product = product(id);
    return product.activate() ? changed(product, Change.ACTIVATED) : ProductView.of(product);
  }

  ProductView deactivate(long id) {
    Product product = product(id);
    return product.deactivate() ? changed(product, Change.DEACTIVATED) : ProductView.of(product);
  }

  @Transactional(readOnly = true)
  List<ProductView> products() {
    return products.findAllByOrderByCategoryAscNameAsc().stream().map(ProductView::of).toList();
  }

  @Transactional(readOnly = true)
  ProductView productView(long id) {
    return ProductView.of(product(id));
  }

  @Transactional(readOnly = true)
  RecipeView recipe(long id) {
    return recipeOf(product(id));
  }

  @Transactional(readOnly = true)
  List<IngredientView> ingredients() {
    return ingredients.findAllByOrderByNameAsc().stream().map(IngredientView::of).toList();
  }

  private RecipeView recipeOf(Product product) {
    Map<Long, Ingredient> used =
        ingredients
            .findAllById(product.recipe().stream().map(RecipeLine::ingredientId).toList())
            .stream()
            .collect(Collectors.toMap(Ingredient::id, Function.identity()));
    List<RecipeLineView> lines =
        product.recipe().stream()
            .map(
                line -> {
                  Ingredient ingredient = used.get(line.ingredientId());
                  Map<Size, BigDecimal> quantities = new LinkedHashMap<>();
                  product
                      .sizes()
                      .forEach(
                          offered ->
                              quantities.put(
                                  offered.size(), offered.size().scale(line.quantity())));
                  return new RecipeLineView(
                      ingredient.id(), ingredient.name(), ingredient.unit(), quantities);
                })
            .toList();
    return new RecipeView(product.id(), product.name(), product.memoryAid(), lines);
  }

  private ProductView changed(Product product, Change change) {
    outbox.append(
        CatalogueChanged.TYPE,
        String.valueOf(product.id()),
        new CatalogueChanged(product.id(), product.name(), change));
    bumpCatalogueVersion();
    return ProductView.of(product);
  }

  /** Menus are cached per catalogue version: any change they show moves it. */
  private void bumpCatalogueVersion() {
    jdbc.sql("UPDATE catalogue_version SET version = version + 1 WHERE id = 1").update();
  }

  private void checkIngredientsExist(RecipeRequest recipe) {
    for (int i = 0; i < recipe.lines().size(); i++) {
      if (!ingredients.existsById(recipe.lines().get(i).ingredientId())) {
        throw new InvalidRequestException(
            "recipe.lines[" + i + "].ingredientId", "is not a known ingredient");
      }
    }
  }

  private static VatRate vatRate(BigDecimal percent) {
    return VatRate.ofPercent(percent)
        .orElseThrow(() -> new InvalidRequestException("vatRate", "must be 5.5, 10 or 20"));
  }

  private Product product(long id) {
    return products.findById(id).orElseThrow(() -> new NotFoundException("No product " + id + "."));
  }

  private Ingredient ingredient(long id) {
    return ingredients
        .findById(id)
        .orElseThrow(() -> new NotFoundException("No ingredient " + id + "."));
  }
}
