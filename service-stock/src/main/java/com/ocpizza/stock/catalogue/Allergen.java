package com.ocpizza.stock.catalogue;

/** The fourteen allergens EU regulation 1169/2011 requires a menu to declare. */
public enum Allergen {
  GLUTEN,
  CRUSTACEANS,
  EGGS,
  FISH,
  PEANUTS,
  SOYBEANS,
  MILK,
  NUTS,
  CELERY,
  MUSTARD,
  SESAME,
  SULPHITES,
  LUPIN,
  MOLLUSCS
}
