import { z } from 'zod';
import { channel } from './define';
import { isIsoDate } from '../domain/dates';

/** The app route a route sheet renders at; the print page sets body[data-print-ready] when done. */
export const routeSheetPath = (courierId: number, date: string) => `/print/route-sheet/${courierId}/${date}`;

export const printChannels = {
  /** Renders a courier's route sheet for a day to a PDF file in the data folder's exports. */
  'print.routeSheet': channel({
    input: z
      .object({
        courierId: z.number().int().positive(),
        date: z.string().refine(isIsoDate, 'Use a date like 2026-11-24'),
      })
      .strict(),
    output: z.object({ path: z.string(), sizeBytes: z.number().int() }),
    role: 'operator',
  }),
};
