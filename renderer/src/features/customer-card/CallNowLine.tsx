import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconPhoneCheck, IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract/customers';

/** May we call now, in the customer's own time: a plain yes, or a clear "Don't call now". */
export function CallNowLine({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const { callNow, customer } = card;
  const zone = callNow.timeZone.replaceAll('_', ' ');
  const message =
    callNow.reason === 'do_not_call'
      ? t('card.call.doNotCall', { time: callNow.localTime, zone })
      : callNow.reason === 'outside_hours'
        ? t('card.call.outside', {
            time: callNow.localTime,
            zone,
            from: customer.callFrom ?? '',
            to: customer.callTo ?? '',
          })
        : t('card.call.ok', { time: callNow.localTime, zone });
  return (
    <Group gap="xs" wrap="nowrap" data-testid="call-now" data-allowed={callNow.allowed}>
      <ThemeIcon size="md" variant="light" color={callNow.allowed ? 'teal' : 'red'} radius="xl">
        {callNow.allowed ? <IconPhoneCheck size={16} /> : <IconPhoneOff size={16} />}
      </ThemeIcon>
      <Text size="sm" fw={callNow.allowed ? 500 : 700} c={callNow.allowed ? undefined : 'red.8'}>
        {message}
      </Text>
    </Group>
  );
}
