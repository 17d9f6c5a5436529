package com.ocpizza.stock.menu;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
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

  /** Always revalidated (stock moves all evening); unchanged since the client's copy → 304. */
  @GetMapping("/api/pizzerias/{id}/menu")
  ResponseEntity<Menu> menu(@PathVariable long id) {
    MenuService.Current current = menus.menu(id);
    return ResponseEntity.ok()
        .eTag(current.etag())
        .cacheControl(CacheControl.noCache())
        .body(current.menu());
  }
}
