import { Alert, Badge, Button, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconLock, IconRestore } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backup';
import { SectionCard } from '../../components/SectionCard';
import { errorMessage } from '../../lib/errors';
import { useFormatters, type Formatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';

/** "12.4 MB": sizes in the interface language's number format. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function countsText(t: TFunction, format: Formatters, counts: BackupInfo['counts']): string {
  return t('backup.list.counts', {
    customers: format.number(counts.customers),
    orders: format.number(counts.orders),
    incidents: format.number(counts.incidents),
    evidence: format.number(counts.evidenceFiles),
  });
}

/** The backups in the backup folder, newest first; each can be picked for a restore. */
export function BackupList({ onRestore }: { onRestore: (backup: BackupInfo) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const list = useChannelQuery('backup.list', {});
  return (
    <SectionCard
      title={t('backup.list.title')}
      description={t('backup.list.description')}
      labelledBy="backup-list-title"
    >
      {list.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" variant="light" data-testid="backups-empty">
          {t('backup.list.empty')}
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={760} maxHeight={420}>
          <Table fz="sm" verticalSpacing={6} striped stickyHeader aria-label={t('backup.list.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.list.made')}</Table.Th>
                <Table.Th>{t('backup.list.reason')}</Table.Th>
                <Table.Th ta="right">{t('backup.list.size')}</Table.Th>
                <Table.Th>{t('backup.list.holds')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('backup.list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((backup) => {
                const made = format.dateTime(backup.createdAt);
                return (
                  <Table.Tr key={backup.name} data-testid="backup-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500} title={backup.path} style={{ whiteSpace: 'nowrap' }}>
                          {made}
                        </Text>
                        {backup.encrypted && (
                          <Badge
                            size="sm"
                            variant="light"
                            color="grape"
                            leftSection={<IconLock size={12} />}
                            style={{ flexShrink: 0, overflow: 'visible' }}
                          >
                            {t('backup.list.encrypted')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`backup.reason.${backup.reason}`)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatBytes(backup.sizeBytes, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {countsText(t, format, backup.counts)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconRestore size={14} />}
                        aria-label={t('backup.list.restoreFromLabel', { date: made })}
                        onClick={() => onRestore(backup)}
                      >
                        {t('backup.list.restoreFrom')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
