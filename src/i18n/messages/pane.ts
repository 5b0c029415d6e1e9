import type { MessageTable } from '../catalog';

export const paneMessages: MessageTable = {};
