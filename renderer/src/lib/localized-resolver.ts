import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import i18n from '../app/i18n';

/**
 * A form resolver whose messages follow the interface language. react-hook-form keeps the
 * resolver it was first given, so the schema is built anew, with the current language, each
 * time the form validates rather than once when the form mounts.
 */
export function localizedResolver<Input extends FieldValues, Output>(
  build: (t: TFunction) => z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return (values, context, options) => zodResolver(build(i18n.t))(values, context, options);
}
