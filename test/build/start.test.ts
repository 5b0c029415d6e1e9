/**
 * `npm start` (scripts/start.js) without Excel and without network: the development
 * certificate it makes for localhost, and the HTTPS server over dist/ that Excel will load.
 */
import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { ensureCertificate, serve, staticHandler } from '../../scripts/start';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-start-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('makes a certificate for localhost once, and keeps it on the next start', async () => {
  const dir = path.join(tmp, 'certs');
  const first = await ensureCertificate(dir);
  expect(first.created).toBe(true);
  const cert = new X509Certificate(fs.readFileSync(first.certFile));
  expect(cert.checkHost('localhost')).toBe('localhost');
  expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
  expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000);
  expect(fs.statSync(first.keyFile).mode & 0o077).toBe(0);
  const again = await ensureCertificate(dir);
  expect(again.created).toBe(false);
  expect(fs.readFileSync(again.certFile, 'utf8')).toBe(fs.readFileSync(first.certFile, 'utf8'));
});

test('serves the files of dist over HTTPS, and nothing outside it', async () => {
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'preview.html'), '<!doctype html><title>预览</title>');
  fs.writeFileSync(path.join(dist, 'manifest.xml'), '<OfficeApp/>');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'not served');
  const { certFile, keyFile } = await ensureCertificate(path.join(tmp, 'certs'));
  const ca = fs.readFileSync(certFile);
  const servers = await serve(staticHandler(dist), 0, { key: fs.readFileSync(keyFile), cert: ca });
  const port = (servers[0].address() as AddressInfo).port;
  const get = (pathname: string, method = 'GET') =>
    new Promise<{ status: number; type?: string; location?: string; body: string }>(
      (resolve, reject) => {
        const request = https.request(
          { host: '127.0.0.1', servername: 'localhost', port, path: pathname, method, ca },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                type: response.headers['content-type'],
                location: response.headers.location,
                body,
              }),
            );
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
  try {
    // The certificate is accepted when trusted (ca), for the name "localhost".
    await expect(get('/preview.html')).resolves.toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      location: undefined,
      body: '<!doctype html><title>预览</title>',
    });
    expect((await get('/manifest.xml')).type).toBe('application/xml; charset=utf-8');
    expect((await get('/')).location).toBe('/preview.html');
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/preview.html', 'POST')).status).toBe(405);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
});
