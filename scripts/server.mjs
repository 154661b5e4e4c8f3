// The production server: Next.js's request handler in a plain Node HTTP server (a documented "custom server"), for
// two reasons (docs/ARCHITECTURE.md):
//  - the two content pages rendered on request (/{locale}/search and /{locale}/lenders, whose results depend on the
//    query) are served without Next's and React's scripts, like the prerendered ones (lib/html/runtime-free.mjs);
//  - the listen backlog is set for bursts of connections (docs/BENCHMARKS.md, "Load").
// Usage: node scripts/server.mjs [-p port] [-H host]  (PORT is read too; no -H listens on every address).
import { createServer } from 'node:http';
import zlib from 'node:zlib';
import { isDynamicContentPath, stripRuntime } from '../lib/html/runtime-free.mjs';

// Before Next and React load: they pick their production builds from it, as `next start` does.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const flag = process.argv.indexOf('-p');
const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
// Without -H: every address, IPv6 and IPv4, as `next start` listens (a client may resolve localhost to ::1).
const hostFlag = process.argv.indexOf("-H");
const hostname = hostFlag > 0 ? process.argv[hostFlag + 1] : undefined;

const app = next({ dev: false, hostname: hostname ?? 'localhost', port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

/** Picks the response encoding the client accepts, as Next would: brotli, then gzip, else none. */
function encodingFor(accept = '') {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/**
 * Lets Next render the page into memory (uncompressed: the request's Accept-Encoding is hidden from it), takes the
 * framework's scripts out of the HTML, then compresses and sends it. Headers (status, CSP, Cache-Control) are Next's.
 */
function serveWithoutRuntime(req, res) {
  const encoding = encodingFor(req.headers['accept-encoding']);
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
    let body = Buffer.concat(chunks);
    if (String(res.getHeader('content-type') ?? '').startsWith('text/html')) body = Buffer.from(stripRuntime(body.toString('utf8')));
    res.removeHeader('content-length');
    res.removeHeader('content-encoding');
    if (encoding && body.length > 1024) {
      body =
        encoding === 'br'
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
          : zlib.gzipSync(body, { level: 6 });
      res.setHeader('content-encoding', encoding);
    }
    const vary = String(res.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    res.setHeader('content-length', body.length);
    return res.end(body, typeof chunk === 'function' ? chunk : typeof enc === 'function' ? enc : cb);
  };
  return handle(req, res);
}

const server = createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if ((req.method === 'GET' || req.method === 'HEAD') && isDynamicContentPath(pathname)) return serveWithoutRuntime(req, res);
  return handle(req, res);
});
// Keep-alive longer than a typical proxy's, so a reverse proxy never reuses a socket Node has just closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen({ port, host: hostname, backlog: 4096 }, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});
