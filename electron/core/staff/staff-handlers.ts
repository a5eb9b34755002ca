import type { staffChannels } from '../../../shared/contract/staff';
import { writeAudit } from '../audit';
import type { HandlerMap } from '../context';
import { conflict, notFound } from '../errors';
import { readSettings } from '../settings/store';
import { hashPin } from './pin';
import { getStaff, insertStaff, listStaff, toStaffMember } from './queries';

export const staffHandlers: HandlerMap<keyof typeof staffChannels> = {
  'staff.list': (ctx) => listStaff(ctx.db).map(toStaffMember),

  'staff.createOperator': async (ctx, input) => {
    const pinHash = input.pin === undefined ? null : await hashPin(input.pin);
    const at = ctx.now();
    const id = ctx.db.transaction(() => {
      const newId = insertStaff(ctx.db, {
        name: input.name,
        role: 'operator',
        language: readSettings(ctx.db).language,
        pinHash,
        at,
      });
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'create',
        entity: 'staff',
        entityId: newId,
        after: { name: input.name, role: 'operator', hasPin: pinHash !== null },
      });
      return newId;
    })();
    ctx.emit('data.changed', { domains: ['staff'] });
    return toStaffMember(getStaff(ctx.db, id)!);
  },

  'staff.update': (ctx, input) => {
    const before = getStaff(ctx.db, input.id);
    if (!before) throw notFound('This person');
    if (before.role === 'owner' && input.active === false) {
      throw conflict('The owner cannot be deactivated.');
    }
    const name = input.name ?? before.name;
    const active = input.active === undefined ? before.active : input.active ? 1 : 0;
    ctx.db.transaction(() => {
      ctx.db.prepare('update staff set name = ?, active = ? where id = ?').run(name, active, input.id);
      writeAudit(ctx.db, ctx.now(), {
        staffId: ctx.session.staffId,
        action: 'update',
        entity: 'staff',
        entityId: input.id,
        before: { name: before.name, active: before.active === 1 },
        after: { name, active: active === 1 },
      });
    })();
    ctx.emit('data.changed', { domains: ['staff'] });
    return toStaffMember(getStaff(ctx.db, input.id)!);
  },

  'staff.setPin': async (ctx, input) => {
    const before = getStaff(ctx.db, input.id);
    if (!before) throw notFound('This person');
    if (before.role === 'owner' && input.pin === null) {
      throw conflict('The owner must keep a PIN.');
    }
    const pinHash = input.pin === null ? null : await hashPin(input.pin);
    ctx.db.transaction(() => {
      ctx.db
        .prepare('update staff set pin_hash = ?, failed_attempts = 0, locked_until = null where id = ?')
        .run(pinHash, input.id);
      writeAudit(ctx.db, ctx.now(), {
        staffId: ctx.session.staffId,
        action: input.pin === null ? 'remove_pin' : 'set_pin',
        entity: 'staff',
        entityId: input.id,
      });
    })();
    ctx.emit('data.changed', { domains: ['staff'] });
    return toStaffMember(getStaff(ctx.db, input.id)!);
  },
};
