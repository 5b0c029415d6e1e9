#!/usr/bin/env node
'use strict';
// `npm start`: builds the add-in (webpack, development mode, rebuilding on change) and serves
// dist/ over HTTPS on https://localhost:3000 with a local development certificate kept in
// .certs/ (generated on first run; no sudo, nothing installed in any trust store), then prints
// how to trust the certificate, how to sideload manifest.xml into Excel, and the preview's
// address. Works offline on a machine without Excel.
//   node scripts/start.js [--production] [--no-watch] [--port N]
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { X509Certificate, createPrivateKey } = require('crypto');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CERT_DIR = path.join(ROOT, '.certs');
const CERT_FILE = path.join(CERT_DIR, 'localhost.crt');
const KEY_FILE = path.join(CERT_DIR, 'localhost.key');
/** The port the manifest's URLs name (https://localhost:3000/…). */
const MANIFEST_PORT = 3000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** Whether certFile/keyFile exist, match, name localhost and are valid for 7 more days. */
function certificateUsable(certFile, keyFile) {
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return false;
  try {
    const cert = new X509Certificate(fs.readFileSync(certFile));
    const week = 7 * 24 * 3600 * 1000;
    return (
      new Date(cert.validTo).getTime() - Date.now() > week &&
      cert.checkHost('localhost') === 'localhost' &&
      cert.checkPrivateKey(createPrivateKey(fs.readFileSync(keyFile)))
    );
  } catch {
    return false;
  }
}

/**
 * Makes sure dir (default .certs/) holds localhost.crt and localhost.key: a self-signed
 * certificate for localhost, 127.0.0.1 and ::1, valid one year; a usable one is kept.
 * Returns { created, certFile, keyFile }.
 */
async function ensureCertificate(dir = CERT_DIR) {
  const certFile = path.join(dir, path.basename(CERT_FILE));
  const keyFile = path.join(dir, path.basename(KEY_FILE));
  if (certificateUsable(certFile, keyFile)) return { created: false, certFile, keyFile };
  const selfsigned = require('selfsigned');
  const notBefore = new Date(Date.now() - 60 * 1000);
  const notAfter = new Date(notBefore.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await selfsigned.generate(
    [
      { name: 'commonName', value: 'localhost' },
      { name: 'organizationName', value: 'PerfScore development' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: notBefore,
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
    },
  );
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  return { created: true, certFile, keyFile };
}

/** A request handler serving the files of dir (GET/HEAD only, no directory listings). */
function staticHandler(dir) {
  const base = path.resolve(dir);
  return (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'https://localhost').pathname);
    } catch {
      return send(400, 'Bad request\n');
    }
    if (pathname === '/') return send(302, '', { Location: '/preview.html' });
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep)) return send(404, 'Not found\n');
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return send(404, 'Not found\n');
      response.writeHead(200, {
        'Content-Type':
          CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') return response.end();
      fs.createReadStream(file).pipe(response);
    });
  };
}

/** Listens on 127.0.0.1 and ::1 (whichever "localhost" the client picks). */
async function serve(handler, port, tls) {
  const listen = (host) =>
    new Promise((resolve, reject) => {
      const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
      server.once('error', reject);
      server.listen(port, host, () => resolve(server));
    });
  const servers = [await listen('127.0.0.1')];
  try {
    servers.push(await listen('::1'));
  } catch (error) {
    if (error.code === 'EADDRINUSE') throw error;
    // No IPv6 loopback on this machine: 127.0.0.1 is enough.
  }
  return servers;
}

function build(mode, watch, onBuilt) {
  const webpack = require('webpack');
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode });
  const compiler = webpack(config);
  let first = true;
  return new Promise((resolve, reject) => {
    const done = (error, stats) => {
      if (error) {
        if (first) return reject(error);
        return log(`build failed: ${error.message}`);
      }
      const info = stats.toString({ colors: process.stdout.isTTY, preset: 'errors-warnings' });
      if (stats.hasErrors()) {
        log(info);
        if (first && !watch) return reject(new Error('the build failed (errors above)'));
        if (first) log('The build has errors; fix them and it rebuilds on save.');
      } else if (info.trim()) log(info);
      if (first) {
        first = false;
        resolve(compiler);
      } else onBuilt(stats);
    };
    if (watch) compiler.watch({ aggregateTimeout: 300 }, done);
    else compiler.run((error, stats) => compiler.close(() => done(error, stats)));
  });
}

