import type { MessageTable } from '../catalog';

export const cliMessages: MessageTable = {};
