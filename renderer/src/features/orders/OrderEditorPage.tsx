import { Alert, Anchor, Group, Loader, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Order } from '../../../../shared/contract/orders';
import { errorMessage, notifySuccess } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { useSession } from '../../lib/session';
import { OrderForm } from './OrderForm';

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {label}
      </Group>
    </Anchor>
  );
}

/** /orders/new (optionally ?customer=ID from a customer's page or the call desk). */
export function NewOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const settings = useChannelQuery('settings.get', {});
  const session = useSession();
  const customer = Number(params.get('customer'));
  return (
    <Stack gap="md" maw={1100}>
      <BackLink to="/orders" label={t('orders.backToList')} />
      <Title order={2}>{t('orders.newTitle')}</Title>
      {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data ? (
        <OrderForm
          settings={settings.data}
          isOwner={session.data?.user?.role === 'owner'}
          initialCustomerId={Number.isSafeInteger(customer) && customer > 0 ? customer : null}
          onSaved={(order) => {
            notifySuccess(t('orders.created', { number: order.number }));
            void navigate(`/orders/${order.id}`);
          }}
          onCancel={() => void navigate(-1)}
        />
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}

/** /orders/:id/edit: the order as main has it; a change made meanwhile answers CONFLICT. */
export function EditOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const settings = useChannelQuery('settings.get', {});
  const session = useSession();
  const got = useChannelQuery('orders.get', { id: valid ? id : 1 }, { enabled: valid });
  // The form edits the order as it was loaded: a change made meanwhile must answer CONFLICT on
  // save, not silently replace what is being typed. A reload starts afresh from main's copy.
  const [snapshot, setSnapshot] = useState<Order | null>(null);
  const [generation, setGeneration] = useState(0);
  if (got.data && (snapshot === null || snapshot.id !== got.data.order.id)) setSnapshot(got.data.order);
  const order = snapshot?.id === id ? snapshot : undefined;
  return (
    <Stack gap="md" maw={1100}>
      <BackLink to={`/orders/${id}`} label={t('orders.backToOrder')} />
      <Title order={2}>
        {order ? t('orders.editTitle', { number: order.number }) : t('orders.editTitleBare')}
      </Title>
      {(got.isError || !valid) && (
        <Alert color="red">{got.isError ? errorMessage(got.error) : t('orders.notFound')}</Alert>
      )}
      {settings.data && order ? (
        <OrderForm
          key={`${order.id}:${generation}`}
          settings={settings.data}
          isOwner={session.data?.user?.role === 'owner'}
          order={order}
          onSaved={(saved) => {
            notifySuccess(t('orders.saved', { number: saved.number }));
            void navigate(`/orders/${saved.id}`);
          }}
          onCancel={() => void navigate(`/orders/${id}`)}
          onReload={() =>
            void got.refetch().then((result) => {
              if (result.data) setSnapshot(result.data.order);
              setGeneration((n) => n + 1);
            })
          }
        />
      ) : (
        valid && !got.isError && <Loader aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}
