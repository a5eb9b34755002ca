import { Avatar, Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import classes from './PersonButton.module.css';

export type SignInChoice = ChannelOutput<'session.choices'>[number];

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).slice(0, 2);
  return parts.map((part) => part.charAt(0).toUpperCase()).join('');
}

interface PersonButtonProps {
  person: SignInChoice;
  selected: boolean;
  onSelect: () => void;
}

export function PersonButton({ person, selected, onSelect }: PersonButtonProps) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className={classes.person}
      data-selected={selected || undefined}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <Group wrap="nowrap">
        <Avatar color="teal" radius="xl">
          {initials(person.name)}
        </Avatar>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} truncate>
            {person.name}
          </Text>
          <Badge size="xs" variant="light" color={person.role === 'owner' ? 'indigo' : 'gray'}>
            {t(`roles.${person.role}`)}
          </Badge>
        </div>
        {person.hasPin && <IconLock size={16} aria-label={t('signIn.needsPin')} />}
      </Group>
    </UnstyledButton>
  );
}
