import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PlanColumn } from './plan-model';

/**
 * Selection and keyboard on the board. Click picks one stop, Ctrl/Cmd+click adds or removes,
 * Shift+click picks a run within a column. Arrows move between stops (Shift+↑↓ extends the
 * selection), Space toggles, Esc clears, M opens "Move to…", Enter opens the order.
 * After a dialog closes or a move lands, `returnFocus` puts the keyboard back on the card.
 */
export function useBoard(
  columns: PlanColumn[],
  actions: { onMove: () => void; onOpen: (id: number) => void },
) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const elements = useRef(new Map<number, HTMLElement>());
  /**
   * A card to focus once it is in place: now (a dialog closed), or once the plan shows the move
   * (the card's updatedAt changed: it is re-mounted in its new column). A card that left the day
   * hands the focus to a neighbour of its column (or the board's first card), so the keyboard is
   * never dropped on <body>.
   */
  const pending = useRef<{ id: number; movedFrom?: number; neighbours: number[] } | null>(null);
  const [, setTick] = useState(0);

  const locate = (id: number) => {
    for (let c = 0; c < columns.length; c += 1) {
      const index = columns[c]!.stops.findIndex((s) => s.orderId === id);
      if (index >= 0) return { column: c, index };
    }
    return null;
  };
  const focus = (id: number | undefined) => {
    if (id === undefined) return;
    setFocused(id);
    elements.current.get(id)?.focus();
  };
  const range = (from: number, to: number): number[] => {
    const a = locate(from);
    const b = locate(to);
    if (!a || !b || a.column !== b.column) return [to];
    const stops = columns[a.column]!.stops;
    const [lo, hi] = a.index <= b.index ? [a.index, b.index] : [b.index, a.index];
    return stops.slice(lo, hi + 1).map((s) => s.orderId);
  };
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
    setAnchor(id);
  };

  const onClick = (id: number, event: MouseEvent) => {
    if (event.shiftKey && anchor !== null) setSelected(new Set([...selected, ...range(anchor, id)]));
    else if (event.ctrlKey || event.metaKey) toggle(id);
    else {
      setSelected(new Set([id]));
      setAnchor(id);
    }
    setFocused(id);
  };

  const onKeyDown = (id: number, event: KeyboardEvent) => {
    const at = locate(id);
    if (!at) return;
    const stops = columns[at.column]!.stops;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        handled();
        const next = stops[at.index + (event.key === 'ArrowDown' ? 1 : -1)];
        if (!next) return;
        if (event.shiftKey) {
          setSelected(new Set([...selected, id, next.orderId]));
          if (anchor === null) setAnchor(id);
        }
        focus(next.orderId);
        return;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        handled();
        const step = event.key === 'ArrowRight' ? 1 : -1;
        for (let c = at.column + step; c >= 0 && c < columns.length; c += step) {
          const target = columns[c]!.stops;
          if (target.length > 0) return focus(target[Math.min(at.index, target.length - 1)]!.orderId);
        }
        return;
      }
      case ' ':
        handled();
        if (event.shiftKey && anchor !== null) setSelected(new Set([...selected, ...range(anchor, id)]));
        else toggle(id);
        return;
      case 'Escape':
        if (selected.size > 0) {
          handled();
          setSelected(new Set());
        }
        return;
      case 'Enter':
        handled();
        actions.onOpen(id);
        return;
      default:
        if (event.code === 'KeyM' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          handled();
          if (selected.size === 0) setSelected(new Set([id]));
          actions.onMove();
        }
    }
  };

  const stopOf = (id: number) => {
    const at = locate(id);
    return at ? columns[at.column]!.stops[at.index]! : null;
  };
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    const stop = stopOf(wanted.id);
    if (stop && wanted.movedFrom !== undefined && stop.updatedAt === wanted.movedFrom) return;
    // Its column emptied: the board's first card, so the arrows still have somewhere to start.
    const id = stop
      ? wanted.id
      : (wanted.neighbours.find((n) => locate(n) !== null) ??
        columns.find((c) => c.stops.length > 0)?.stops[0]?.orderId);
    pending.current = null;
    if (id !== undefined) focus(id);
  });
  const returnFocus = (id: number, options: { movedFrom?: number } = {}) => {
    const at = locate(id);
    const stops = at ? columns[at.column]!.stops.map((s) => s.orderId) : [];
    const index = at?.index ?? 0;
    pending.current = {
      id,
      movedFrom: options.movedFrom,
      // The next card down first, then up: where the eye already is.
      neighbours: [...stops.slice(index + 1), ...stops.slice(0, index).reverse()],
    };
    setTick((n) => n + 1);
  };

  const firstStop = columns.find((c) => c.stops.length > 0)?.stops[0]?.orderId ?? null;
  const known = focused !== null && locate(focused) !== null;
  return {
    selected,
    setSelected,
    clear: () => setSelected(new Set()),
    onClick,
    onKeyDown,
    onFocus: setFocused,
    /** The card that has (or last had) the keyboard focus on the board. */
    focusedId: focused,
    returnFocus,
    /** One stop is in the tab order; arrows reach the rest. */
    tabbableId: known ? focused : firstStop,
    register: (id: number) => (element: HTMLElement | null) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
  };
}
