import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, download } from '../api/http';
import { DateTime, Empty, ErrorState, Loading, Money, ProblemMessage } from '../ui';
import { useBasket, type Basket, type BasketLine } from './basket';
import { sizeAvailability } from './availability';
import type { Menu, Order } from '../api/types';

type Invoice = { number: string; kind: string; orderId: string; issuedAt: string; totalInclVat: number | string };

/** Past and current orders, « order again », and the invoices to download. */
export function OrderHistory() {
  const { t } = useTranslation();
  const orders = useQuery({ queryKey: ['my-orders'], queryFn: () => api<Order[]>('/api/orders') });
  const invoices = useQuery({ queryKey: ['my-invoices'], queryFn: () => api<Invoice[]>('/api/management/invoices/mine') });
  const sorted = [...(orders.data ?? [])].sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  return (
    <section className="page">
      <h1>{t('history.title')}</h1>
      {orders.isPending && <Loading />}
      {orders.isError && <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.isSuccess && sorted.length === 0 && (
        <Empty message={t('history.empty')}>
          <Link to="/">{t('basket.choose')}</Link>
        </Empty>
      )}
      <ul className="orders-list">
        {sorted.map((order) => (
          <li key={order.id}>
            <span>
              <Link to={`/orders/${order.id}`}>{t('order.title', { number: order.number })}</Link>
              <br />
              <span className="muted">
                <DateTime value={order.placedAt} />
              </span>
            </span>
            <span>{t(`status.${order.status}`)}</span>
            <Money value={order.totalInclVat} />
            <OrderAgain order={order} />
          </li>
        ))}
      </ul>
      <h2>{t('history.invoices')}</h2>
      {invoices.isPending && <Loading />}
      {invoices.isError && <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />}
      {invoices.isSuccess && invoices.data.length === 0 && <Empty message={t('history.noInvoice')} />}
      <ul className="orders-list">
        {invoices.data?.map((invoice) => (
          <li key={invoice.number}>
            <span>
              {t(invoice.kind === 'CREDIT_NOTE' ? 'history.creditNote' : 'history.invoice', { number: invoice.number })}
              <br />
              <span className="muted">
                <DateTime value={invoice.issuedAt} />
              </span>
            </span>
            <Money value={invoice.totalInclVat} />
            <button
              type="button"
              className="button secondary"
              onClick={() => void download(`/api/management/invoices/${encodeURIComponent(invoice.number)}/pdf`, `facture-${invoice.number}.pdf`)}
            >
              {t('history.download')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Fills the basket with an earlier order's products at today's prices, those that can be made. */
export function basketFromOrder(order: Order, menu: Menu): { basket: Basket; missing: string[] } {
  const lines: BasketLine[] = [];
  const missing: string[] = [];
  for (const line of order.lines) {
    const item = menu.products.find((p) => p.productId === line.productId);
    const offer = item?.sizes.find((s) => s.size === line.size);
    if (!item || !offer || !sizeAvailability(offer).available) {
      missing.push(line.productName);
      continue;
    }
    lines.push({
      productId: item.productId,
      name: item.name,
      size: offer.size,
      count: Math.min(line.count, offer.canMake),
      unitPriceExclVat: offer.priceExclVat,
      unitPriceInclVat: offer.priceInclVat,
      vatRate: item.vatRate,
    });
  }
  return { basket: { pizzeriaId: order.pizzeriaId, lines }, missing };
}

function OrderAgain({ order }: { order: Order }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { replace } = useBasket();
  const again = useMutation({
    mutationFn: () => api<Menu>(`/api/pizzerias/${order.pizzeriaId}/menu`),
    onSuccess: (menu) => {
      const { basket, missing } = basketFromOrder(order, menu);
      replace(basket);
      navigate('/basket', { state: { missing } });
    },
  });
  return (
    <>
      <button type="button" className="button secondary" disabled={again.isPending} onClick={() => again.mutate()}>
        {t('history.again')}
      </button>
      {again.isError && <ProblemMessage error={again.error} />}
    </>
  );
}
