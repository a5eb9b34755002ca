import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routeSheetPath } from '../../../../shared/contract/print';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';

/** "Route sheet" previews the printable page in the app; "Save PDF" writes it to the exports folder. */
export function RouteSheetActions({
  courierId,
  courierName,
  date,
}: {
  courierId: number;
  courierName: string;
  date: string;
}) {
  const { t } = useTranslation();
  const print = useChannelMutation('print.routeSheet');
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    try {
      const result = await print.mutateAsync({ courierId, date });
      setSaved(result.path);
      notifySuccess(t('plan.sheet.saved', { name: courierName }));
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <>
      {/* Wraps rather than cuts: a compact column at 1366 px is narrower than both labels
          ("Маршрутный лист", "Сохранить PDF") side by side. */}
      <Group gap={4} mt={6} wrap="wrap" data-testid="route-sheet-actions">
        <Button
          component={Link}
          to={routeSheetPath(courierId, date)}
          size="compact-xs"
          variant="light"
          leftSection={<IconPrinter size={14} />}
          aria-label={t('plan.sheet.previewFor', { name: courierName })}
        >
          {t('plan.sheet.preview')}
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconFileTypePdf size={14} />}
          loading={print.isPending}
          onClick={() => void save()}
          aria-label={t('plan.sheet.saveFor', { name: courierName })}
        >
          {t('plan.sheet.save')}
        </Button>
      </Group>
      {saved && (
        <Tooltip label={saved} multiline maw={420}>
          <Text size="xs" c="teal.8" mt={4} truncate data-testid="route-sheet-saved" data-path={saved}>
            {t('plan.sheet.savedTo', { path: saved })}
          </Text>
        </Tooltip>
      )}
    </>
  );
}
