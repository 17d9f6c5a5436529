/**
 * The deliveries a courier has taken on this phone before leaving. The order service records the
 * courier when they leave (or when the manager assigns one); until then "taken" is the courier's
 * own pile, kept across reloads on the device.
 */
export class Taken {
  private constructor(
    private readonly key: string,
    private readonly ids: ReadonlySet<string>,
  ) {}

  static load(key: string): Taken {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? '[]');
      return new Taken(key, new Set(Array.isArray(stored) ? stored.map(String) : []));
    } catch {
      return new Taken(key, new Set());
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  take(id: string): Taken {
    return this.save(new Set([...this.ids, id]));
  }

  release(id: string): Taken {
    return this.save(new Set([...this.ids].filter((x) => x !== id)));
  }

  private save(ids: Set<string>): Taken {
    localStorage.setItem(this.key, JSON.stringify([...ids]));
    return new Taken(this.key, ids);
  }
}

export function takenBy(courierId: string): Taken {
  return Taken.load(`ocpizza.courier.taken.${courierId}`);
}
