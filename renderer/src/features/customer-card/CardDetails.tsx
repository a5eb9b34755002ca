import { Badge, DataList, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { CallNowLine } from './CallNowLine';
import { FlagBadges } from './FlagBadges';

/** Flags, when and how to reach the customer, and how to deliver to them. */
export function CardDetails({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const { customer } = card;
  const hours =
    customer.callFrom && customer.callTo
      ? `${customer.callFrom}–${customer.callTo}`
      : t('card.details.anyTime');
  const dash = (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
  return (
    <Stack gap="sm">
      <CallNowLine card={card} />
      <DataList size="sm" gap={6} labelWidth={130}>
        <DataList.Item>
          <DataList.ItemLabel>{t('card.details.flags')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <FlagBadges flags={customer} showNone />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('card.details.callHours')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {hours} · {card.callNow.timeZone.replaceAll('_', ' ')}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('card.details.phones')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {customer.phones.length === 0
              ? dash
              : customer.phones.map((phone) => (
                  <Group key={phone.id} gap={6} wrap="nowrap">
                    <Text size="sm">{phone.e164 ? displayPhone(phone.e164) : phone.raw}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`codes.phoneKind.${phone.kind}`)}
                    </Text>
                    {phone.verified && (
                      <Badge size="xs" variant="light" color="teal">
                        {t('card.details.verified')}
                      </Badge>
                    )}
                    {!phone.e164 && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('card.details.unparsed')}
                      </Badge>
                    )}
                  </Group>
                ))}
          </DataList.ItemValue>
        </DataList.Item>
        {customer.emails.length > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>{t('card.details.emails')}</DataList.ItemLabel>
            <DataList.ItemValue>{customer.emails.map((e) => e.email).join(', ')}</DataList.ItemValue>
          </DataList.Item>
        )}
        {customer.addresses.length > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>{t('card.details.addresses')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {customer.addresses.map((a) => (
                <Text key={a.id} size="sm">
                  {a.address}
                </Text>
              ))}
            </DataList.ItemValue>
          </DataList.Item>
        )}
        <DataList.Item>
          <DataList.ItemLabel>{t('card.details.courier')}</DataList.ItemLabel>
          <DataList.ItemValue>{customer.preferredCourier?.name ?? dash}</DataList.ItemValue>
        </DataList.Item>
        {customer.deliveryNotes && (
          <DataList.Item>
            <DataList.ItemLabel>{t('card.details.deliveryNotes')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>
              {customer.deliveryNotes}
            </DataList.ItemValue>
          </DataList.Item>
        )}
        {customer.note && (
          <DataList.Item>
            <DataList.ItemLabel>{t('card.details.note')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>{customer.note}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
    </Stack>
  );
}
