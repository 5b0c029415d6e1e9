import type { MessageTable } from '../catalog';

export const xlsxMessages: MessageTable = {};
