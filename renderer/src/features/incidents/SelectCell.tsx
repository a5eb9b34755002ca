import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentRow } from './use-incident-pages';

export interface Selection {
  ids: ReadonlySet<number>;
  toggle: (id: number) => void;
}

/** Only open and waiting incidents can be bulk-resolved: a closed one's box is disabled. */
export const isSelectable = (row: Pick<IncidentRow, 'status'>) =>
  row.status === 'open' || row.status === 'waiting';

/** A row's check box; its click and keys stay in it (the row opens on click and Enter). */
export function SelectCell({ row, selection }: { row: IncidentRow; selection: Selection }) {
  const { t } = useTranslation();
  const selectable = isSelectable(row);
  return (
    <Checkbox
      size="xs"
      aria-label={t('followUps.bulk.select', { id: row.id })}
      title={selectable ? undefined : t('followUps.bulk.closed')}
      disabled={!selectable}
      checked={selection.ids.has(row.id)}
      onChange={() => selection.toggle(row.id)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      data-testid="select-incident"
    />
  );
}
