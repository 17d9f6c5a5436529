package com.ocpizza.stock.catalogue;

import com.ocpizza.stock.system.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells other features which ingredients exist and the unit each is counted in. */
@Component
public class IngredientUnits {

  private final JdbcClient jdbc;

  IngredientUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit of each known ingredient among these ids; unknown ids are left out. */
  public Map<Long, Unit> of(Collection<Long> ingredientIds) {
    Map<Long, Unit> units = new HashMap<>();
    if (ingredientIds.isEmpty()) {
      return units;
    }
    jdbc.sql("SELECT id, unit FROM ingredient WHERE id IN (:ids)")
        .param("ids", List.copyOf(ingredientIds))
        .query(
            rs -> {
              units.put(rs.getLong("id"), Unit.valueOf(rs.getString("unit")));
            });
    return units;
  }

  /**
   * Checks lines about ingredients (received, wasted, counted): each names a known ingredient, only
   * once, in its unit if the line states one, and in whole pieces for ingredients counted in
   * pieces.
   *
   * @throws InvalidRequestException naming the first offending field, e.g. {@code lines[2].unit}
   */
  public <L> void check(
      List<L> lines,
      Function<L, Long> ingredient,
      Function<L, Unit> statedUnit,
      Function<L, BigDecimal> quantity,
      String quantityField) {
    Map<Long, Unit> units = of(lines.stream().map(ingredient).toList());
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      L line = lines.get(i);
      Long id = ingredient.apply(line);
      String prefix = "lines[" + i + "].";
      Unit unit = units.get(id);
      if (unit == null) {
        throw new InvalidRequestException(prefix + "ingredientId", "is not a known ingredient");
      }
      if (!seen.add(id)) {
        throw new InvalidRequestException(prefix + "ingredientId", "appears on two lines");
      }
      Unit stated = statedUnit.apply(line);
      if (stated != null && stated != unit) {
        throw new InvalidRequestException(prefix + "unit", "this ingredient is counted in " + unit);
      }
      if (!unit.isCountable(quantity.apply(line))) {
        throw new InvalidRequestException(prefix + quantityField, "must be whole pieces");
      }
    }
  }
}
