package com.ocpizza.stock.catalogue;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How much of an ingredient one medium item takes. */
@Embeddable
record RecipeLine(Long ingredientId, BigDecimal quantity) {}
