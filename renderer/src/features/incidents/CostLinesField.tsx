import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COST_KINDS, type CostKind } from '../../../../shared/domain/enums';
import { MoneyField } from '../../components/MoneyField';
import { useFormatters } from '../../lib/format';
import { costTotals, type CostDraft, type LogErrors } from './log-incident-form';

interface CostLinesFieldProps {
  lines: CostDraft[];
  onChange: (lines: CostDraft[]) => void;
  /** The kind a new line starts with (the cause's usual cost). */
  likelyKind: CostKind;
  currency: string;
  errors: LogErrors;
}

let nextKey = 1;

/** Cost lines typed while logging: kind, amount in the shop's currency, a note. */
export function CostLinesField({ lines, onChange, likelyKind, currency, errors }: CostLinesFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const totals = costTotals(lines, currency);
  const kinds = COST_KINDS.map((kind) => ({ value: kind, label: t(`codes.costKind.${kind}`) }));
  const update = (key: number, patch: Partial<CostDraft>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('incidents.form.costs')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('incidents.form.costsHint')}
        </Text>
      </div>
      {lines.map((line, index) => {
        const n = index + 1;
        return (
          <Group key={line.key} gap="xs" align="flex-start" wrap="nowrap">
            <Select<CostKind>
              w={230}
              aria-label={t('incidents.form.costKind', { n })}
              allowDeselect={false}
              data={kinds}
              value={line.kind}
              onChange={(kind) => kind && update(line.key, { kind })}
              error={errors[`costs.${index}.kind`]}
            />
            <MoneyField
              w={170}
              aria-label={t('incidents.form.costAmount', { n })}
              currency={currency}
              value={line.amount}
              onChange={(amount) => update(line.key, { amount })}
              error={errors[`costs.${index}.amount`]}
            />
            <TextInput
              flex={1}
              aria-label={t('incidents.form.costNote', { n })}
              placeholder={t('incidents.costs.note')}
              value={line.note}
              onChange={(event) => update(line.key, { note: event.currentTarget.value })}
              error={errors[`costs.${index}.note`]}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('incidents.form.removeCost', { n })}
              onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, { key: nextKey++, kind: likelyKind, amount: '', note: '' }])}
        >
          {t('incidents.form.addCost')}
        </Button>
        {lines.length > 0 && (
          <Text size="sm" fw={500} data-testid="log-cost-total">
            {totals.recovered > 0
              ? t('incidents.form.costTotalWithRecovery', {
                  costs: format.money(totals.costs),
                  recovered: format.money(totals.recovered),
                  net: format.money(totals.costs - totals.recovered),
                })
              : t('incidents.form.costTotal', { costs: format.money(totals.costs) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
