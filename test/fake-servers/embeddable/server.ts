/**
 * Serves the fake Embeddable widget (fake-widget.js) on 127.0.0.1 as `/app.html`, the path of
 * Embeddable's hosted app, so the extension frames it exactly as it would frame the real one.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const script = readFile(new URL('./fake-widget.js', import.meta.url), 'utf8');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake RingCentral Embeddable</title></head>
<body><script src="/fake-widget.js"></script></body></html>`;

export async function startFakeEmbeddable(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/app.html') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/fake-widget.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(await script);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
