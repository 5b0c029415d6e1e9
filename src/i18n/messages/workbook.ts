import type { MessageTable } from '../catalog';

export const workbookMessages: MessageTable = {};
