package com.ocpizza.stock.catalogue;

import com.ocpizza.stock.catalogue.CatalogueRequests.IngredientRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.PricesRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.ProductDetailsRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.ProductRequest;
import com.ocpizza.stock.catalogue.CatalogueRequests.RecipeRequest;
import com.ocpizza.stock.catalogue.CatalogueViews.IngredientView;
import com.ocpizza.stock.catalogue.CatalogueViews.ProductView;
import com.ocpizza.stock.catalogue.CatalogueViews.RecipeView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The head office's catalogue, and the recipes pizzaiolos read. */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final CatalogueService catalogue;

  CatalogueController(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/products")
  List<ProductView> products() {
    return catalogue.products();
  }

  @PostMapping("/products")
  ResponseEntity<ProductView> addProduct(@Valid @RequestBody ProductRequest request) {
    ProductView product = catalogue.addProduct(request);
    return ResponseEntity.created(URI.create("/api/catalogue/products/" + product.id()))
        .body(product);
  }

  @GetMapping("/products/{id}")
  ProductView product(@PathVariable long id) {
    return catalogue.productView(id);
  }

  @PutMapping("/products/{id}")
  ProductView describeProduct(
      @PathVariable long id, @Valid @RequestBody ProductDetailsRequest request) {
    return catalogue.describeProduct(id, request);
  }

  @PutMapping("/products/{id}/prices")
  ProductView repriceProduct(@PathVariable long id, @Valid @RequestBody PricesRequest request) {
    return catalogue.repriceProduct(id, request);
  }

  @GetMapping("/products/{id}/recipe")
  RecipeView recipe(@PathVariable long id) {
    return catalogue.recipe(id);
  }

  @PutMapping("/products/{id}/recipe")
  RecipeView changeRecipe(@PathVariable long id, @Valid @RequestBody RecipeRequest request) {
    return catalogue.changeRecipe(id, request);
  }

  @PostMapping("/products/{id}/activate")
  ProductView activate(@PathVariable long id) {
    return catalogue.activate(id);
  }

  @PostMapping("/products/{id}/deactivate")
  ProductView deactivate(@PathVariable long id) {
    return catalogue.deactivate(id);
  }

  @GetMapping("/ingredients")
  List<IngredientView> ingredients() {
    return catalogue.ingredients();
  }

  @PostMapping("/ingredients")
  ResponseEntity<IngredientView> addIngredient(@Valid @RequestBody IngredientRequest request) {
    IngredientView ingredient = catalogue.addIngredient(request);
    return ResponseEntity.created(URI.create("/api/catalogue/ingredients/" + ingredient.id()))
        .body(ingredient);
  }

  @PutMapping("/ingredients/{id}")
  IngredientView changeIngredient(
      @PathVariable long id, @Valid @RequestBody IngredientRequest request) {
    return catalogue.changeIngredient(id, request);
  }
}
