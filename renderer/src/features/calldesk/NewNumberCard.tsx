import { Button, Group, Stack } from '@mantine/core';
import { IconBan, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSearch } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { EntryDialog } from '../blocklist/EntryDialog';
import { VerdictPanel } from '../customer-card/VerdictPanel';
import { CreateCustomerDialog } from '../customers/CreateCustomerDialog';

interface NewNumberCardProps {
  newNumber: NonNullable<CustomerSearch['newNumber']>;
  forQuery?: string;
}

/** A whole number no customer has: what the blocklist says about it, and how to take it on. */
export function NewNumberCard({ newNumber, forQuery }: NewNumberCardProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'create' | 'block' | null>(null);
  const phone = displayPhone(newNumber.e164);
  return (
    <Stack gap="md" data-testid="new-number-card">
      <VerdictPanel
        verdict={newNumber.verdict}
        title={phone}
        subtitle={t('callDesk.nobodyHasIt')}
        hits={newNumber.hits}
        signals={[]}
        forQuery={forQuery}
      />
      <Group gap="xs">
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog('create')}>
          {t('callDesk.createCustomer')}
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconBan size={16} />}
          onClick={() => setDialog('block')}
        >
          {t('card.actions.addToBlocklist')}
        </Button>
      </Group>
      {dialog === 'create' && <CreateCustomerDialog phone={phone} onClose={() => setDialog(null)} />}
      {dialog === 'block' && (
        <EntryDialog initial={{ kind: 'phone', value: newNumber.e164 }} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
