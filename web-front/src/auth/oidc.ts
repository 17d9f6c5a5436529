import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User as OidcUser } from 'oidc-client-ts';

/**
 * The authorization-code + PKCE client of the auth server, reached through the gateway (same
 * origin). Tokens stay in memory only; the PKCE verifier and state survive the redirect in
 * sessionStorage. Access tokens are renewed a minute before they expire with the rotating refresh
 * token.
 */
export function createUserManager(origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: origin,
    client_id: 'web',
    redirect_uri: `${origin}/app/callback`,
    post_logout_redirect_uri: `${origin}/app/`,
    response_type: 'code',
    scope: 'openid profile email',
    loadUserInfo: false,
    monitorSession: false,
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'ocpizza.oidc.' }),
  });
}

export type AppUser = {
  id: string;
  email?: string;
  name?: string;
  roles: string[];
  pizzeriaId?: number;
};

/** The user as the app needs it, from the ID token's claims (auth puts roles and pizzeria in). */
export function appUserOf(user: OidcUser): AppUser {
  const claims = user.profile as Record<string, unknown>;
  const roles = Array.isArray(claims.roles) ? (claims.roles as string[]) : [];
  const pizzeria = claims.pizzeria_id;
  const name = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  return {
    id: String(claims.sub),
    email: typeof claims.email === 'string' ? claims.email : undefined,
    name: name || undefined,
    roles,
    pizzeriaId: pizzeria === undefined || pizzeria === null ? undefined : Number(pizzeria),
  };
}
