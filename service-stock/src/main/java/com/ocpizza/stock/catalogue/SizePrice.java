package com.ocpizza.stock.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A size a product is sold in, at its price excluding VAT. */
@Embeddable
record SizePrice(@Enumerated(EnumType.STRING) Size size, BigDecimal priceExclVat) {}
