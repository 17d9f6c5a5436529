/**
 * The one way the app talks to the API: JSON in and out, the bearer token of the signed-in user,
 * RFC 9457 problems turned into {@link ProblemError}s, and server-sent events over fetch (the
 * browser's EventSource cannot send an Authorization header).
 */

export type FieldError = { field: string; message: string };

/** A non-2xx answer, or no answer at all (status 0, type `network`). */
export class ProblemError extends Error {
  status: number;
  type: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  /** Extra members of the problem, e.g. `products` of an insufficient-stock problem. */
  extensions: Record<string, unknown>;

  constructor(status: number, problem: Record<string, unknown>) {
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
    super(typeof problem.detail === 'string' ? problem.detail : title);
    this.name = 'ProblemError';
    this.status = status;
    this.type = typeof problem.type === 'string' ? problem.type : 'about:blank';
    this.title = title;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : undefined;
    this.extensions = problem;
  }

  /** The last part of the type URN: `validation`, `insufficient-stock`, `network`... */
  get kind(): string {
    const parts = this.type.split(':');
    return parts[parts.length - 1];
  }
}

type TokenSource = () => Promise<string | undefined> | string | undefined;

let tokenSource: TokenSource = () => undefined;
let onUnauthorized: () => void = () => {};

/** Called once by the auth provider: where the current access token comes from. */
export function configureAuth(source: TokenSource, unauthorized: () => void): void {
  tokenSource = source;
  onUnauthorized = unauthorized;
}

export type ApiInit = RequestInit & { json?: unknown; idempotencyKey?: string };

async function authorizedHeaders(init?: HeadersInit): Promise<Headers> {
  const headers = new Headers(init);
  const token = await tokenSource();
  if (token && !headers.has('Authorization')) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  return headers;
}

async function problemOf(response: Response): Promise<ProblemError> {
  let body: Record<string, unknown> = {};
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  if (!body.type) {
    body.type = `urn:ocpizza:problem:http-${response.status}`;
  }
  return new ProblemError(response.status, body);
}

export async function api<T>(path: string, init?: ApiInit): Promise<T> {
  const { json, idempotencyKey, headers: given, ...rest } = init ?? {};
  const headers = await authorizedHeaders(given);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json, application/problem+json');
  }
  let body = rest.body;
  if (json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  if (idempotencyKey) {
    headers.set('Idempotency-Key', idempotencyKey);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers, body });
  } catch {
    throw new ProblemError(0, {
      type: 'urn:ocpizza:problem:network',
      title: 'Network error',
    });
  }
  if (!response.ok) {
    if (response.status === 401) {
      onUnauthorized();
    }
    throw await problemOf(response);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  if (!text) {
    return undefined as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? JSON.parse(text) : text) as T;
}

/** Downloads a file the API serves (a PDF, a JSON export) with the user's token. */
export async function download(path: string, fileName: string): Promise<void> {
  const headers = await authorizedHeaders();
  const response = await fetch(path, { headers });
  if (!response.ok) {
    throw await problemOf(response);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type StreamState = 'open' | 'reconnecting' | 'closed';

/** One server-sent event, parsed. */
export type SseMessage = { id?: string; event: string; data: string };

/**
 * Splits an SSE byte stream (already decoded) into messages. Feed it chunks; it returns the
 * complete messages and keeps the rest for the next chunk.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id?: string;

  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const messages: SseMessage[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.buffer = this.buffer.slice(newline + width);
      if (line === '') {
        if (this.data.length > 0) {
          messages.push({ id: this.id, event: this.event || 'message', data: this.data.join('\n') });
        }
        this.data = [];
        this.event = '';
        continue;
      }
      if (line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) {
        value = value.slice(1);
      }
      if (field === 'data') this.data.push(value);
      else if (field === 'event') this.event = value;
      else if (field === 'id') this.id = value;
    }
    return messages;
  }
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/**
 * Follows a server-sent event stream with the user's token; reconnects after a drop (1 s, then up
 * to 15 s apart) sending the last event id, so nothing is missed. Returns a function that stops it.
 */
export function subscribe(
  path: string,
  onEvent: (type: string, data: unknown) => void,
  onState?: (s: StreamState) => void,
): () => void {
  const controller = new AbortController();
  let lastEventId: string | undefined;
  let delay = 1000;
  let stopped = false;

  const run = async () => {
    while (!stopped) {
      try {
        const headers = await authorizedHeaders({ Accept: 'text/event-stream' });
        if (lastEventId) {
          headers.set('Last-Event-ID', lastEventId);
        }
        const response = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          if (response.status === 401) onUnauthorized();
          stopped = true;
          onState?.('closed');
          return;
        }
        if (!response.ok || !response.body) {
          throw new Error(`HTTP ${response.status}`);
        }
        onState?.('open');
        delay = 1000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of parser.push(value)) {
            if (message.id) lastEventId = message.id;
            onEvent(message.event, parseData(message.data));
          }
        }
      } catch {
        if (stopped) return;
      }
      if (stopped) return;
      onState?.('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 15_000);
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
    onState?.('closed');
  };
}

/** A fresh key for one user intent (e.g. one click on « Commander »), kept across retries. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
