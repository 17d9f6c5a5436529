package com.ocpizza.management.invoice;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller's identity printed on every document: the company, and each pizzería's establishment
 * (SIRET, address).
 */
@ConfigurationProperties("ocpizza.seller")
public record SellerProperties(
    String companyName,
    String legalForm,
    String siren,
    String vatNumber,
    String headOffice,
    Map<Long, Outlet> pizzerias) {

  /** One establishment of the company. */
  public record Outlet(String name, String siret, String address) {}

  public SellerProperties {
    pizzerias = pizzerias == null ? Map.of() : Map.copyOf(pizzerias);
  }

  public Outlet outlet(long pizzeria) {
    return pizzerias.getOrDefault(
        pizzeria, new Outlet(companyName + " — pizzeria " + pizzeria, siren, headOffice));
  }
}
