import { Alert, Group, Text, TextInput } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrderCheck } from '../../../../shared/contract/orders';
import { useFormatters } from '../../lib/format';
import type { OrderFormValues, OrderInput } from './order-form';

interface ChequeFieldProps {
  form: UseFormReturn<OrderFormValues, unknown, OrderInput>;
  cheque: OrderCheck['cheque'] | undefined;
}

/** Scenario 2: when the cheque came, when it clears, and that the goods wait until it has. */
export function ChequeField({ form, cheque }: ChequeFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Alert color="orange" variant="light" icon={<IconClockPause size={18} />} data-testid="cheque-hold">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          type="date"
          label={t('orders.cheque.receivedOn')}
          w={180}
          error={form.formState.errors.chequeReceivedOn?.message}
          {...form.register('chequeReceivedOn')}
        />
        {cheque && (
          <Text size="sm" fw={600} pb={6}>
            {t('orders.cheque.clearsOn', { date: format.day(cheque.clearsOn) })}
          </Text>
        )}
      </Group>
      <Text size="sm" mt="xs">
        {t('orders.cheque.hold')}
      </Text>
    </Alert>
  );
}
