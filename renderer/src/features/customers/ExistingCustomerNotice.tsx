import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerSearch } from '../../../../shared/contract/customers';
import { emailKey, looksLikeEmail } from '../../../../shared/domain/normalize';
import { useChannelQuery } from '../../lib/query';

const PHONE_CHARS = /^[\d\s()+\-.]+$/;
const SETTLE_MS = 250;

type Found = { id: number; name: string; on: 'phone' | 'email' };

/**
 * The customers who already have this phone or e-mail, asked of the call desk's own search
 * (customers.search) while the operator types. A whole number matches by E.164; an e-mail by its
 * normal key, not the start the search also accepts.
 */
function useExisting(phone: string, email: string): Found[] {
  const [settledPhone] = useDebouncedValue(phone.trim(), SETTLE_MS);
  const [settledEmail] = useDebouncedValue(email.trim(), SETTLE_MS);
  const phoneAsked = PHONE_CHARS.test(settledPhone) && settledPhone.replace(/\D/g, '').length >= 7;
  const emailAsked = looksLikeEmail(settledEmail);
  const byPhone = useChannelQuery('customers.search', { query: settledPhone }, { enabled: phoneAsked });
  const byEmail = useChannelQuery('customers.search', { query: settledEmail }, { enabled: emailAsked });
  const found = new Map<number, Found>();
  const add = (answer: CustomerSearch | undefined, on: Found['on'], keep: (matched: string) => boolean) => {
    for (const r of answer?.results ?? []) {
      if (r.matchedOn === on && keep(r.matchedValue) && !found.has(r.id))
        found.set(r.id, { id: r.id, name: r.name, on });
    }
  };
  // A whole number only: its last digits would "match" strangers.
  if (phoneAsked && byPhone.data?.phone) add(byPhone.data, 'phone', () => true);
  if (emailAsked) add(byEmail.data, 'email', (matched) => emailKey(matched) === emailKey(settledEmail));
  return [...found.values()];
}

interface ExistingCustomerNoticeProps {
  phone: string;
  email: string;
  /** Opening the existing customer leaves the dialog. */
  onOpen: () => void;
}

/**
 * Before a duplicate is saved: "Already a customer: <name>" for a phone or e-mail someone has.
 * Saving stays possible (two people may share a landline); the operator decides, having seen it.
 */
export function ExistingCustomerNotice({ phone, email, onOpen }: ExistingCustomerNoticeProps) {
  const { t } = useTranslation();
  const existing = useExisting(phone, email);
  if (existing.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUsers size={18} />}
      title={t('customers.existing.title')}
      data-testid="existing-customer"
    >
      <Stack gap={4}>
        {existing.map((customer) => (
          <Text size="sm" key={customer.id}>
            {t(`customers.existing.${customer.on}`, { name: customer.name || t('card.unnamed') })}{' '}
            <Anchor component={Link} to={`/customers/${customer.id}`} size="sm" onClick={onOpen}>
              {t('customers.existing.open')}
            </Anchor>
          </Text>
        ))}
        <Text size="xs" c="dimmed">
          {t('customers.existing.hint')}
        </Text>
      </Stack>
    </Alert>
  );
}
