import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../ui';
import { useListEditor } from './useListEditor';

type Named = { id: number; name: string };

/**
 * A head-office list: a button to add an item, a table with one row per item and its "edit"
 * button, and below it the editor of the item chosen (or of a new one). Once a new item is
 * saved, its editor stays open and a notice says it was added.
 */
export function EditableList<T extends Named>({
  items,
  newLabel,
  emptyMessage,
  headers,
  cells,
  rowClass,
  editor,
}: {
  items: T[];
  newLabel: string;
  emptyMessage: string;
  /** The column headers, the name's first. */
  headers: string[];
  /** The cells after the name's. */
  cells: (item: T) => ReactNode[];
  rowClass?: (item: T) => string | undefined;
  /** The editor of an item, or of a new one (then with what to call once it is added). */
  editor: (item: T | null, onAdded: (saved: Named) => void) => ReactNode;
}) {
  const { t } = useTranslation('staff');
  const { editing, added, choose, wasAdded } = useListEditor();
  const current = items.find((item) => item.id === editing);
  return (
    <div className="catalogue-admin">
      <button type="button" className="button secondary" aria-pressed={editing === 'new'} onClick={() => choose('new')}>
        {newLabel}
      </button>
      {items.length === 0 ? (
        <Empty message={emptyMessage} />
      ) : (
        <table>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('team.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={rowClass?.(item)}>
                <th scope="row">{item.name}</th>
                {cells(item).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
                <td>
                  <button type="button" className="button link" onClick={() => choose(item.id)}>
                    {t('admin.edit', { name: item.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {added && (
        <p role="status" className="notice">
          {t('admin.added', { name: added })}
        </p>
      )}
      {editing === 'new' && <Fragment key="new">{editor(null, wasAdded)}</Fragment>}
      {current && <Fragment key={current.id}>{editor(current, wasAdded)}</Fragment>}
    </div>
  );
}
