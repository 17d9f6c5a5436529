import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { Empty, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';

const ROLES = ['COUNTER', 'PIZZAIOLO', 'COURIER'];

/** The pizzeria's staff accounts: who works here, open an account, close one. */
export function TeamPanel({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const staff = useQuery({ queryKey: ['staff', 'team', pizzeriaId], queryFn: () => staffApi.staff(pizzeriaId) });
  const disable = useMutation({
    mutationFn: staffApi.disableStaff,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['staff', 'team', pizzeriaId] }),
  });
  return (
    <div className="team-panel">
      <h2>{t('team.title')}</h2>
      {!staff.isSuccess ? (
        <QueryFallback query={staff} />
      ) : staff.data.content.length === 0 ? (
        <Empty message={t('team.empty')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('team.email')}</th>
              <th scope="col">{t('team.roles')}</th>
              <th scope="col">{t('team.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.data.content.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.firstName} {member.lastName}
                </th>
                <td>{member.email}</td>
                <td>{member.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</td>
                <td>{member.enabled ? t('team.enabled') : t('team.disabled')}</td>
                <td>
                  {member.enabled && member.id !== user?.id && (
                    <button type="button" className="button link" disabled={disable.isPending} onClick={() => disable.mutate(member.id)}>
                      {t('team.disable', { name: `${member.firstName} ${member.lastName}` })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {disable.error && <ProblemMessage error={disable.error} />}
      <NewMemberForm pizzeriaId={pizzeriaId} />
    </div>
  );
}

function NewMemberForm({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '', phone: '' });
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: staffApi.createStaff,
    onSuccess: () => {
      setForm({ email: '', firstName: '', lastName: '', phone: '' });
      setRoles([]);
      void queryClient.invalidateQueries({ queryKey: ['staff', 'team', pizzeriaId] });
    },
  });
  const serverErrors = useProblemFieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) found.email = t('team.invalidEmail');
    if (!form.firstName.trim()) found.firstName = t('counter.required');
    if (!form.lastName.trim()) found.lastName = t('counter.required');
    if (roles.length === 0) found.roles = t('team.chooseRole');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      email: form.email.trim(),
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      phone: form.phone.trim() || null,
      roles,
      pizzeriaId,
    });
  };
  const error = (name: string) => errors[name] ?? serverErrors[name];
  return (
    <form className="new-member" onSubmit={submit} noValidate aria-labelledby="new-member-title">
      <h3 id="new-member-title">{t('team.new')}</h3>
      {(['email', 'firstName', 'lastName', 'phone'] as const).map((field) => (
        <label key={field}>
          {t(`team.field.${field}`)}
          <input
            type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            value={form[field]}
            aria-invalid={error(field) ? true : undefined}
            onChange={(e) => setForm({ ...form, [field]: e.target.value })}
          />
          {error(field) && <span className="field-error">{error(field)}</span>}
        </label>
      ))}
      <fieldset>
        <legend>{t('team.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="choice">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
            />
            {t(`role.${role}`)}
          </label>
        ))}
        {error('roles') && <span className="field-error">{error('roles')}</span>}
      </fieldset>
      <SubmitRow mutation={create} done={t('team.created')}>
        {t('team.create')}
      </SubmitRow>
    </form>
  );
}
