import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { completeSignIn } from './AuthContext';
import { Loading } from '../ui/Loading';
import { ErrorState } from '../ui/ErrorState';

/** Where the auth server sends the browser back with the code. */
export function Callback() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeSignIn()
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch(() => setFailed(true));
  }, [navigate]);
  return failed ? <ErrorState message={t('auth.callbackFailed')} /> : <Loading label={t('auth.signingIn')} />;
}