function printInstructions(port, certCreated) {
  const origin = `https://localhost:${port}`;
  const rel = (file) => path.relative(process.cwd(), file) || file;
  log('');
  log(`PerfScore 绩效自评助手 is served at ${origin}/ (dist/)`);
  log('');
  log(`  Preview (no Excel needed) / 预览: ${origin}/preview.html`);
  log(`  Task pane page:                  ${origin}/taskpane.html`);
  log(`  Manifest:                        ${origin}/manifest.xml`);
  log('');
  log(
    `Development certificate${certCreated ? ' (new)' : ''}: ${rel(CERT_FILE)} (key ${rel(KEY_FILE)})`,
  );
  log('  It is self-signed and trusted by nothing yet. Trust it for your user only (no sudo):');
  log(
    `  - Chrome/Chromium/Edge on Linux:  certutil -d sql:$HOME/.pki/nssdb -A -t "P,," -n perfscore-localhost -i ${rel(CERT_FILE)}`,
  );
  log('      (certutil is in libnss3-tools; restart the browser afterwards)');
  log(
    `  - Firefox: Settings → Privacy & Security → Certificates → View Certificates → Servers → Import ${rel(CERT_FILE)}`,
  );
  log(`  - Windows (Excel desktop):        certutil -user -addstore Root localhost.crt`);
  log(
    `  - macOS (Excel desktop):          security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db localhost.crt`,
  );
  log(
    `  - Or just open ${origin}/preview.html once and accept the warning (this browser session only).`,
  );
  log('');
  log('Sideload into Excel on the web (Excel 网页版):');
  log('  Open a workbook → Home (开始) → Add-ins (加载项) → More Add-ins → My Add-ins →');
  log(
    '  Upload My Add-in (上传我的加载项) → choose manifest.xml. The 绩效自评 group appears on the Home tab.',
  );
  log(
    '  (Older layout: Insert → Add-ins → Upload My Add-in.) The browser must trust the certificate above.',
  );
  log('');
  log('Sideload into Excel desktop (Windows or Mac, on the machine that runs this server):');
  log('  npx office-addin-debugging start manifest.xml');
  log(
    '  (run from this folder in a second terminal; it is fetched by npx, not a project dependency)',
  );
  log(
    '  Mac by hand: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
  );
  log('');
  log('Press Ctrl+C to stop.');
}

function parseArgs(argv) {
  const options = { production: false, watch: true, port: MANIFEST_PORT };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--production' || arg === '--prod') options.production = true;
    else if (arg === '--no-watch') options.watch = false;
    else if (arg === '--port') options.port = Number(argv[(i += 1)]);
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535)
    throw new Error('--port needs a port number');
  if (options.production) options.watch = false;
  return options;
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    log('usage: npm start [-- --production] [-- --no-watch] [-- --port N]');
    log('  builds dist/ and serves it on https://localhost:3000 (the manifest expects port 3000)');
    return;
  }
  const { created: certCreated } = await ensureCertificate();
  const mode = options.production ? 'production' : 'development';
  log(`Building dist/ (webpack, ${mode} mode${options.watch ? ', rebuilding on change' : ''}) …`);
  await build(mode, options.watch, () => log(`${new Date().toLocaleTimeString()} rebuilt dist/`));
  const tls = { key: fs.readFileSync(KEY_FILE), cert: fs.readFileSync(CERT_FILE) };
  try {
    await serve(staticHandler(DIST), options.port, tls);
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      throw new Error(
        `port ${options.port} is in use: stop the other server (the manifest expects https://localhost:${MANIFEST_PORT})`,
        { cause: error },
      );
    }
    throw error;
  }
  if (options.port !== MANIFEST_PORT)
    log(
      `Note: manifest.xml names port ${MANIFEST_PORT}; Excel will not find the add-in on ${options.port}.`,
    );
  printInstructions(options.port, certCreated);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`npm start: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
}

module.exports = { ensureCertificate, staticHandler, serve, CERT_FILE, KEY_FILE };
