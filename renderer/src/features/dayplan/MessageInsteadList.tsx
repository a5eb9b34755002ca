import { Anchor, Badge, Button, CopyButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { notifyError } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { composeMessage, messageLinks } from './message-template';

type CallRow = ChannelOutput<'calls.list'>[number];

/**
 * Customers who get a message instead of a call: pickup point and post, and those who asked not
 * to be called. The message is composed from the shop's template; the operator copies it or
 * opens it in the SMS app or WhatsApp, then ticks it sent (recorded with the text, audited).
 */
export function MessageInsteadList({ rows, date }: { rows: CallRow[]; date: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const settings = useChannelQuery('settings.get', {});
  const sent = useChannelMutation('calls.messageSent');
  const [busy, setBusy] = useState<number | null>(null);
  if (rows.length === 0 || !settings.data) return null;
  const context = { date, shop: settings.data.shopName };
  const done = rows.filter((r) => r.messageSent).length;

  const markSent = async (row: CallRow, text: string) => {
    setBusy(row.orderId);
    try {
      await sent.mutateAsync({ orderId: row.orderId, text });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="sm" role="region" aria-labelledby="message-instead-title">
      <Group justify="space-between">
        <Title order={5} id="message-instead-title">
          {t('plan.message.title', { n: rows.length })}
        </Title>
        <Text size="sm" c="dimmed" data-testid="messages-summary">
          {t('plan.message.summary', { sent: done, n: rows.length })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {t('plan.message.hint')}
      </Text>
      <Table verticalSpacing={6} data-testid="message-list" aria-labelledby="message-instead-title">
        <Table.Tbody>
          {rows.map((row) => {
            const text = composeMessage(settings.data.messageTemplate, row, context, t, format);
            const links = messageLinks(row.phone, text);
            return (
              <Table.Tr
                key={row.orderId}
                data-testid="message-row"
                data-order-id={row.orderId}
                data-sent={row.messageSent !== null}
              >
                <Table.Td w={220} style={{ verticalAlign: 'top' }}>
                  <Anchor component={Link} to={`/orders/${row.orderId}`} size="sm" fw={600}>
                    {row.number}
                  </Anchor>{' '}
                  <Text span size="sm">
                    {row.customerName || t('card.unnamed')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.phone ? displayPhone(row.phone) : t('plan.calls.noPhone')}
                  </Text>
                  <Badge size="xs" variant="light" color="grape">
                    {row.callNow.reason === 'do_not_call'
                      ? t('plan.calls.doNotCall')
                      : t(`codes.deliveryMethod.${row.deliveryMethod}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="message-text">
                    {text}
                  </Text>
                </Table.Td>
                <Table.Td w={300} style={{ verticalAlign: 'top' }}>
                  <Stack gap={4}>
                    <Group gap={4} wrap="nowrap">
                      <CopyButton value={text}>
                        {({ copied, copy }) => (
                          <Button size="compact-xs" variant="light" onClick={copy}>
                            {copied ? t('plan.message.copied') : t('plan.message.copy')}
                          </Button>
                        )}
                      </CopyButton>
                      {links && (
                        <>
                          <Button
                            component="a"
                            href={links.sms}
                            target="_blank"
                            size="compact-xs"
                            variant="light"
                            data-testid="message-sms"
                          >
                            {t('plan.message.sms')}
                          </Button>
                          <Button
                            component="a"
                            href={links.whatsApp}
                            target="_blank"
                            size="compact-xs"
                            variant="light"
                            color="teal"
                            data-testid="message-whatsapp"
                          >
                            WhatsApp
                          </Button>
                        </>
                      )}
                      <Button
                        size="compact-xs"
                        variant={row.messageSent ? 'subtle' : 'filled'}
                        color="teal"
                        loading={busy === row.orderId}
                        leftSection={<IconCheck size={14} />}
                        onClick={() => void markSent(row, text)}
                      >
                        {row.messageSent ? t('plan.message.sentAgain') : t('plan.message.markSent')}
                      </Button>
                    </Group>
                    {row.messageSent && (
                      <Text size="xs" c="teal.8" fw={600} data-testid="message-sent">
                        {t('plan.message.sentBy', {
                          at: format.dateTime(row.messageSent.at),
                          by: row.messageSent.by,
                        })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
