import type { ReactNode } from 'react';
import { configure, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import { AuthContext, type AuthValue } from '../../auth/AuthContext';

// Screens render in a few hundred ms, but the machine may be busy with a running suite.
configure({ asyncUtilTimeout: 5_000 });

/** A request the screen made: method, path and JSON body. */
export interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (call: Call) => { status?: number; json?: unknown } | undefined;

/**
 * Replaces fetch with a stand-in of the API: each request goes to the first handler that answers
 * it; the order event stream answers 404 (the screen then shows itself offline) unless handled.
 * Returns the calls made, to assert on.
 */
export function fakeApi(...handlers: Handler[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const call: Call = {
        method: (init?.method ?? 'GET').toUpperCase(),
        path: url.pathname + url.search,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      for (const handler of handlers) {
        const answer = handler(call);
        if (answer) {
          const status = answer.status ?? 200;
          const problem = status >= 400;
          return new Response(answer.json === undefined ? null : JSON.stringify(answer.json), {
            status,
            headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json' },
          });
        }
      }
      return new Response(JSON.stringify({ type: 'urn:ocpizza:problem:not-found', title: 'Not found' }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }),
  );
  return calls;
}

/** Answers one method and path (the path without its query unless the query is given). */
export function on(method: string, path: string, answer: (call: Call) => { status?: number; json?: unknown }): Handler {
  return (call) => {
    const actual = path.includes('?') ? call.path : call.path.split('?')[0];
    return call.method === method && actual === path ? answer(call) : undefined;
  };
}

/** Renders a staff screen for a signed-in staff member of pizzeria 1 with the given roles. */
export function renderAs(roles: string[], screen: ReactNode, pizzeriaId: number | undefined = 1) {
  const auth: AuthValue = {
    user: { id: 'user-1', name: 'Test', roles, pizzeriaId },
    ready: true,
    login: () => undefined,
    logout: () => undefined,
    hasRole: (...wanted) => wanted.some((r) => roles.includes(r)),
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter>{screen}</MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}
