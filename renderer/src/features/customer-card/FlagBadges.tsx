import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Flags {
  vip: boolean;
  caution: boolean;
  doubtful: boolean;
  doNotCall: boolean;
}

const FLAG_COLOR = { vip: 'violet', caution: 'yellow', doubtful: 'orange', do_not_call: 'red' } as const;

export function FlagBadges({ flags, showNone = false }: { flags: Flags; showNone?: boolean }) {
  const { t } = useTranslation();
  const set = (
    [
      ['vip', flags.vip],
      ['caution', flags.caution],
      ['doubtful', flags.doubtful],
      ['do_not_call', flags.doNotCall],
    ] as const
  ).filter(([, on]) => on);
  if (set.length === 0)
    return showNone ? (
      <Text size="sm" c="dimmed">
        {t('card.noFlags')}
      </Text>
    ) : null;
  return (
    <Group gap={4} wrap="nowrap">
      {set.map(([flag]) => (
        <Badge key={flag} size="sm" variant="light" color={FLAG_COLOR[flag]}>
          {t(`codes.flag.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
