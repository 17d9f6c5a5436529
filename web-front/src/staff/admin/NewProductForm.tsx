import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import type { Size } from '../../api/types';
import { Field, Money, SubmitRow, useProblemFieldErrors } from '../../ui';
import { parseAmount } from '../common/money';
import type { Ingredient, Product } from '../types';
import { RecipeLines, recipeBody, recipeLineErrors, type RecipeLine } from './RecipeLines';
import { useRevealed } from './reveal';
import { useListRefresh } from './useListEditor';

type Category = Product['category'];

const CATEGORIES: Category[] = ['PIZZA', 'DRINK', 'DESSERT'];
const VAT_RATES = [5.5, 10, 20];

/** The sizes a product of the category is sold in: pizzas in three, the rest in one. */
export function sizesOf(category: Category): Size[] {
  return category === 'PIZZA' ? ['SMALL', 'MEDIUM', 'LARGE'] : ['SINGLE'];
}

/**
 * The prices typed for a category's sizes: those filled in, and the sizes whose price is not a
 * positive amount. A pizza may skip a size; it needs at least one.
 */
export function readPrices(category: Category, typed: Partial<Record<Size, string>>) {
  const sizes: { size: Size; priceExclVat: number }[] = [];
  const invalid: Size[] = [];
  for (const size of sizesOf(category)) {
    const text = typed[size]?.trim() ?? '';
    if (!text) continue;
    const value = parseAmount(text);
    if (value == null || value <= 0 || value > 1000) invalid.push(size);
    else sizes.push({ size, priceExclVat: value });
  }
  return { sizes, invalid };
}

/** Adds a product to the catalogue with its prices and recipe; pizzerias then sell it. */
export function NewProductForm({ ingredients, onAdded }: { ingredients: Ingredient[]; onAdded: (product: Product) => void }) {
  const { t } = useTranslation('staff');
  const revealed = useRevealed<HTMLFormElement>();
  const refresh = useListRefresh<Product>(['staff', 'products']);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<Category>('PIZZA');
  const [description, setDescription] = useState('');
  const [photoUrl, setPhotoUrl] = useState('');
  const [vatRate, setVatRate] = useState(10);
  const [prices, setPrices] = useState<Partial<Record<Size, string>>>({});
  const [lines, setLines] = useState<RecipeLine[]>([{ ingredientId: '', quantity: '' }]);
  const [memoryAid, setMemoryAid] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<number, boolean>>({});
  const save = useMutation({
    mutationFn: (body: unknown) => api<Product>('/api/catalogue/products', { method: 'POST', json: body }),
    onSuccess: (saved) => {
      refresh(saved, true);
      onAdded(saved);
    },
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('counter.required');
    if (!description.trim()) found.description = t('counter.required');
    if (photoUrl.trim() && !/^https?:\/\/\S+$/.test(photoUrl.trim())) found.photoUrl = t('admin.invalidPhotoUrl');
    const read = readPrices(category, prices);
    for (const size of read.invalid) found[size] = t('payment.invalidAmount');
    if (read.invalid.length === 0 && read.sizes.length === 0) found.sizes = t('admin.onePriceAtLeast');
    const badLines = recipeLineErrors(lines);
    if (lines.length === 0) found.recipe = t('admin.oneIngredientAtLeast');
    setErrors(found);
    setLineErrors(badLines);
    if (Object.keys(found).length > 0 || Object.keys(badLines).length > 0) return;
    save.mutate({
      name: name.trim(),
      category,
      description: description.trim(),
      photoUrl: photoUrl.trim() || null,
      vatRate,
      sizes: read.sizes,
      recipe: recipeBody(lines, memoryAid),
    });
  };
  const error = (field: string) => errors[field] ?? serverErrors[field];
  return (
    <form ref={revealed} className="product-editor" onSubmit={submit} noValidate aria-labelledby="new-product-title">
      <h2 id="new-product-title">{t('admin.newProduct')}</h2>
      <Field label={t('admin.name')} value={name} error={error('name')} onChange={(e) => setName(e.target.value)} />
      <label>
        {t('admin.category')}
        <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`admin.categoryName.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.description')}
        <textarea value={description} rows={2} maxLength={500} aria-invalid={error('description') ? true : undefined} onChange={(e) => setDescription(e.target.value)} />
        {error('description') && <span className="field-error">{error('description')}</span>}
      </label>
      <Field label={t('admin.photoUrl')} type="url" value={photoUrl} error={error('photoUrl')} onChange={(e) => setPhotoUrl(e.target.value)} />
      <label>
        {t('admin.vatRate')}
        <select value={vatRate} onChange={(e) => setVatRate(Number(e.target.value))}>
          {VAT_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rate.toLocaleString('fr-FR')} %
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('admin.pricesExclVat', { rate: vatRate.toLocaleString('fr-FR') })}</legend>
        {sizesOf(category).map((size) => {
          const value = parseAmount(prices[size] ?? '');
          return (
            <div key={size}>
              <Field
                label={t(`size.${size}`)}
                inputMode="decimal"
                value={prices[size] ?? ''}
                error={error(size)}
                onChange={(e) => setPrices({ ...prices, [size]: e.target.value })}
              />
              {value != null && (
                <span className="hint">
                  {t('admin.inclVat')} <Money value={Math.round(value * (100 + vatRate)) / 100} />
                </span>
              )}
            </div>
          );
        })}
        {error('sizes') && <span className="field-error">{error('sizes')}</span>}
      </fieldset>
      <fieldset>
        <legend>{t('admin.recipe')}</legend>
        <p className="hint">{t(category === 'PIZZA' ? 'admin.recipeHint' : 'admin.recipeHintSingle')}</p>
        <RecipeLines lines={lines} onChange={setLines} ingredients={ingredients} invalid={lineErrors} serverErrors={serverErrors} prefix="recipe." />
        {(errors.recipe ?? serverErrors['recipe.lines']) && <span className="field-error">{errors.recipe ?? serverErrors['recipe.lines']}</span>}
        <label>
          {t('admin.memoryAid')}
          <textarea value={memoryAid} rows={3} maxLength={2000} onChange={(e) => setMemoryAid(e.target.value)} />
        </label>
      </fieldset>
      <SubmitRow mutation={save}>{t('admin.addProduct')}</SubmitRow>
    </form>
  );
}
