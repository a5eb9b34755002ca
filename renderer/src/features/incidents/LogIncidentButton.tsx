import { Anchor, Button, Kbd, type ButtonProps } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { LogIncidentDialog, type LogPrefill } from './LogIncidentDialog';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

interface LogIncidentButtonProps extends ButtonProps {
  prefill: LogPrefill;
  /** Ctrl/Cmd+I opens the form from anywhere on this screen (inputs included: the caller is talking). */
  hotkey?: 'mod+I' | 'N';
  /** After saving; by default a notification links to the new incident. */
  onLogged?: (detail: IncidentDetail) => void;
  /** Open the form as soon as the button is there (its hotkey was pressed before it was). */
  defaultOpen?: boolean;
}

/** Opens the logging form with what the screen knows (customer, order, courier) filled in. */
export function LogIncidentButton({
  prefill,
  hotkey,
  onLogged,
  defaultOpen = false,
  ...buttonProps
}: LogIncidentButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  useHotkeys(
    hotkey ? [[hotkey, () => setOpen(true), { preventDefault: true, usePhysicalKeys: true }]] : [],
    // "N" must not fire while typing; Ctrl+I may.
    hotkey === 'N' ? undefined : [],
  );
  const keys = hotkey === 'N' ? 'N' : isMac ? '⌘ I' : 'Ctrl I';

  const logged = (detail: IncidentDetail) => {
    if (onLogged) return onLogged(detail);
    notifications.show({
      color: 'teal',
      message: (
        <>
          {t('incidents.logged', { id: detail.incident.id })}{' '}
          {/* A plain link: notifications live outside the router; the hash is the route. */}
          <Anchor href={`#/incidents/${detail.incident.id}`} size="sm">
            {t('incidents.openLogged')}
          </Anchor>
        </>
      ),
    });
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconMessageReport size={16} />}
        rightSection={
          hotkey ? (
            <Kbd size="xs" aria-hidden>
              {keys}
            </Kbd>
          ) : undefined
        }
        onClick={() => setOpen(true)}
        {...buttonProps}
      >
        {t('incidents.log')}
      </Button>
      {open && (
        <LogIncidentDialog
          prefill={prefill}
          onClose={(created) => {
            setOpen(false);
            if (created) logged(created);
          }}
        />
      )}
    </>
  );
}
