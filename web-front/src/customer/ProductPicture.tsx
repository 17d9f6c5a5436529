import { useTranslation } from 'react-i18next';
import type { MenuItem } from '../api/types';
import { layout, sauceOf, toppings, type Piece } from './pizzaDrawing';

/** A drawing of a menu product: the pizza from its ingredients, a plain icon for the others. */
export function ProductPicture({ item }: { item: MenuItem }) {
  const { t } = useTranslation();
  const ingredients = item.ingredients ?? [];
  if (item.category !== 'PIZZA') {
    const label = t(`menu.picture.${item.category}`, { name: item.name });
    return (
      <svg className="product-picture" viewBox="-1 -1 2 2" role="img" aria-label={label}>
        {item.category === 'DRINK' ? <Glass /> : <Cake />}
      </svg>
    );
  }
  const sauce = sauceOf(ingredients);
  const described = [
    ...(sauce === 'none' ? [] : [t(`menu.picture.sauce.${sauce}`)]),
    ...toppings(ingredients).map((name) => name.toLocaleLowerCase('fr')),
  ];
  const label = described.length
    ? t('menu.picture.pizza', { name: item.name, ingredients: described.join(', ') })
    : t('menu.picture.pizzaPlain', { name: item.name });
  return (
    <svg className="product-picture" viewBox="-1 -1 2 2" role="img" aria-label={label}>
      <circle r="0.98" fill="#d9a45b" />
      <circle r="0.9" fill="#e8bf7a" />
      <circle r="0.8" fill={sauce === 'tomato' ? '#c8321e' : sauce === 'cream' ? '#f6efd9' : '#efd29a'} />
      {layout(item.productId, ingredients).map((piece, index) => (
        <PieceShape key={index} piece={piece} />
      ))}
    </svg>
  );
}

function PieceShape({ piece }: { piece: Piece }) {
  const transform = `translate(${piece.x} ${piece.y}) rotate(${piece.rotation})`;
  switch (piece.shape) {
    case 'blob':
      return <ellipse transform={transform} rx={piece.family === 'egg' ? 0.22 : 0.15} ry="0.11" fill={piece.colour} />;
    case 'slice':
      return <path transform={transform} d="M -0.1 0.03 A 0.1 0.1 0 0 1 0.1 0.03 L 0.03 0.03 L 0.03 0.09 L -0.03 0.09 L -0.03 0.03 Z" fill={piece.colour} />;
    case 'ring':
      return <circle transform={transform} r="0.06" fill="none" stroke={piece.colour} strokeWidth="0.035" />;
    case 'strip':
      return <rect transform={transform} x="-0.12" y="-0.03" width="0.24" height="0.06" rx="0.02" fill={piece.colour} />;
    case 'leaf':
      return <ellipse transform={transform} rx="0.08" ry="0.035" fill={piece.colour} />;
    default:
      return <circle transform={transform} r="0.035" fill={piece.colour} />;
  }
}

function Glass() {
  return (
    <>
      <circle r="0.98" fill="#e3f0fb" />
      <path d="M -0.35 -0.6 L 0.35 -0.6 L 0.25 0.65 L -0.25 0.65 Z" fill="#ffffff" stroke="#1a5fb4" strokeWidth="0.06" />
      <path d="M -0.31 -0.2 L 0.31 -0.2 L 0.25 0.62 L -0.25 0.62 Z" fill="#f5a623" />
      <rect x="0.05" y="-0.85" width="0.06" height="0.7" fill="#c8321e" transform="rotate(12)" />
    </>
  );
}

function Cake() {
  return (
    <>
      <circle r="0.98" fill="#fbefd5" />
      <path d="M -0.6 0.45 L 0.6 0.45 L 0.6 -0.05 L -0.6 -0.35 Z" fill="#c98b4e" />
      <path d="M -0.6 -0.35 L 0.6 -0.05 L 0.6 0.1 L -0.6 -0.2 Z" fill="#fff3e0" />
      <circle cx="0.3" cy="-0.3" r="0.12" fill="#c8321e" />
    </>
  );
}
