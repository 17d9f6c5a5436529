import { describe, expect, it } from 'vitest';
import { heatmap, level } from './heatmap';

describe('orders-per-hour heatmap', () => {
  it('puts each cell under its weekday and hour, Monday first', () => {
    const grid = heatmap([
      { dayOfWeek: 5, hour: 20, orders: 12, averagePerWeek: 12 },
      { dayOfWeek: 1, hour: 12, orders: 3, averagePerWeek: 3 },
    ]);
    expect(grid.rows.map((r) => r.dayOfWeek)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(grid.rows[4].values[grid.hours.indexOf(20)]).toBe(12);
    expect(grid.rows[0].values[grid.hours.indexOf(12)]).toBe(3);
    expect(grid.max).toBe(12);
  });

  it('always shows the opening hours and stretches to late or early orders', () => {
    expect(heatmap([]).hours).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    const late = heatmap([{ dayOfWeek: 6, hour: 23, orders: 1, averagePerWeek: 1 }]);
    expect(late.hours[late.hours.length - 1]).toBe(23);
    expect(heatmap([{ dayOfWeek: 6, hour: 9, orders: 1, averagePerWeek: 1 }]).hours[0]).toBe(9);
  });

  it('shades no orders as 0 and the busiest hour as 4, any order at least 1', () => {
    expect(level(0, 12)).toBe(0);
    expect(level(1, 12)).toBe(1);
    expect(level(7, 12)).toBe(3);
    expect(level(12, 12)).toBe(4);
    expect(level(0, 0)).toBe(0);
  });
});
