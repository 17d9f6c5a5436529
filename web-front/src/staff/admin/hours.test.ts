import { describe, expect, it } from 'vitest';
import { hoursErrors, isSiret, parsePostcodes } from './hours';

describe('pizzeria hours and delivery area', () => {
  it('refuses a service closing before it opens, or overlapping another the same day', () => {
    expect(
      hoursErrors([
        { day: 'MONDAY', opens: '11:30', closes: '14:30' },
        { day: 'MONDAY', opens: '14:00', closes: '22:30' },
        { day: 'TUESDAY', opens: '18:00', closes: '17:00' },
        { day: 'TUESDAY', opens: '11:30:00', closes: '14:30:00' },
      ]),
    ).toEqual({ 0: 'admin.hours.overlap', 1: 'admin.hours.overlap', 2: 'admin.hours.closeAfterOpen' });
  });

  it('reads postcodes separated by commas or spaces, once each, and names the bad ones', () => {
    expect(parsePostcodes('75011, 75012 75011;7502')).toEqual({ postcodes: ['75011', '75012'], invalid: ['7502'] });
  });

  it('accepts a SIRET whose Luhn checksum holds, and no other', () => {
    expect(isSiret('81234567600108')).toBe(true);
    expect(isSiret('81234567600109')).toBe(false);
    expect(isSiret('8123456760010')).toBe(false);
    expect(isSiret('8123456760010A')).toBe(false);
  });
});
