import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import { Empty, ErrorState, Loading, Money } from '../ui';
import { useBasket } from './basket';
import { ProductPicture } from './ProductPicture';
import { itemAvailability, listIngredients, sizeAvailability } from './availability';
import type { Menu, MenuItem, Pizzeria, Size } from '../api/types';

const CATEGORY_ORDER = ['PIZZA', 'DRINK', 'DESSERT'];

/** A pizzeria's menu now; refreshed every 30 s and when the page gets focus again. */
export function MenuPage() {
  const { t } = useTranslation();
  const pizzeriaId = Number(useParams().pizzeriaId);
  const pizzeria = useQuery({
    queryKey: ['pizzeria', pizzeriaId],
    queryFn: () => api<Pizzeria>(`/api/pizzerias/${pizzeriaId}`),
  });
  const menu = useQuery({
    queryKey: ['menu', pizzeriaId],
    queryFn: () => api<Menu>(`/api/pizzerias/${pizzeriaId}/menu`),
    refetchInterval: 30_000,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
  const { basket, count } = useBasket();
  const categories = CATEGORY_ORDER.filter((category) => menu.data?.products.some((p) => p.category === category));
  return (
    <section className="page">
      <h1>{pizzeria.data?.name ?? t('menu.title')}</h1>
      {pizzeria.data && !pizzeria.data.openNow && <p className="notice">{t('menu.closedNow')}</p>}
      {menu.isPending && <Loading />}
      {menu.isError && <ErrorState error={menu.error} onRetry={() => void menu.refetch()} />}
      {menu.isSuccess && menu.data.products.length === 0 && <Empty message={t('menu.empty')} />}
      {categories.map((category) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 id={`category-${category}`}>{t(`menu.category.${category}`)}</h2>
          <ul className="cards menu">
            {menu.data!.products
              .filter((item) => item.category === category)
              .map((item) => (
                <MenuEntry key={item.productId} item={item} pizzeriaId={pizzeriaId} />
              ))}
          </ul>
        </section>
      ))}
      {count > 0 && basket.pizzeriaId === pizzeriaId && (
        <div className="sticky-basket">
          <Link className="button primary" to="/basket">
            {t('menu.seeBasket', { count })}
          </Link>
        </div>
      )}
    </section>
  );
}

export function MenuEntry({ item, pizzeriaId }: { item: MenuItem; pizzeriaId: number }) {
  const { t } = useTranslation();
  const { add } = useBasket();
  const availability = itemAvailability(item);
  const firstAvailable = item.sizes.find((offer) => sizeAvailability(offer).available) ?? item.sizes[0];
  const [size, setSize] = useState<Size | undefined>(firstAvailable?.size);
  const [added, setAdded] = useState(false);
  const offer = item.sizes.find((s) => s.size === size) ?? firstAvailable;
  const reason = availability.missing.length
    ? t('menu.missing', { ingredients: listIngredients(availability.missing, t('common.and')) })
    : t('menu.unavailable');
  const titleId = `product-${item.productId}`;
  return (
    <li
      className={`card product${availability.available ? '' : ' unavailable'}`}
      aria-disabled={availability.available ? undefined : 'true'}
      aria-labelledby={titleId}
      data-product={item.name}
    >
      <div className="photo">
        {item.photoUrl ? <img src={item.photoUrl} alt="" /> : <ProductPicture item={item} />}
      </div>
      <div className="product-body">
        <h3 id={titleId}>{item.name}</h3>
        <p className="muted">{item.description}</p>
        {!availability.available && <p className="reason">{reason}</p>}
        {availability.available && offer && (
          <form
            className="add-form"
            onSubmit={(event) => {
              event.preventDefault();
              add(pizzeriaId, {
                productId: item.productId,
                name: item.name,
                size: offer.size,
                unitPriceExclVat: offer.priceExclVat,
                unitPriceInclVat: offer.priceInclVat,
                vatRate: item.vatRate,
              });
              setAdded(true);
              setTimeout(() => setAdded(false), 1500);
            }}
          >
            {item.sizes.length > 1 && (
              <fieldset className="sizes">
                <legend className="visually-hidden">{t('menu.size')}</legend>
                {item.sizes.map((s) => {
                  const sizeOk = sizeAvailability(s).available;
                  return (
                    <label key={s.size} className={`size${sizeOk ? '' : ' unavailable'}`}>
                      <input
                        type="radio"
                        name={`size-${item.productId}`}
                        value={s.size}
                        checked={size === s.size}
                        disabled={!sizeOk}
                        onChange={() => setSize(s.size)}
                      />
                      {t(`size.${s.size}`)} <Money value={s.priceInclVat} />
                    </label>
                  );
                })}
              </fieldset>
            )}
            {item.sizes.length === 1 && (
              <p className="price">
                <Money value={offer.priceInclVat} />
              </p>
            )}
            <button type="submit" className="button primary" aria-label={t('menu.addNamed', { name: item.name })}>
              {added ? t('menu.added') : t('menu.add')}
            </button>
          </form>
        )}
      </div>
    </li>
  );
}
