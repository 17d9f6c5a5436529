import { useEffect, type ReactNode } from 'react';
import { useAuth } from './AuthContext';
import { Loading } from '../ui/Loading';
import { Forbidden } from '../ui/Forbidden';
import { useTranslation } from 'react-i18next';

/** Shows its children to a signed-in user holding one of the roles; sends others to sign in. */
export function RequireRole({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { user, ready, login, hasRole } = useAuth();
  const { t } = useTranslation();
  useEffect(() => {
    if (ready && !user) {
      login();
    }
  }, [ready, user, login]);
  if (!ready || !user) {
    return <Loading label={t('auth.signingIn')} />;
  }
  if (roles.length > 0 && !hasRole(...roles)) {
    return <Forbidden />;
  }
  return <>{children}</>;
}
