import { Button, Group, Stack } from '@mantine/core';
import { IconBan, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSearch } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { EntryDialog } from '../blocklist/EntryDialog';
import { VerdictPanel } from '../customer-card/VerdictPanel';
import { CreateCustomerDialog } from '../customers/CreateCustomerDialog';

interface UnknownDetailCardProps {
  unknown: NonNullable<CustomerSearch['unknown']>;
  forQuery?: string;
}

/**
 * A number, e-mail or name no customer has: what the blocklist says about it (who added each
 * entry, when, why), and how to take the caller on or block them.
 */
export function UnknownDetailCard({ unknown, forQuery }: UnknownDetailCardProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'create' | 'block' | null>(null);
  const shown = unknown.kind === 'phone' ? displayPhone(unknown.value) : unknown.value;
  return (
    <Stack gap="md" data-testid="unknown-detail-card" data-kind={unknown.kind}>
      <VerdictPanel
        verdict={unknown.verdict}
        title={shown}
        subtitle={t(`callDesk.nobodyHas.${unknown.kind}`)}
        hits={unknown.hits}
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
      {dialog === 'create' && (
        <CreateCustomerDialog {...{ [unknown.kind]: shown }} onClose={() => setDialog(null)} />
      )}
      {dialog === 'block' && (
        <EntryDialog initial={{ kind: unknown.kind, value: unknown.value }} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
