import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ProblemError, SseParser } from './http';

afterEach(() => vi.unstubAllGlobals());

describe('SSE parsing', () => {
  it('reads events split across chunks, with their ids, types and JSON data', () => {
    const parser = new SseParser();

    expect(parser.push(':open\n\nid: 41\nevent: OrderStatusChanged\nda')).toEqual([]);
    expect(parser.push('ta: {"to":"READY"}\n\nid:42\ndata:a\ndata:b\n\n')).toEqual([
      { id: '41', event: 'OrderStatusChanged', data: '{"to":"READY"}' },
      { id: '42', event: 'message', data: 'a\nb' },
    ]);
  });
});

describe('api', () => {
  it('turns a problem answer into a ProblemError with the field errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({
            type: 'urn:ocpizza:problem:validation',
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'address.postcode', message: 'must be a French postcode' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const failure = await api('/api/orders', { method: 'POST', json: {} }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ProblemError);
    expect((failure as ProblemError).kind).toBe('validation');
    expect((failure as ProblemError).errors).toEqual([{ field: 'address.postcode', message: 'must be a French postcode' }]);
  });

  it('sends the JSON body and the idempotency key, and reads the JSON answer', async () => {
    const fetch = vi.fn(async (_path: string, _init: RequestInit) =>
      new Response('{"id":"o-1"}', { status: 201, headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);

    const order = await api<{ id: string }>('/api/orders', { method: 'POST', json: { a: 1 }, idempotencyKey: 'k-1' });

    expect(order.id).toBe('o-1');
    const [, init] = fetch.mock.calls[0];
    const headers = new Headers(init.headers);
    expect(headers.get('Idempotency-Key')).toBe('k-1');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it('reports a network failure as a problem of its own', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

    const failure = (await api('/api/pizzerias').catch((e: unknown) => e)) as ProblemError;

    expect(failure.status).toBe(0);
    expect(failure.kind).toBe('network');
  });
});
