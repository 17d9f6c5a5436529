package com.ocpizza.stock.menu;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A pizzeria's menu, public. */
@RestController
class MenuController {

  private final MenuService menus;

  MenuController(MenuService menus) {
    this.menus = menus;
  }

  @GetMapping("/api/pizzerias/{id}/menu")
  Menu menu(@PathVariable long id) {
    return menus.menu(id);
  }
}
