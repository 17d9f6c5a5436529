import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { configureAuth } from '../api/http';
import { appUserOf, createUserManager, type AppUser } from './oidc';

export type AuthValue = {
  user: AppUser | null;
  /** False while a sign-in is being restored (after a reload) or completed. */
  ready: boolean;
  login(returnTo?: string): void;
  logout(): void;
  hasRole(...roles: string[]): boolean;
};

/** Remembers across reloads (not the tokens: only that a session existed) to restore it. */
const SIGNED_IN = 'ocpizza.signedIn';

export const AuthContext = createContext<AuthValue | null>(null);

let sharedManager: UserManager | undefined;
function manager(): UserManager {
  sharedManager ??= createUserManager();
  return sharedManager;
}

let callbackOnce: Promise<string> | undefined;
/** Completes the redirect back from the auth server once (React may mount the page twice). */
export function completeSignIn(): Promise<string> {
  callbackOnce ??= manager()
    .signinRedirectCallback()
    .then((user) => {
      sessionStorage.setItem(SIGNED_IN, '1');
      const state = user.state as { returnTo?: string } | undefined;
      return state?.returnTo ?? '/';
    });
  return callbackOnce;
}

function currentPath(): string {
  const { pathname, search } = window.location;
  const inApp = pathname.startsWith('/app') ? pathname.slice('/app'.length) : pathname;
  return (inApp || '/') + search;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<AppUser | null>(null);
  const [ready, setReady] = useState(false);
  // Signing out removes the user before the browser leaves for the auth server: meanwhile no
  // protected page may start a new sign-in, which would cancel the way out.
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    const users = manager();
    configureAuth(
      async () => (await users.getUser())?.access_token,
      () => undefined,
    );
    const loaded = (u: Parameters<Parameters<typeof users.events.addUserLoaded>[0]>[0]) =>
      setUser(appUserOf(u));
    const unloaded = () => setUser(null);
    const renewFailed = () => {
      sessionStorage.removeItem(SIGNED_IN);
      void users.removeUser();
    };
    users.events.addUserLoaded(loaded);
    users.events.addUserUnloaded(unloaded);
    users.events.addSilentRenewError(renewFailed);
    void users.getUser().then((existing) => {
      if (existing && !existing.expired) {
        setUser(appUserOf(existing));
        setReady(true);
      } else if (
        sessionStorage.getItem(SIGNED_IN) &&
        !window.location.pathname.startsWith('/app/callback')
      ) {
        // Tokens live in memory: after a reload the auth server's session signs the user back in.
        void users.signinRedirect({ state: { returnTo: currentPath() } });
      } else {
        setReady(true);
      }
    });
    return () => {
      users.events.removeUserLoaded(loaded);
      users.events.removeUserUnloaded(unloaded);
      users.events.removeSilentRenewError(renewFailed);
    };
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      user,
      ready: !leaving && (ready || user !== null),
      login(returnTo?: string) {
        void manager().signinRedirect({ state: { returnTo: returnTo ?? currentPath() } });
      },
      logout() {
        const users = manager();
        sessionStorage.removeItem(SIGNED_IN);
        setLeaving(true);
        void (async () => {
          try {
            await users.revokeTokens(['refresh_token']);
          } catch {
            // Signing out of the auth server below ends the session anyway.
          }
          try {
            await users.signoutRedirect();
          } catch {
            // The auth server cannot be reached: at least forget the tokens here.
            setLeaving(false);
            await users.removeUser();
          }
        })();
      },
      hasRole(...roles: string[]) {
        return user !== null && roles.some((role) => user.roles.includes(role));
      },
    }),
    [user, ready, leaving],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth outside AuthProvider');
  }
  return value;
}
