import type { ProblemError } from '../api/http';

/** An i18n key of the common namespace and its values. */
export type Text = { key: string; values?: Record<string, string> };

/** Problem types whose own sentence says it all: the server's detail adds nothing for the user. */
const SPECIFIC_KINDS = [
  'network',
  'validation',
  'malformed-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'insufficient-stock',
  'pizzeria-closed',
  'too-many-requests',
  'dependency-unavailable',
  'server-error',
  'invalid-password-link',
];

/**
 * Details the services write in English under a generic type (conflict, unprocessable), each
 * with its plain French sentence. Matched on the server's wording, which is only a fallback key:
 * an unknown detail is shown as it comes.
 */
const KNOWN_DETAILS: [RegExp, string][] = [
  [/does not deliver to (?<postcode>\d{5})/, 'problem.known.notDelivered'],
  [/is not on this pizzeria's menu/, 'problem.known.notOnMenu'],
  [/customer with this phone number already exists/, 'problem.known.phoneTaken'],
  [/keeps at most (?<max>\d+) addresses/, 'problem.known.tooManyAddresses'],
  [/changed this at the same moment/, 'problem.known.changedMeanwhile'],
  [/already taken this delivery/, 'problem.known.deliveryTaken'],
  [/still being placed/, 'problem.known.stillPlacing'],
  [/e-mail address already has an account/, 'problem.known.emailTaken'],
  [/A delivery needs an address/, 'problem.known.addressNeeded'],
  [/pizzeria (with|has) this name or SIRET/, 'problem.known.pizzeriaTaken'],
  [/ named .* already exists/, 'problem.known.nameTaken'],
];

/** Statuses answered without a known type. */
const BY_STATUS: Record<number, string> = {
  401: 'problem.unauthorized',
  403: 'problem.forbidden',
  404: 'problem.not-found',
  409: 'problem.conflict',
  422: 'problem.unprocessable',
  429: 'problem.too-many-requests',
  503: 'problem.dependency-unavailable',
};

/**
 * What to tell the user about a problem: the sentence, and whether the server's detail should
 * follow it (only when our sentence is a generic one).
 */
export function problemText(error: ProblemError): { text: Text; showDetail: boolean } {
  for (const [pattern, key] of KNOWN_DETAILS) {
    const match = error.detail ? pattern.exec(error.detail) : null;
    if (match) return { text: { key, values: { ...match.groups } }, showDetail: false };
  }
  if (error.kind === 'illegal-transition' && typeof error.extensions.status === 'string') {
    return {
      text: { key: 'problem.illegal-transition', values: { status: error.extensions.status } },
      showDetail: false,
    };
  }
  if (SPECIFIC_KINDS.includes(error.kind)) return { text: { key: `problem.${error.kind}` }, showDetail: false };
  if (error.kind === 'conflict' || error.kind === 'unprocessable') {
    return { text: { key: `problem.${error.kind}` }, showDetail: true };
  }
  const byStatus = BY_STATUS[error.status] ?? (error.status >= 500 ? 'problem.server-error' : 'problem.generic');
  return { text: { key: byStatus }, showDetail: true };
}

/** Bean Validation and service field messages in English, with their French key. */
const KNOWN_FIELD_MESSAGES: [RegExp, string][] = [
  [/^must not be (blank|null|empty)$/, 'problem.fieldMessage.required'],
  [/^must be a (5-digit )?French postcode$/, 'problem.fieldMessage.postcode'],
  [/^(must be a phone number|is not a valid phone number)$/, 'problem.fieldMessage.phone'],
  [/^must be a well-formed email address$/, 'problem.fieldMessage.email'],
  [/^size must be between (?<min>\d+) and (?<max>\d+)$/, 'problem.fieldMessage.length'],
  [/^has an invalid value$/, 'problem.fieldMessage.invalid'],
  [/^must be greater than( or equal to)? 0$/, 'problem.fieldMessage.positive'],
  [/^(is not a valid SIRET number|must be 14 digits)$/, 'problem.fieldMessage.siret'],
];

/** A field error's message in plain French when we know it, else the server's own words. */
export function fieldMessage(message: string, t: (key: string, values?: Record<string, string>) => string): string {
  for (const [pattern, key] of KNOWN_FIELD_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, { ...match.groups });
  }
  return message;
}
