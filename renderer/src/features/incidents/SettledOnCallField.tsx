import { Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RESOLUTIONS } from '../../../../shared/domain/enums';
import { PROMO_CODE_MAX } from '../../../../shared/domain/promo-code';

type Resolution = (typeof RESOLUTIONS)[number];

interface Props {
  promoCode: string;
  onPromoCode: (text: string) => void;
  /** The resolution agreed on the call, or null when it is not settled. */
  settled: Resolution | null;
  onSettled: (resolution: Resolution | null) => void;
  errors: Record<string, string>;
}

/**
 * The promo code a complaint is about, and "settled on the call" (scenario 15: most promo
 * complaints are taken back on the call for 200–500 roubles): such an incident is saved resolved
 * and needs no follow-up.
 */
export function SettledOnCallField({ promoCode, onPromoCode, settled, onSettled, errors }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <TextInput
        w={240}
        label={t('followUps.form.promoCode')}
        placeholder={t('followUps.form.promoCodePlaceholder')}
        maxLength={PROMO_CODE_MAX}
        value={promoCode}
        onChange={(event) => onPromoCode(event.currentTarget.value)}
        error={errors.promoCode}
      />
      <div style={{ paddingTop: 30 }}>
        <Checkbox
          label={t('followUps.form.settled')}
          checked={settled !== null}
          onChange={(event) => onSettled(event.currentTarget.checked ? 'compensation' : null)}
          data-testid="settled-on-call"
        />
        {settled !== null && (
          <Text size="xs" c="dimmed" ml={30}>
            {t('followUps.form.settledHint')}
          </Text>
        )}
      </div>
      {settled !== null && (
        <Select<Resolution>
          w={220}
          label={t('followUps.form.resolution')}
          allowDeselect={false}
          data={RESOLUTIONS.map((value) => ({ value, label: t(`codes.resolution.${value}`) }))}
          value={settled}
          onChange={(value) => value && onSettled(value)}
          error={errors.settledOnCall}
        />
      )}
    </Group>
  );
}
