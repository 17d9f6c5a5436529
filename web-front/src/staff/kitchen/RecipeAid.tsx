import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../ui';
import { staffApi } from '../api';
import type { OrderLine } from '../types';
import { formatQuantity, portions } from './recipe';

/** The recipe of each line with the quantities for its size and count, and the memory aid. */
export function RecipeAid({ lines }: { lines: OrderLine[] }) {
  const { t, i18n } = useTranslation('staff');
  const recipes = useQueries({
    queries: lines.map((line) => ({
      queryKey: ['staff', 'recipe', line.productId],
      queryFn: () => staffApi.recipe(line.productId),
      staleTime: 10 * 60_000,
    })),
  });
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'fr-FR';
  return (
    <div className="recipe-aid">
      {lines.map((line, index) => {
        const recipe = recipes[index];
        if (recipe.isPending) return <Loading key={index} />;
        if (recipe.isError) return <ErrorState key={index} error={recipe.error} />;
        return (
          <section key={index} aria-label={t('kitchen.recipeOf', { name: line.productName })}>
            <h3>
              {line.count}&nbsp;× {line.productName}
              {line.size !== 'SINGLE' && ` (${t(`size.${line.size}`)})`}
            </h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('kitchen.ingredient')}</th>
                  <th scope="col">{t('kitchen.each')}</th>
                  <th scope="col">{t('kitchen.total', { count: line.count })}</th>
                </tr>
              </thead>
              <tbody>
                {portions(recipe.data, line.size, line.count).map((p) => (
                  <tr key={p.ingredientId}>
                    <th scope="row">{p.name}</th>
                    <td>{formatQuantity(p.each, p.unit, locale)}</td>
                    <td>{formatQuantity(p.total, p.unit, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {recipe.data.memoryAid && <p className="memory-aid">{recipe.data.memoryAid}</p>}
          </section>
        );
      })}
    </div>
  );
}
