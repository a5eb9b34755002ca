import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptLoss } from '../../../../shared/contract/losses';
import { FAULTS } from '../../../../shared/domain/enums';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

type Fault = (typeof FAULTS)[number];

/**
 * An order's failed delivery attempts, each already a loss line of its own ("repeat delivery"):
 * listed beside an incident about the order so nobody types the fuel again, never added to the
 * incident's cost. The fault is the one thing the owner or operator may change (audited).
 */
export function AttemptLossesSection({ lines }: { lines: AttemptLoss[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const setFault = useChannelMutation('losses.setAttemptFault');
  const total = lines.reduce((n, line) => n + line.amount, 0);

  const change = async (line: AttemptLoss, fault: Fault) => {
    try {
      await setFault.mutateAsync({ attemptId: line.attemptId, fault });
      notifySuccess(t('incidents.attemptLosses.faultSaved', { fault: t(`codes.fault.${fault}`) }), {
        brief: true,
      });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="attempt-losses" data-testid="attempt-losses">
      <Title order={4} id="attempt-losses">
        {t('incidents.attemptLosses.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('incidents.attemptLosses.explain')}
      </Text>
      <Table verticalSpacing={4} aria-label={t('incidents.attemptLosses.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('incidents.attemptLosses.day')}</Table.Th>
            <Table.Th>{t('incidents.attemptLosses.outcome')}</Table.Th>
            <Table.Th>{t('incidents.attemptLosses.courier')}</Table.Th>
            <Table.Th w={200}>{t('incidents.attemptLosses.fault')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('incidents.attemptLosses.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.attemptId} data-testid="attempt-loss">
              <Table.Td>{format.day(line.attemptedOn)}</Table.Td>
              <Table.Td>{t(`codes.attemptOutcome.${line.outcome}`)}</Table.Td>
              <Table.Td>{line.courierName ?? t('incidents.attemptLosses.noCourier')}</Table.Td>
              <Table.Td>
                <Select<Fault>
                  size="xs"
                  allowDeselect={false}
                  aria-label={t('incidents.attemptLosses.faultFor', { date: format.day(line.attemptedOn) })}
                  data={FAULTS.map((value) => ({ value, label: t(`codes.fault.${value}`) }))}
                  value={line.fault}
                  onChange={(value) => value && value !== line.fault && void change(line, value)}
                />
              </Table.Td>
              <Table.Td ta="right" fw={500}>
                {format.money(line.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={700} data-testid="attempt-losses-total">
        {t('incidents.attemptLosses.total', { amount: format.money(total) })}
      </Text>
    </Stack>
  );
}
