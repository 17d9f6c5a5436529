import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { staffApi } from '../api';

const CHOSEN = 'ocpizza.staff.pizzeria';

/**
 * The pizzeria a screen works for: a staff member's own (from their token), or for the head
 * office, the one chosen in the picker (remembered on this device).
 */
export function usePizzeria(): {
  pizzeriaId: number | null;
  picker: ReactNode;
} {
  const { user } = useAuth();
  const own = user?.pizzeriaId ?? null;
  const [chosen, setChosen] = useState<number | null>(() => {
    const stored = localStorage.getItem(CHOSEN);
    return stored ? Number(stored) : null;
  });
  const choose = (id: number | null) => {
    setChosen(id);
    if (id == null) localStorage.removeItem(CHOSEN);
    else localStorage.setItem(CHOSEN, String(id));
  };
  if (own != null) {
    return { pizzeriaId: own, picker: null };
  }
  return {
    pizzeriaId: chosen,
    picker: <PizzeriaPicker value={chosen} onChange={choose} />,
  };
}

export function PizzeriaPicker({
  value,
  onChange,
  allowAll = false,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  allowAll?: boolean;
}) {
  const { t } = useTranslation('staff');
  const pizzerias = useQuery({ queryKey: ['staff', 'pizzerias'], queryFn: staffApi.pizzerias });
  return (
    <label className="staff-picker">
      {t('common.pizzeria')}{' '}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{allowAll ? t('common.allPizzerias') : t('common.choosePizzeria')}</option>
        {(pizzerias.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
