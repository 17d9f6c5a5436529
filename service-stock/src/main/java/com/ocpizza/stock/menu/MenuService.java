package com.ocpizza.stock.menu;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.stock.menu.MenuQuery.Versions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Serves menus, the most requested page. A menu is rebuilt only when its pizzeria's stock version
 * or the catalogue version moved: every stock change and every catalogue change bumps one of them
 * in its own transaction, so a cached menu is never older than the versions it was built at, and
 * each replica checks the versions in the database (one primary-key read) on every request.
 *
 * <p>The versions also make the menu's entity tag, so browsers and the gateway can revalidate
 * cheaply (304).
 *
 * <p>No transaction on purpose: two single statements under autocommit; the menu statement runs
 * after the version read, so it sees at least that state.
 */
@Service
class MenuService {

  private final MenuQuery query;
  private final Map<Long, Current> cache = new ConcurrentHashMap<>();

  MenuService(MenuQuery query) {
    this.query = query;
  }

  Current menu(long pizzeriaId) {
    Versions versions =
        query
            .versions(pizzeriaId)
            .orElseThrow(() -> new NotFoundException("No pizzeria " + pizzeriaId + "."));
    Current cached = cache.get(pizzeriaId);
    if (cached != null && cached.versions.equals(versions)) {
      return cached;
    }
    Current current = new Current(versions, query.menu(pizzeriaId));
    cache.put(pizzeriaId, current);
    return current;
  }

  /** A menu and the versions it was built at. */
  record Current(Versions versions, Menu menu) {

    /** Same versions, same menu: an entity tag every replica computes alike. */
    String etag() {
      return "\"" + menu.pizzeriaId() + "-" + versions.stock() + "-" + versions.catalogue() + "\"";
    }
  }
}
