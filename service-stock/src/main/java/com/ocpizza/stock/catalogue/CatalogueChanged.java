package com.ocpizza.stock.catalogue;

/**
 * Feed event: a product was created or changed. Consumers re-read what they need; orders already
 * placed keep the prices they were sold at.
 */
record CatalogueChanged(long productId, String name, Change change) {

  static final String TYPE = "CatalogueChanged";

  enum Change {
    CREATED,
    DESCRIBED,
    REPRICED,
    RECIPE_CHANGED,
    ACTIVATED,
    DEACTIVATED
  }
}
