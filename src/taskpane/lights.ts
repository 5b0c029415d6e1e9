/**
 * How the pane draws a mid-year traffic light (红灯 / 黄灯 / 绿灯): the badge colour and a
 * different shape per light, so that a light reads without colour too; the same in the
 * summary card and the monitoring view.
 */
import type { MonitorLight } from '../engine/types';
import type { BadgeColor } from './ui';

export const LIGHT_BADGE: Record<MonitorLight, BadgeColor> = {
  red: 'danger',
  yellow: 'warning',
  green: 'success',
};

export const LIGHT_SHAPE: Record<MonitorLight, string> = { red: '■', yellow: '▲', green: '●' };

/** The lights in the order they are counted and listed: red first. */
export const LIGHTS: MonitorLight[] = ['red', 'yellow', 'green'];
