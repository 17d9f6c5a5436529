import type { DeliveryAddress } from '../types';

/** An OpenStreetMap search for a delivery address, for the courier's phone. */
export function mapUrl(address: DeliveryAddress): string {
  const query = `${address.street}, ${address.postcode} ${address.city}, France`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** A tel: link; spaces and dots dropped so every phone dials it. */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** Whether a typed phone number looks dialable: French 0X XX XX XX XX or +country… */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/[\s.\-()]/g, '');
  return /^0[1-9]\d{8}$/.test(digits) || /^\+\d{8,15}$/.test(digits);
}
