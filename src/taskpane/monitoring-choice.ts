/**
 * The pane's mid-year monitoring choice (settings: 年中监控 and the elapsed share of the year),
 * kept in the browser's storage for the add-in's origin; a storage that is missing or refuses
 * (private mode, a locked-down webview) only means the choice is not remembered.
 */
import type { MonitoringChoice } from './backend';

const KEY = 'perfscore.monitoring';

export const DEFAULT_MONITORING: MonitoringChoice = { enabled: false, elapsed: 0.5 };

/** A share of the year: 0 < elapsed ≤ 1. */
function validElapsed(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadMonitoringChoice(store: Storage | null = storage()): MonitoringChoice {
  try {
    const saved = JSON.parse(store?.getItem(KEY) ?? 'null') as Partial<MonitoringChoice> | null;
    if (!saved || typeof saved !== 'object') return DEFAULT_MONITORING;
    return {
      enabled: saved.enabled === true,
      elapsed: validElapsed(saved.elapsed) ? saved.elapsed : DEFAULT_MONITORING.elapsed,
    };
  } catch {
    return DEFAULT_MONITORING;
  }
}

export function saveMonitoringChoice(
  choice: MonitoringChoice,
  store: Storage | null = storage(),
): void {
  try {
    store?.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Not remembered: the choice holds for this session.
  }
}

/** "50" (percent, as typed in the settings) → 0.5; null when not in (0, 100]. */
export function elapsedFromPercent(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, '');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed) / 100;
  return validElapsed(value) ? value : null;
}
