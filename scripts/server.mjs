// The production server: Next.js's request handler in a plain Node HTTP server (a documented "custom server"), for
// two reasons (docs/ARCHITECTURE.md):
//  - content pages rendered on request (/{locale}/search and /{locale}/lenders, whose results depend on the query, and
//    the "page not found" answer to an unknown address under a locale) are served without Next's and React's scripts,
//    like the prerendered ones (lib/html/runtime-free.mjs);
//  - prerendered pages are answered from memory once Next has answered them (lib/html/page-cache.mjs), and the listen
//    backlog is set for bursts of connections (docs/ARCHITECTURE.md and docs/BENCHMARKS.md, "Load").
// Usage: node scripts/server.mjs [-p port] [-H host]  (PORT is read too; no -H listens on every address).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { cacheKey, createPageCache, encodingFor, refreshCookieExpiry } from '../lib/html/page-cache.mjs';
import { isDynamicContentPath, isLocalePath, stripRuntime } from '../lib/html/runtime-free.mjs';

// Before Next and React load: they pick their production builds from it, as `next start` does.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const flag = process.argv.indexOf('-p');
const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
// Without -H: every address, IPv6 and IPv4, as `next start` listens (a client may resolve localhost to ::1).
const hostFlag = process.argv.indexOf('-H');
const hostname = hostFlag > 0 ? process.argv[hostFlag + 1] : undefined;

const app = next({ dev: false, hostname: hostname ?? 'localhost', port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

function compress(body, encoding) {
  return encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) : zlib.gzipSync(body, { level: 6 });
}

/**
 * Lets Next answer into memory (uncompressed: the request's Accept-Encoding is hidden from it), then hands over its
 * status, headers and body: `finish` changes what it needs and sends. Headers (status, CSP, Cache-Control) are Next's.
 * @param {(body: Buffer) => Buffer} finish
 */
function answerInMemory(req, res, finish) {
  req.headers['accept-encoding'] = 'identity';
  const chunks = [];
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  res.flushHeaders = () => {};
  res.writeHead = function writeHead(status, reason, headers) {
    res.statusCode = status;
    const h = typeof reason === 'object' ? reason : headers;
    if (h) for (const [k, v] of Object.entries(h)) res.setHeader(k, v);
    return res;
  };
  res.write = function write(chunk, enc, cb) {
    if (chunk) chunks.push(Buffer.from(chunk, typeof enc === 'string' ? enc : undefined));
    if (typeof enc === 'function') enc();
    else if (typeof cb === 'function') cb();
    return true;
  };
  res.end = function end(chunk, enc, cb) {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk, typeof enc === 'string' ? enc : undefined));
    Object.assign(res, original);
    const body = finish(Buffer.concat(chunks));
    return res.end(body, typeof chunk === 'function' ? chunk : typeof enc === 'function' ? enc : cb);
  };
  return handle(req, res);
}

/** Sends `body` compressed in `encoding` (if worth it), saying so in the headers. */
function encoded(res, body, encoding, compressed = () => compress(body, encoding)) {
  res.removeHeader('content-length');
  res.removeHeader('content-encoding');
  let out = body;
  if (encoding !== 'identity' && body.length > 1024) {
    out = compressed();
    res.setHeader('content-encoding', encoding);
  }
  const vary = String(res.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  res.setHeader('content-length', out.length);
  return out;
}

/**
 * Pages rendered on request: Next renders, the framework's scripts come out, then it is sent. `always`: a content
 * page; otherwise only a "page not found" answer is stripped (other answers, such as a tool's JSON, are sent as made).
 */
function serveWithoutRuntime(req, res, always) {
  const encoding = encodingFor(req.headers['accept-encoding']);
  return answerInMemory(req, res, (body) => {
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
    const strip = html && (always || res.statusCode === 404);
    return encoded(res, strip ? Buffer.from(stripRuntime(body.toString('utf8'))) : body, encoding);
  });
}

// Prerendered pages: the paths scripts/csp-hashes.mjs found after the build (absent in a checkout never built).
let prerendered = new Set();
try {
  prerendered = new Set(Object.keys(JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8'))));
} catch {
  console.warn('No .next/csp-hashes.json: prerendered pages are not kept in memory.');
}
const pages = createPageCache(Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024);

/** A prerendered page: from memory if Next gave this answer before, else from Next, kept for the next request. */
function servePrerendered(req, res, key) {
  const encoding = encodingFor(req.headers['accept-encoding']);
  const entry = pages.get(key);
  if (!entry) {
    return answerInMemory(req, res, (body) => {
      const kept = pages.set(key, res.statusCode, res.getHeaders(), body);
      res.setHeader('x-cache', kept ? 'MISS' : 'PASS');
      return encoded(res, body, encoding, kept ? () => pages.body(kept, encoding, compress) : undefined);
    });
  }
  for (const [name, value] of entry.headers) res.setHeader(name, name.toLowerCase() === 'set-cookie' ? refreshCookieExpiry(value, Date.now()) : value);
  res.statusCode = entry.status;
  res.setHeader('x-cache', 'HIT');
  const body = encoded(res, entry.bodies.identity, encoding, () => pages.body(entry, encoding, compress));
  res.end(body);
}

const server = createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (req.method === 'GET' || req.method === 'HEAD') {
    // Search and lender lookup: content pages made for their query.
    if (isDynamicContentPath(pathname)) return serveWithoutRuntime(req, res, true);
    // An address under a locale that was not prerendered: Next answers "page not found" (or, for a tool's data, the
    // data), and that page needs no more script than any content page.
    if (isLocalePath(pathname) && !prerendered.has(pathname)) return serveWithoutRuntime(req, res, false);
  }
  const key = cacheKey(req, (p) => prerendered.has(p));
  if (key) return servePrerendered(req, res, key);
  return handle(req, res);
});
// Keep-alive longer than a typical proxy's, so a reverse proxy never reuses a socket Node has just closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen({ port, host: hostname, backlog: 4096 }, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});
