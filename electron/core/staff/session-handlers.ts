import type { sessionChannels, SessionState } from '../../../shared/contract/session';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { writeAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { readSettings, writeSettings } from '../settings/store';
import { hashPin, lockDurationMs, verifyPin } from './pin';
import { countStaff, getStaff, insertStaff, listStaff } from './queries';
import { oneAtATime } from './one-at-a-time';

export function sessionState(ctx: CoreContext): SessionState {
  const needsSetup = countStaff(ctx.db) === 0;
  const row = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
  const user =
    row && row.active === 1 ? { id: row.id, name: row.name, role: row.role, language: row.language } : null;
  return { needsSetup, user };
}

function changed(ctx: CoreContext): SessionState {
  ctx.emit('session.changed', {});
  return sessionState(ctx);
}

export const sessionHandlers: HandlerMap<keyof typeof sessionChannels> = {
  'session.current': (ctx) => sessionState(ctx),

  'session.choices': (ctx) =>
    listStaff(ctx.db)
      .filter((s) => s.active === 1)
      .map((s) => ({ id: s.id, name: s.name, role: s.role, hasPin: s.pin_hash !== null })),

  'session.setupOwner': async (ctx, input) => {
    if (countStaff(ctx.db) > 0) throw conflict('ShopDesk is already set up; sign in instead.');
    const pinHash = await hashPin(input.pin);
    const at = ctx.now();
    const ownerId = ctx.db.transaction(() => {
      // Checked again inside the transaction: two windows could race through first-run.
      if (countStaff(ctx.db) > 0) throw conflict('ShopDesk is already set up; sign in instead.');
      const id = insertStaff(ctx.db, {
        name: input.ownerName,
        role: 'owner',
        language: input.language,
        pinHash,
        at,
      });
      const settings = {
        ...DEFAULT_SETTINGS,
        ...readSettings(ctx.db),
        shopName: input.shopName,
        language: input.language,
        country: input.country,
        currency: input.currency,
      };
      writeSettings(ctx.db, settings);
      writeAudit(ctx.db, at, {
        staffId: id,
        action: 'setup',
        entity: 'staff',
        entityId: id,
        after: { name: input.ownerName, role: 'owner' },
      });
      return id;
    })();
    ctx.session.staffId = ownerId;
    return changed(ctx);
  },

  'session.signIn': (ctx, input) =>
    oneAtATime(ctx, input.staffId, async () => {
      const row = getStaff(ctx.db, input.staffId);
      if (!row || row.active !== 1) throw notFound('This person');
      const now = ctx.now();
      if (row.locked_until !== null && row.locked_until > now) {
        const seconds = Math.ceil((row.locked_until - now) / 1000);
        writeAudit(ctx.db, now, {
          staffId: null,
          action: 'sign_in_refused',
          entity: 'staff',
          entityId: row.id,
          after: { lockedForSeconds: seconds },
        });
        throw new AppError('FORBIDDEN', `Too many wrong PINs. Try again in ${seconds} s.`);
      }
      if (row.pin_hash !== null) {
        const ok = input.pin !== undefined && (await verifyPin(input.pin, row.pin_hash));
        if (!ok) {
          const failed = row.failed_attempts + 1;
          const lock = lockDurationMs(failed);
          ctx.db.transaction(() => {
            ctx.db
              .prepare('update staff set failed_attempts = ?, locked_until = ? where id = ?')
              .run(failed, lock > 0 ? now + lock : null, row.id);
            writeAudit(ctx.db, now, {
              staffId: null,
              action: lock > 0 ? 'locked_out' : 'sign_in_failed',
              entity: 'staff',
              entityId: row.id,
              after: {
                failedAttempts: failed,
                ...(lock > 0 ? { lockedForSeconds: Math.ceil(lock / 1000) } : {}),
              },
            });
          })();
          throw invalid(
            'pin',
            lock > 0 ? `Wrong PIN. Locked for ${Math.ceil(lock / 1000)} s.` : 'Wrong PIN.',
          );
        }
      }
      ctx.db.prepare('update staff set failed_attempts = 0, locked_until = null where id = ?').run(row.id);
      ctx.session.staffId = row.id;
      return changed(ctx);
    }),

  'session.signOut': (ctx) => {
    ctx.session.staffId = null;
    return changed(ctx);
  },

  'session.setLanguage': (ctx, input) => {
    ctx.db.prepare('update staff set language = ? where id = ?').run(input.language, ctx.session.staffId);
    return changed(ctx);
  },
};
