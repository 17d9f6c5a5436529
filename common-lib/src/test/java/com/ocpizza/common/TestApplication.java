package com.ocpizza.common;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.EndpointRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service that exercises the common plumbing as the real services use it. */
@SpringBootApplication
public class TestApplication {

  record Pizza(@NotBlank String name, @Positive int count) {}

  @Bean
  EndpointRules pizzaRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.POST, "/api/pizzas")
            .hasRole("CUSTOMER")
            .requestMatchers(HttpMethod.GET, "/api/pizzas/recipe")
            .authenticated();
  }

  @RestController
  static class PizzaController {

    @PostMapping("/api/pizzas")
    Pizza order(@Valid @RequestBody Pizza pizza, Caller caller) {
      return new Pizza(pizza.name() + " for " + caller.userId(), pizza.count());
    }

    /** A secret only the kitchen may read, checked on the method rather than the path. */
    @GetMapping("/api/pizzas/recipe")
    @PreAuthorize("hasRole('PIZZAIOLO')")
    String recipe() {
      return "tomato, mozzarella, basil";
    }
  }
}
