/** Types of scripts/start.js for the tests (test/build). */
import type { IncomingMessage, Server, ServerResponse } from 'http';

export function ensureCertificate(
  dir?: string,
): Promise<{ created: boolean; certFile: string; keyFile: string }>;
export function staticHandler(
  dir: string,
): (request: IncomingMessage, response: ServerResponse) => void;
export function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  port: number,
  tls?: { key: Buffer; cert: Buffer },
): Promise<Server[]>;
export const CERT_FILE: string;
export const KEY_FILE: string;
