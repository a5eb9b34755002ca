import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BlocklistEntry } from '../../../../shared/contract/blocklist';
import { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../../shared/domain/enums';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { useChannelMutation } from '../../lib/query';
import {
  ENTRY_FIELDS,
  entrySchema,
  type BlockAction,
  type BlockKind,
  type EntryFormOutput,
  type EntryFormValues,
} from './entry-form';

const entryResolver = localizedResolver(entrySchema);

export interface EntryDialogProps {
  onClose: (added?: BlocklistEntry) => void;
  /** From a customer's card: their details per kind, and the entry is linked to them. */
  customer?: { id: number; name: string; values: Partial<Record<BlockKind, string>> };
  /** The kind and value to start with (a number nobody has yet, say). */
  initial?: { kind: BlockKind; value: string };
  /** What a suggestion already knows: the action it proposes and the facts as the reason. */
  prefill?: { action?: BlockAction; reason?: string };
}

/** Adds a blocklist entry. Any operator may; the reason is required and kept with the entry. */
export function EntryDialog({ onClose, customer, initial, prefill }: EntryDialogProps) {
  const { t } = useTranslation();
  const add = useChannelMutation('blocklist.add');
  const startKind: BlockKind = initial?.kind ?? 'phone';
  const form = useForm<EntryFormValues, unknown, EntryFormOutput>({
    resolver: entryResolver,
    defaultValues: {
      kind: startKind,
      value: initial?.value ?? customer?.values[startKind] ?? '',
      action: prefill?.action ?? 'block',
      reason: prefill?.reason ?? '',
      expiresOn: '',
    },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const entry = await add.mutateAsync({ ...values, ...(customer ? { customerId: customer.id } : {}) });
      notifySuccess(t('blocklist.added', { value: entry.value }));
      onClose(entry);
    } catch (error) {
      if (!showIssuesOnFields(error, form.setError, (path) => ENTRY_FIELDS.has(path))) notifyError(error);
    }
  });

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={
        customer
          ? t('blocklist.addForTitle', { name: customer.name || t('card.unnamed') })
          : t('blocklist.addTitle')
      }
      size="lg"
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('blocklist.addTitle')}>
        <Stack gap="sm">
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('blocklist.form.kind')}
                allowDeselect={false}
                data={BLOCK_KINDS.map((kind) => ({ value: kind, label: t(`codes.blockKind.${kind}`) }))}
                value={field.value}
                onChange={(next) => {
                  const kind = (next ?? 'phone') as BlockKind;
                  field.onChange(kind);
                  // From a card, switching the kind offers that customer's own detail of this kind.
                  const suggested = customer?.values[kind];
                  if (suggested !== undefined) form.setValue('value', suggested);
                }}
                error={errors.kind?.message}
              />
            )}
          />
          <TextInput
            label={t('blocklist.form.value')}
            description={t('blocklist.form.valueHint')}
            data-autofocus={initial || customer ? undefined : true}
            error={errors.value?.message}
            {...form.register('value')}
          />
          <Controller
            control={form.control}
            name="action"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="entry-action-label">
                  {t('blocklist.form.action')}
                </Text>
                <SegmentedControl
                  aria-labelledby="entry-action-label"
                  fullWidth
                  color={field.value === 'block' ? 'red' : field.value === 'prepayment' ? 'orange' : 'yellow'}
                  data={BLOCK_ACTIONS.map((action) => ({
                    value: action,
                    label: t(`codes.blockAction.${action}`),
                  }))}
                  value={field.value}
                  onChange={(next) => field.onChange(next)}
                />
                <Text size="xs" c="dimmed">
                  {t(`blocklist.form.actionHint.${field.value}`)}
                </Text>
              </Stack>
            )}
          />
          <Textarea
            label={t('blocklist.form.reason')}
            description={t('blocklist.form.reasonHint')}
            autosize
            minRows={2}
            data-autofocus={initial || customer ? true : undefined}
            error={errors.reason?.message}
            {...form.register('reason')}
          />
          <TextInput
            type="date"
            label={t('blocklist.form.expiresOn')}
            description={t('blocklist.form.expiresOnHint')}
            w={220}
            error={errors.expiresOn?.message}
            {...form.register('expiresOn')}
          />
          {errors.root && <Alert color="red">{errors.root.message}</Alert>}
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red"
            leftSection={<IconBan size={16} />}
            loading={form.formState.isSubmitting}
          >
            {t('blocklist.add')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
