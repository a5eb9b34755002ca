import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

interface NotesSectionProps {
  customerId: number;
  notes: CustomerCard['notes'];
}

/** Notes by the people who talked to the customer, newest first; a new one is written inline. */
export const NotesSection = forwardRef<HTMLTextAreaElement, NotesSectionProps>(function NotesSection(
  { customerId, notes },
  noteInputRef,
) {
  const { t } = useTranslation();
  const format = useFormatters();
  const addNote = useChannelMutation('customers.addNote');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    try {
      await addNote.mutateAsync({ customerId, text });
      setText('');
      notifySuccess(t('card.notes.added'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setError(errorMessage(failure));
      else notifyError(failure);
    }
  };

  return (
    <section aria-labelledby={`notes-${customerId}`}>
      <Title order={5} id={`notes-${customerId}`} mb={4}>
        {t('card.notes.title')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            ref={noteInputRef}
            flex={1}
            autosize
            minRows={1}
            maxRows={4}
            aria-label={t('card.notes.newLabel')}
            placeholder={t('card.notes.placeholder')}
            value={text}
            error={error}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void submit();
              }
            }}
          />
          <Button
            type="submit"
            variant="light"
            leftSection={<IconNote size={16} />}
            loading={addNote.isPending}
          >
            {t('card.notes.add')}
          </Button>
        </Group>
      </form>
      <Stack gap={6} mt="xs">
        {notes.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('card.notes.none')}
          </Text>
        )}
        {notes.map((note) => (
          <div key={note.id}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {note.text}
            </Text>
            <Text size="xs" c="dimmed">
              {note.by} · {format.dateTime(note.at)}
            </Text>
          </div>
        ))}
      </Stack>
    </section>
  );
});
