import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Money, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { parseAmount } from '../common/money';
import type { Ingredient, Product, Recipe } from '../types';
import { NewProductForm } from './NewProductForm';
import { RecipeLines, recipeBody, recipeLineErrors, type RecipeLine } from './RecipeLines';
import { useRevealed } from './reveal';
import { EditableList } from './EditableList';

/** The catalogue: each product's prices per size, its recipe and memory aid, on sale or not. */
export function CataloguePanel() {
  const { t } = useTranslation('staff');
  const products = useQuery({ queryKey: ['staff', 'products'], queryFn: staffApi.products });
  const ingredients = useQuery({ queryKey: ['staff', 'ingredients'], queryFn: staffApi.ingredients });
  if (!products.isSuccess) return <QueryFallback query={products} />;
  if (!ingredients.isSuccess) return <QueryFallback query={ingredients} />;
  return (
    <EditableList
      items={products.data}
      newLabel={t('admin.newProduct')}
      emptyMessage={t('admin.noProduct')}
      headers={[t('admin.product'), t('admin.prices'), t('admin.onSale')]}
      rowClass={(p) => (p.active ? undefined : 'inactive')}
      cells={(p) => [
        p.sizes.map((s) => (
          <span key={s.size} className="price">
            {s.size !== 'SINGLE' && `${t(`sizeShort.${s.size}`)} `}
            <Money value={s.priceInclVat} />{' '}
          </span>
        )),
        p.active ? t('admin.yes') : t('admin.no'),
      ]}
      editor={(product, onAdded) =>
        product ? (
          <ProductEditor product={product} ingredients={ingredients.data} />
        ) : (
          <NewProductForm ingredients={ingredients.data} onAdded={onAdded} />
        )
      }
    />
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
