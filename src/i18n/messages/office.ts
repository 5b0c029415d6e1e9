import type { MessageTable } from '../catalog';

export const officeMessages: MessageTable = {};
