import { describe, expect, it } from 'vitest';
import { looksLikePhone, mapUrl, telUrl } from './links';

describe('courier links', () => {
  it('searches the full address on OpenStreetMap', () => {
    expect(mapUrl({ street: '12 rue Oberkampf', postcode: '75011', city: 'Paris' })).toBe(
      'https://www.openstreetmap.org/search?query=12%20rue%20Oberkampf%2C%2075011%20Paris%2C%20France',
    );
  });

  it('dials a number without its spaces or dots', () => {
    expect(telUrl('+33 6 12 34 56 78')).toBe('tel:+33612345678');
    expect(telUrl('06.12.34.56.78')).toBe('tel:0612345678');
  });

  it('accepts French and international numbers as people type them, nothing else', () => {
    expect(looksLikePhone('06 12 34 56 78')).toBe(true);
    expect(looksLikePhone('+33612345678')).toBe(true);
    expect(looksLikePhone('06 12 34')).toBe(false);
    expect(looksLikePhone('pizza')).toBe(false);
  });
});
