import { useTranslation } from 'react-i18next';
import type { Unit } from '../types';

/** The options of an ingredient picker: a prompt to choose, then each ingredient with its unit. */
export function IngredientOptions({ ingredients }: { ingredients: { id: number; name: string; unit: Unit }[] }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <option value="">{t('stock.chooseIngredient')}</option>
      {ingredients.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name} ({t(`unit.${x.unit}`)})
        </option>
      ))}
    </>
  );
}
