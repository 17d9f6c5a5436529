import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Empty, Money, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { parseAmount } from '../common/money';
import type { Ingredient, Product, Recipe } from '../types';
import { NewProductForm } from './NewProductForm';
import { RecipeLines, recipeBody, recipeLineErrors, type RecipeLine } from './RecipeLines';
import { useRevealed } from './reveal';
import { useListEditor } from './useListEditor';

/** The catalogue: each product's prices per size, its recipe and memory aid, on sale or not. */
export function CataloguePanel() {
  const { t } = useTranslation('staff');
  const products = useQuery({ queryKey: ['staff', 'products'], queryFn: staffApi.products });
  const ingredients = useQuery({ queryKey: ['staff', 'ingredients'], queryFn: staffApi.ingredients });
  const { editing: selected, added, choose, wasAdded } = useListEditor();
  if (!products.isSuccess) return <QueryFallback query={products} />;
  if (!ingredients.isSuccess) return <QueryFallback query={ingredients} />;
  const product = products.data.find((p) => p.id === selected);
  return (
    <div className="catalogue-admin">
      <button type="button" className="button secondary" aria-pressed={selected === 'new'} onClick={() => choose('new')}>
        {t('admin.newProduct')}
      </button>
      {products.data.length === 0 && <Empty message={t('admin.noProduct')} />}
      <table hidden={products.data.length === 0}>
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
                <button type="button" className="button link" onClick={() => choose(p.id)}>
                  {t('admin.edit', { name: p.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {added && (
        <p role="status" className="notice">
          {t('admin.added', { name: added })}
        </p>
      )}
      {selected === 'new' && <NewProductForm ingredients={ingredients.data} onAdded={wasAdded} />}
      {product && <ProductEditor key={product.id} product={product} ingredients={ingredients.data} />}
    </div>
  );
}

function ProductEditor({ product, ingredients }: { product: Product; ingredients: Ingredient[] }) {
  const { t } = useTranslation('staff');
  const revealed = useRevealed<HTMLElement>();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['staff', 'products'] });
  const toggle = useMutation({
    mutationFn: () => api(`/api/catalogue/products/${product.id}/${product.active ? 'deactivate' : 'activate'}`, { method: 'POST' }),
    onSuccess: refresh,
  });
  return (
    <section ref={revealed} className="product-editor" aria-labelledby="product-editor-title">
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
  const [lines, setLines] = useState<RecipeLine[]>(
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
    const bad = recipeLineErrors(lines);
    setErrors(bad);
    if (lines.length === 0 || Object.keys(bad).length > 0) return;
    save.mutate(recipeBody(lines, memoryAid));
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="recipe-title">
      <h3 id="recipe-title">{t('admin.recipe')}</h3>
      <p className="hint">{t('admin.recipeHint')}</p>
      <RecipeLines lines={lines} onChange={setLines} ingredients={ingredients} invalid={errors} serverErrors={serverErrors} prefix="" />
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
