import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Field, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { Ingredient, Unit } from '../types';
import { useRevealed } from './reveal';
import { EditableList } from './EditableList';
import { useListRefresh } from './useListEditor';

const UNITS: Unit[] = ['GRAM', 'MILLILITRE', 'PIECE'];

/** The fourteen allergens a menu must declare (EU regulation 1169/2011). */
export const ALLERGENS = [
  'GLUTEN',
  'CRUSTACEANS',
  'EGGS',
  'FISH',
  'PEANUTS',
  'SOYBEANS',
  'MILK',
  'NUTS',
  'CELERY',
  'MUSTARD',
  'SESAME',
  'SULPHITES',
  'LUPIN',
  'MOLLUSCS',
] as const;

/** A unit cost typed the French way, up to four decimals ("0,0125" € per gram). */
export function parseUnitCost(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,5}(\.\d{1,4})?$/.test(normalised)) return null;
  const value = Number(normalised);
  return value <= 10_000 ? value : null;
}

/** The chain's ingredients: their unit, what they cost and their allergens; new ones added. */
export function IngredientsPanel() {
  const { t } = useTranslation('staff');
  const ingredients = useQuery({ queryKey: ['staff', 'ingredients'], queryFn: staffApi.ingredients });
  if (!ingredients.isSuccess) return <QueryFallback query={ingredients} />;
  return (
    <EditableList
      items={ingredients.data}
      newLabel={t('admin.newIngredient')}
      emptyMessage={t('admin.noIngredient')}
      headers={[t('stock.ingredient'), t('admin.unit'), t('stock.unitCost'), t('admin.allergens')]}
      cells={(i) => [
        t(`unit.${i.unit}`),
        t('admin.costPerUnit', { cost: formatCost(i.unitCost), unit: t(`unit.${i.unit}`) }),
        i.allergens.map((a) => t(`allergen.${a}`)).join(', '),
      ]}
      editor={(ingredient, onAdded) => <IngredientForm ingredient={ingredient ?? undefined} onAdded={onAdded} />}
    />
  );
}

function formatCost(cost: number): string {
  return cost.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/** Adds an ingredient (without one) or changes its name, cost and allergens; its unit stays. */
function IngredientForm({ ingredient, onAdded }: { ingredient?: Ingredient; onAdded?: (saved: Ingredient) => void }) {
  const { t } = useTranslation('staff');
  const revealed = useRevealed<HTMLFormElement>();
  const refresh = useListRefresh<Ingredient>(['staff', 'ingredients']);
  const [name, setName] = useState(ingredient?.name ?? '');
  const [unit, setUnit] = useState<Unit>(ingredient?.unit ?? 'GRAM');
  const [cost, setCost] = useState(ingredient ? String(ingredient.unitCost).replace('.', ',') : '');
  const [allergens, setAllergens] = useState<string[]>(ingredient?.allergens ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: unknown) =>
      ingredient
        ? api<Ingredient>(`/api/catalogue/ingredients/${ingredient.id}`, { method: 'PUT', json: body })
        : api<Ingredient>('/api/catalogue/ingredients', { method: 'POST', json: body }),
    onSuccess: (saved) => {
      refresh(saved, !ingredient);
      onAdded?.(saved);
    },
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const unitCost = parseUnitCost(cost);
    if (!name.trim()) found.name = t('counter.required');
    if (unitCost == null) found.unitCost = t('admin.invalidUnitCost');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate({ name: name.trim(), unit, unitCost, allergens });
  };
  const title = ingredient ? ingredient.name : t('admin.newIngredient');
  return (
    <form ref={revealed} className="product-editor" onSubmit={submit} noValidate aria-labelledby="ingredient-form-title">
      <h2 id="ingredient-form-title">{title}</h2>
      <Field label={t('admin.name')} value={name} error={errors.name ?? serverErrors.name} onChange={(e) => setName(e.target.value)} />
      <label>
        {t('admin.unit')}
        <select value={unit} disabled={ingredient != null} onChange={(e) => setUnit(e.target.value as Unit)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`unitName.${u}`)}
            </option>
          ))}
        </select>
      </label>
      {ingredient && <p className="hint">{t('admin.unitStays')}</p>}
      <Field
        label={t('admin.unitCostIn', { unit: t(`unit.${unit}`) })}
        inputMode="decimal"
        value={cost}
        error={errors.unitCost ?? serverErrors.unitCost}
        onChange={(e) => setCost(e.target.value)}
      />
      <fieldset className="allergens">
        <legend>{t('admin.allergens')}</legend>
        {ALLERGENS.map((a) => (
          <label key={a} className="check">
            <input
              type="checkbox"
              checked={allergens.includes(a)}
              onChange={(e) => setAllergens(e.target.checked ? [...allergens, a] : allergens.filter((x) => x !== a))}
            />
            {t(`allergen.${a}`)}
          </label>
        ))}
      </fieldset>
      <SubmitRow mutation={save} done={ingredient ? t('admin.saved') : undefined}>
        {ingredient ? t('admin.save') : t('admin.addIngredient')}
      </SubmitRow>
    </form>
  );
}
