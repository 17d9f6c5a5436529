import type { PeakCell } from '../types';

/** Orders per hour of each weekday, laid out for a table: rows Monday..Sunday, one column per hour. */
export interface Heatmap {
  hours: number[];
  rows: { dayOfWeek: number; values: number[] }[];
  max: number;
}

/**
 * Buckets the peak-hour cells into a week × hours grid. The hours shown run from the earliest to
 * the latest hour with any order (at least 11:00–23:00, the opening hours), so the evening peak is
 * never cut off and a quiet day still shows its empty hours.
 */
export function heatmap(cells: PeakCell[], value: (c: PeakCell) => number = (c) => c.orders): Heatmap {
  const active = cells.filter((c) => value(c) > 0);
  const first = Math.min(11, ...active.map((c) => c.hour));
  const last = Math.max(22, ...active.map((c) => c.hour));
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const rows = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
    dayOfWeek,
    values: hours.map((hour) =>
      cells
        .filter((c) => c.dayOfWeek === dayOfWeek && c.hour === hour)
        .reduce((sum, c) => sum + value(c), 0),
    ),
  }));
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  return { hours, rows, max };
}

/** A shade level 0..4 for a cell: 0 only for no orders at all, 4 for the busiest hour. */
export function level(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((value / max) * 4));
}
