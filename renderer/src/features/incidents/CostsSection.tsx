import { Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { COST_KINDS, type CostKind } from '../../../../shared/domain/enums';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import { LIKELY_COST } from './codes';
import { VoidCostDialog } from './VoidCostDialog';

type CostLine = IncidentDetail['costs'][number];

/** The money: each line with who added it, voided ones crossed out, and the net loss. */
export function CostsSection({ detail, isOwner }: { detail: IncidentDetail; isOwner: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [voiding, setVoiding] = useState<CostLine | null>(null);
  const { incident, costs } = detail;
  const signed = (line: CostLine) => (line.kind === 'recovery' ? -line.amount : line.amount);

  return (
    <Stack gap="sm" component="section" aria-labelledby="incident-costs">
      <Title order={4} id="incident-costs">
        {t('incidents.costs.title')}
      </Title>
      {costs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.costs.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label={t('incidents.costs.title')} data-testid="cost-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={230}>{t('incidents.costs.kind')}</Table.Th>
              <Table.Th>{t('incidents.costs.note')}</Table.Th>
              <Table.Th w={190}>{t('incidents.costs.by')}</Table.Th>
              <Table.Th w={130} ta="right">
                {t('incidents.costs.amount')}
              </Table.Th>
              {isOwner && <Table.Th w={120} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {costs.map((line) => {
              const voided = line.voided !== null;
              const struck = voided ? { td: 'line-through' as const, c: 'dimmed' } : {};
              return (
                <Table.Tr key={line.id} data-voided={voided} data-testid="cost-line">
                  <Table.Td>
                    <Text size="sm" fw={500} {...struck}>
                      {t(`codes.costKind.${line.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" {...struck}>
                      {line.note}
                    </Text>
                    {line.voided && (
                      <Text size="xs" c="red.8">
                        {t('incidents.costs.voided', {
                          name: line.voided.by,
                          date: format.dateTime(line.voided.at),
                          reason: line.voided.reason,
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.by}</Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(line.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text
                      size="sm"
                      fw={500}
                      c={voided ? 'dimmed' : line.kind === 'recovery' ? 'teal.8' : undefined}
                      td={voided ? 'line-through' : undefined}
                    >
                      {format.money(signed(line))}
                    </Text>
                  </Table.Td>
                  {isOwner && (
                    <Table.Td ta="right">
                      {!voided && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconReceiptOff size={14} />}
                          aria-label={t('incidents.costs.voidFor', {
                            kind: t(`codes.costKind.${line.kind}`),
                            amount: format.money(line.amount),
                          })}
                          onClick={() => setVoiding(line)}
                        >
                          {t('incidents.costs.void')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {!isOwner && costs.some((line) => line.voided === null) && (
        <Text size="xs" c="dimmed">
          {t('incidents.costs.ownerOnly')}
        </Text>
      )}
      <SimpleGrid cols={3} spacing="sm" data-testid="incident-totals" maw={640}>
        {(
          [
            ['costs', incident.costs],
            ['recovered', incident.recovered],
            ['net', incident.net],
          ] as const
        ).map(([key, amount]) => (
          <div key={key}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t(`incidents.costs.${key}`)}
            </Text>
            <Text
              fw={700}
              c={key === 'net' && amount > 0 ? 'red.8' : undefined}
              data-testid={`incident-${key}`}
            >
              {format.money(amount)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <AddCostForm
        incidentId={incident.id}
        likely={LIKELY_COST[incident.cause]}
        attempts={detail.attemptLosses}
      />
      {voiding && <VoidCostDialog line={voiding} onClose={() => setVoiding(null)} />}
    </Stack>
  );
}

function AddCostForm({
  incidentId,
  likely,
  attempts,
}: {
  incidentId: number;
  likely: CostKind;
  attempts: IncidentDetail['attemptLosses'];
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const add = useChannelMutation('incidents.addCost');
  // The order's failed attempts are counted already: "extra delivery" would count them twice.
  const [kind, setKind] = useState<CostKind>(
    likely === 'extra_delivery' && attempts.length > 0 ? 'other' : likely,
  );
  const counted = attempts.reduce((n, line) => n + line.amount, 0);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    const minor = parseMoney(amount, format.currency);
    if (minor === null || minor <= 0) {
      setErrors({ amount: t('validation.amount') });
      return;
    }
    setErrors({});
    try {
      await add.mutateAsync({ incidentId, kind, amount: minor, note: note.trim() });
      setAmount('');
      setNote('');
      notifySuccess(t('incidents.costs.added'), { brief: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setErrors(
          Object.fromEntries(
            error.issues.map((issue) => [issue.path, translateServerMessage(issue.message, i18n.language)]),
          ),
        );
        return;
      }
      if (error instanceof ApiError) setErrors({ amount: errorMessage(error) });
      notifyError(error);
    }
  };

  return (
    <form
      noValidate
      aria-label={t('incidents.costs.addLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select<CostKind>
          w={240}
          aria-label={t('incidents.costs.kind')}
          allowDeselect={false}
          data={COST_KINDS.map((value) => ({ value, label: t(`codes.costKind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value)}
          error={errors.kind}
        />
        <MoneyField
          w={170}
          aria-label={t('incidents.costs.amount')}
          placeholder={t('incidents.costs.amount')}
          currency={format.currency}
          value={amount}
          onChange={setAmount}
          error={errors.amount}
        />
        <TextInput
          flex={1}
          aria-label={t('incidents.costs.note')}
          placeholder={t('incidents.costs.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} loading={add.isPending}>
          {t('incidents.costs.add')}
        </Button>
      </Group>
      {kind === 'extra_delivery' && attempts.length > 0 && (
        <Text size="xs" c="orange.8" mt={4} data-testid="attempts-counted-warning">
          {t('incidents.attemptLosses.alreadyCounted', {
            n: attempts.length,
            amount: format.money(counted),
          })}
        </Text>
      )}
    </form>
  );
}
