import { Alert, Anchor, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Customer } from '../../../../shared/contract/customers';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { CustomerIncidents } from '../incidents/CustomerIncidents';
import { ArchivedNotice } from '../customer-card/ArchivedNotice';
import { CardActivity } from '../customer-card/CardActivity';
import { CallNowLine } from '../customer-card/CallNowLine';
import { CustomerActions } from '../customer-card/CustomerActions';
import { CardStats } from '../customer-card/CardStats';
import { customerSubtitle } from '../customer-card/CustomerCardView';
import { NotesSection } from '../customer-card/NotesSection';
import { VerdictPanel } from '../customer-card/VerdictPanel';
import { CustomerForm } from './CustomerForm';
import { toPatch } from './customer-form';
import { DuplicatesPanel } from './DuplicatesPanel';
import { HistoryTabs } from './HistoryTabs';

function formVersion(customer: Customer): string {
  return `${customer.id}:${JSON.stringify(toPatch(customer))}`;
}

/** One customer: the verdict, everything editable about them, their numbers and their history. */
export function CustomerPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const card = useChannelQuery('customers.card', { id: valid ? id : 1 }, { enabled: valid });

  const back = (
    <Anchor component={Link} to="/customers" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('customers.backToList')}
      </Group>
    </Anchor>
  );
  if (!valid || card.isError)
    return (
      <Stack gap="md" maw={1240}>
        {back}
        <Alert color="red">{card.isError ? errorMessage(card.error) : t('customers.notFound')}</Alert>
      </Stack>
    );
  if (!card.data) return <Loader m="xl" aria-label={t('common.loading')} />;

  const data = card.data;
  const { customer } = data;
  const merged = customer.mergedIntoId !== null;
  return (
    <Stack gap="md" maw={1240}>
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{customer.name || t('card.unnamed')}</Title>
          <Text size="xs" c="dimmed">
            {t('customers.since', { date: format.date(customer.createdAt) })}
          </Text>
        </div>
        {/* An archived record takes nothing new: orders and incidents go to who it became. */}
        {!data.archived && <CustomerActions customer={customer} />}
      </Group>
      {data.archived ? (
        <ArchivedNotice archived={data.archived} />
      ) : (
        <VerdictPanel
          verdict={data.verdict}
          title={customer.name || t('card.unnamed')}
          subtitle={customerSubtitle(data)}
          hits={data.hits}
          signals={data.signals}
          flags={customer}
        />
      )}
      <Grid gap="md">
        <Grid.Col span={7}>
          <Paper withBorder p="md">
            {/* Starts afresh from main's values whenever the record itself changes there (a save,
                a merge, someone else's edit); notes and history do not touch it. */}
            <CustomerForm key={formVersion(customer)} customer={customer} readOnly={merged} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="sm">
                <CallNowLine card={data} />
                <CardStats stats={data.stats} />
              </Stack>
            </Paper>
            <DuplicatesPanel card={data} />
            <Paper withBorder p="md">
              <CardActivity card={data} />
            </Paper>
            <Paper withBorder p="md">
              <NotesSection customerId={customer.id} notes={data.notes} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <CustomerIncidents customerId={customer.id} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('customers.history.title.heading')}
        </Title>
        <HistoryTabs customerId={customer.id} />
      </Paper>
    </Stack>
  );
}
