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
 * <p>No transaction on purpose: two single statements under autocommit; the menu statement runs
 * after the version read, so it sees at least that state.
 */
@Service
class MenuService {

  private final MenuQuery query;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  MenuService(MenuQuery query) {
    this.query = query;
  }

  Menu menu(long pizzeriaId) {
    Versions versions =
        query
            .versions(pizzeriaId)
            .orElseThrow(() -> new NotFoundException("No pizzeria " + pizzeriaId + "."));
    Cached cached = cache.get(pizzeriaId);
    if (cached != null && cached.versions.equals(versions)) {
      return cached.menu;
    }
    Menu menu = query.menu(pizzeriaId);
    cache.put(pizzeriaId, new Cached(versions, menu));
    return menu;
  }

  private record Cached(Versions versions, Menu menu) {}
}
