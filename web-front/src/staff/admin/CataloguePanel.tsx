import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Empty, Money, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { IngredientOptions } from '../common/IngredientOptions';
import { parseAmount } from '../common/money';
import { parseQuantity } from '../manager/StockPanel';
import type { Ingredient, Product, Recipe } from '../types';

/** The catalogue: each product's prices per size, its recipe and memory aid, on sale or not. */
export function CataloguePanel() {
  const { t } = useTranslation('staff');
  const products = useQuery({ queryKey: ['staff', 'products'], queryFn: staffApi.products });
  const ingredients = useQuery({ queryKey: ['staff', 'ingredients'], queryFn: staffApi.ingredients });
  const [selected, setSelected] = useState<number | null>(null);
  if (!products.isSuccess) return <QueryFallback query={products} />;
  if (!ingredients.isSuccess) return <QueryFallback query={ingredients} />;
  if (products.data.length === 0) return <Empty message={t('admin.noProduct')} />;
  const product = products.data.find((p) => p.id === selected);
  return (
    <div className="catalogue-admin">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.product')}</th>
            <th scope="col">{t('admin.prices')}</th>
            <th scope="col">{t('admin.onSale')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('team.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {products.data.map((p) => (
            <tr key={p.id} className={p.active ? undefined : 'inactive'}>
              <th scope="row">{p.name}</th>
              <td>
                {p.sizes.map((s) => (
                  <span key={s.size} className="price">
                    {s.size !== 'SINGLE' && `${t(`sizeShort.${s.size}`)} `}
                    <Money value={s.priceInclVat} />{' '}
                  </span>
                ))}
              </td>
              <td>{p.active ? t('admin.yes') : t('admin.no')}</td>
              <td>
                <button type="button" className="button link" onClick={() => setSelected(p.id)}>
                  {t('admin.edit', { name: p.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {product && <ProductEditor key={product.id} product={product} ingredients={ingredients.data} />}
    </div>
  );
}

function ProductEditor({ product, ingredients }: { product: Product; ingredients: Ingredient[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['staff', 'products'] });
  const toggle = useMutation({
    mutationFn: () => api(`/api/catalogue/products/${product.id}/${product.active ? 'deactivate' : 'activate'}`, { method: 'POST' }),
    onSuccess: refresh,
  });
  return (
    <section className="product-editor" aria-labelledby="product-editor-title">
      <h2 id="product-editor-title">{product.name}</h2>
      <PricesForm product={product} onSaved={refresh} />
      <RecipeForm product={product} ingredients={ingredients} />
      {toggle.error && <ProblemMessage error={toggle.error} />}
      <button type="button" className={product.active ? 'button danger' : 'button'} disabled={toggle.isPending} onClick={() => toggle.mutate()}>
        {product.active ? t('admin.deactivate') : t('admin.activate')}
      </button>
    </section>
  );
}

function PricesForm({ product, onSaved }: { product: Product; onSaved: () => void }) {
  const { t } = useTranslation('staff');
  const [prices, setPrices] = useState<Record<string, string>>(() =>
    Object.fromEntries(product.sizes.map((s) => [s.size, String(s.priceExclVat).replace('.', ',')])),
  );
  const [errors, setErrors] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: (body: unknown) => api(`/api/catalogue/products/${product.id}/prices`, { method: 'PUT', json: body }),
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad: Record<string, boolean> = {};
    const sizes = Object.entries(prices).map(([size, text]) => {
      const value = parseAmount(text);
      if (value == null || value <= 0) bad[size] = true;
      return { size, priceExclVat: value };
    });
    setErrors(bad);
    if (Object.keys(bad).length === 0) save.mutate({ sizes });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="prices-title">
      <h3 id="prices-title">{t('admin.pricesExclVat', { rate: product.vatRate })}</h3>
      {Object.keys(prices).map((size) => {
        const value = parseAmount(prices[size]);
        return (
          <label key={size}>
            {t(`size.${size}`)}
            <input inputMode="decimal" value={prices[size]} aria-invalid={errors[size] ? true : undefined} onChange={(e) => setPrices({ ...prices, [size]: e.target.value })} />
            {value != null && (
              <span className="hint">
                {t('admin.inclVat')} <Money value={Math.round(value * (100 + Number(product.vatRate))) / 100} />
              </span>
            )}
            {errors[size] && <span className="field-error">{t('payment.invalidAmount')}</span>}
          </label>
        );
      })}
      <SubmitRow mutation={save} done={t('admin.saved')}>
        {t('admin.savePrices')}
      </SubmitRow>
    </form>
  );
}

function RecipeForm({ product, ingredients }: { product: Product; ingredients: Ingredient[] }) {
  const recipe = useQuery({ queryKey: ['staff', 'recipe', product.id], queryFn: () => staffApi.recipe(product.id) });
  if (!recipe.isSuccess) return <QueryFallback query={recipe} />;
  return <RecipeEditor recipe={recipe.data} ingredients={ingredients} />;
}

function RecipeEditor({ recipe, ingredients }: { recipe: Recipe; ingredients: Ingredient[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [lines, setLines] = useState(
    recipe.lines.map((l) => ({
      ingredientId: String(l.ingredientId),
      quantity: String(l.quantities.MEDIUM ?? l.quantities.SINGLE ?? '').replace('.', ','),
    })),
  );
  const [memoryAid, setMemoryAid] = useState(recipe.memoryAid ?? '');
  const [errors, setErrors] = useState<Record<number, boolean>>({});
  const save = useMutation({
    mutationFn: (body: unknown) => api(`/api/catalogue/products/${recipe.productId}/recipe`, { method: 'PUT', json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['staff', 'recipe', recipe.productId] }),
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad: Record<number, boolean> = {};
    lines.forEach((l, i) => {
      const q = parseQuantity(l.quantity);
      if (!l.ingredientId || q == null || q <= 0) bad[i] = true;
    });
    setErrors(bad);
    if (lines.length === 0 || Object.keys(bad).length > 0) return;
    save.mutate({
      lines: lines.map((l) => ({ ingredientId: Number(l.ingredientId), quantity: parseQuantity(l.quantity) })),
      memoryAid: memoryAid.trim() || null,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="recipe-title">
      <h3 id="recipe-title">{t('admin.recipe')}</h3>
      <p className="hint">{t('admin.recipeHint')}</p>
      {lines.map((line, i) => (
        <div key={i} className="recipe-row">
          <label>
            {t('stock.ingredient')}
            <select value={line.ingredientId} aria-invalid={errors[i] ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, ingredientId: e.target.value } : l)))}>
              <IngredientOptions ingredients={ingredients} />
            </select>
          </label>
          <label>
            {t('stock.quantity')}
            <input inputMode="decimal" value={line.quantity} aria-invalid={errors[i] ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, quantity: e.target.value } : l)))} />
          </label>
          <button type="button" className="button link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
            {t('suppliers.removeLine')}
          </button>
          {(errors[i] || serverErrors[`lines[${i}].quantity`]) && (
            <span className="field-error">{serverErrors[`lines[${i}].quantity`] ?? t('stock.invalidQuantity')}</span>
          )}
        </div>
      ))}
      <button type="button" className="button secondary" onClick={() => setLines([...lines, { ingredientId: '', quantity: '' }])}>
        {t('suppliers.addLine')}
      </button>
      <label>
        {t('admin.memoryAid')}
        <textarea value={memoryAid} rows={3} maxLength={2000} onChange={(e) => setMemoryAid(e.target.value)} />
      </label>
      <SubmitRow mutation={save} done={t('admin.saved')}>
        {t('admin.saveRecipe')}
      </SubmitRow>
    </form>
  );
}
