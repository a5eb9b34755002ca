import { Navigate, useParams } from 'react-router';
import type { SessionUser } from '../../../../shared/contract/session';
import { AuditPage } from './AuditPage';
import { BackupsPage } from './BackupsPage';
import { ExportPage } from './ExportPage';
import { ImportPage } from '../import/ImportPage';

/**
 * /settings/:page — the owner's settings pages (backups, the accountant's export, the import, the audit log).
 * Anyone else, or an unknown page, lands on the main settings page; main refuses the calls anyway.
 */
export function OwnerSettingsPage({ user }: { user: SessionUser }) {
  const { page } = useParams();
  if (user.role !== 'owner') return <Navigate to="/settings" replace />;
  switch (page) {
    case 'backups':
      return <BackupsPage user={user} />;
    case 'export':
      return <ExportPage user={user} />;
    case 'import':
      return <ImportPage user={user} />;
    case 'audit':
      return <AuditPage user={user} />;
    default:
      return <Navigate to="/settings" replace />;
  }
}
