import type { MessageTable } from '../catalog';

export const valuesMessages: MessageTable = {};
