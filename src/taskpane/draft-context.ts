/**
 * The pane's drafts as its lines use them: the editor of a line restores the line's draft,
 * reports each change, and 放弃草稿 forgets it; a line with a draft says so while closed.
 */
import { createContext, useContext } from 'react';
import type { Draft } from './drafts';
import type { DeviationItem } from './model';

export interface PaneDrafts {
  get(item: DeviationItem): Draft | null;
  put(item: DeviationItem, draft: Draft): void;
  discard(item: DeviationItem): void;
}

const NONE: PaneDrafts = { get: () => null, put: () => undefined, discard: () => undefined };

export const DraftContext = createContext<PaneDrafts>(NONE);

export function useDrafts(): PaneDrafts {
  return useContext(DraftContext);
}
