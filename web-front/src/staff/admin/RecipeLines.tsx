import { useTranslation } from 'react-i18next';
import { IngredientOptions } from '../common/IngredientOptions';
import { parseQuantity } from '../manager/StockPanel';
import type { Ingredient } from '../types';

/** A recipe line as typed: the chosen ingredient's id and its quantity for a medium size. */
export interface RecipeLine {
  ingredientId: string;
  quantity: string;
}

/** The lines without an ingredient or with a quantity that is not a positive number. */
export function recipeLineErrors(lines: RecipeLine[]): Record<number, boolean> {
  const bad: Record<number, boolean> = {};
  lines.forEach((l, i) => {
    const q = parseQuantity(l.quantity);
    if (!l.ingredientId || q == null || q <= 0) bad[i] = true;
  });
  return bad;
}

/** The recipe as the catalogue API takes it. */
export function recipeBody(lines: RecipeLine[], memoryAid: string) {
  return {
    lines: lines.map((l) => ({ ingredientId: Number(l.ingredientId), quantity: parseQuantity(l.quantity) })),
    memoryAid: memoryAid.trim() || null,
  };
}

/** A recipe's lines, one ingredient and quantity each, with a line added or removed at will. */
export function RecipeLines({
  lines,
  onChange: setLines,
  ingredients,
  invalid: errors,
  serverErrors,
  prefix,
}: {
  lines: RecipeLine[];
  onChange: (lines: RecipeLine[]) => void;
  ingredients: Ingredient[];
  invalid: Record<number, boolean>;
  serverErrors: Record<string, string>;
  /** Where the server names the lines' fields: "" for a recipe, "recipe." for a new product. */
  prefix: string;
}) {
  const { t } = useTranslation('staff');
  return (
    <>
      {lines.map((line, i) => (
        <div key={i} className="recipe-row">
          <label>
            {t('stock.ingredient')} <span className="visually-hidden">{t('suppliers.line', { n: i + 1 })}</span>
            <select value={line.ingredientId} aria-invalid={errors[i] ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, ingredientId: e.target.value } : l)))}>
              <IngredientOptions ingredients={ingredients} />
            </select>
          </label>
          <label>
            {t('stock.quantity')} <span className="visually-hidden">{t('suppliers.line', { n: i + 1 })}</span>
            <input inputMode="decimal" value={line.quantity} aria-invalid={errors[i] ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, quantity: e.target.value } : l)))} />
          </label>
          <button type="button" className="button link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
            {t('suppliers.removeLine')}
          </button>
          {(errors[i] || serverErrors[`${prefix}lines[${i}].quantity`]) && (
            <span className="field-error">{serverErrors[`${prefix}lines[${i}].quantity`] ?? t('stock.invalidQuantity')}</span>
          )}
        </div>
      ))}
      <button type="button" className="button secondary" onClick={() => setLines([...lines, { ingredientId: '', quantity: '' }])}>
        {t('suppliers.addLine')}
      </button>
    </>
  );
}
