import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Courier } from '../../../../../shared/contract/couriers';
import { COURIER_KINDS, type CourierKind } from '../../../../../shared/domain/enums';
import { parseMoney } from '../../../../../shared/domain/money';
import { MoneyField } from '../../../components/MoneyField';
import { ApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/errors';
import { minorToInputText } from '../../../lib/money-input';
import { useChannelMutation } from '../../../lib/query';
import { translateServerMessage } from '../../../locales/server-messages';

interface CourierDialogProps {
  courier?: Courier;
  currency: string;
  onClose: () => void;
}

/** A courier's name, kind, daily capacity and cost per delivery (money, so audited by main). */
export function CourierDialog({ courier, currency, onClose }: CourierDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useChannelMutation('couriers.create');
  const update = useChannelMutation('couriers.update');
  const [name, setName] = useState(courier?.name ?? '');
  const [kind, setKind] = useState<CourierKind>(courier?.kind ?? 'own_driver');
  const [phone, setPhone] = useState(courier?.phone ?? '');
  const [capacity, setCapacity] = useState(
    courier?.capacity === null || !courier ? '' : String(courier.capacity),
  );
  const [cost, setCost] = useState(
    courier ? minorToInputText(courier.costPerDelivery, currency, i18n.language) : '',
  );
  const [note, setNote] = useState(courier?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = courier ? t('couriers.editTitle', { name: courier.name }) : t('couriers.addTitle');

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (name.trim() === '') problems.name = t('validation.enterName');
    if (capacity.trim() !== '' && !/^\d+$/.test(capacity.trim()))
      problems.capacity = t('validation.wholeNumber');
    const costMinor = parseMoney(cost.trim() === '' ? '0' : cost, currency);
    if (costMinor === null || costMinor < 0) problems.costPerDelivery = t('validation.amount');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const fields = {
      name: name.trim(),
      kind,
      phone: phone.trim() === '' ? null : phone.trim(),
      capacity: capacity.trim() === '' ? null : Number(capacity.trim()),
      costPerDelivery: costMinor!,
      note,
    };
    try {
      if (courier) await update.mutateAsync({ id: courier.id, ...fields });
      else await create.mutateAsync(fields);
      notifySuccess(
        courier ? t('couriers.saved', { name: fields.name }) : t('couriers.added', { name: fields.name }),
      );
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setErrors(
          Object.fromEntries(
            error.issues.map((i) => [i.path, translateServerMessage(i.message, i18n.language)]),
          ),
        );
      } else notifyError(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        aria-label={title}
        noValidate
      >
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('couriers.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-autofocus
            />
            <Select
              label={t('couriers.kind')}
              allowDeselect={false}
              data={COURIER_KINDS.map((value) => ({ value, label: t(`codes.courierKind.${value}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value as CourierKind)}
              error={errors.kind}
            />
            <TextInput
              label={t('couriers.capacity')}
              description={t('couriers.capacityHint')}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
              error={errors.capacity}
            />
            <MoneyField
              label={t('couriers.cost')}
              description={t('couriers.costHint')}
              currency={currency}
              showReading
              value={cost}
              onChange={setCost}
              error={errors.costPerDelivery}
            />
            <TextInput
              label={t('couriers.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={errors.phone}
            />
          </SimpleGrid>
          <Textarea
            label={t('couriers.note')}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {courier ? t('common.save') : t('couriers.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
