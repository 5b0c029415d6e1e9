import type { MessageTable } from '../catalog';

export const engineMessages: MessageTable = {};
