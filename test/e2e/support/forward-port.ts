/**
 * Reaches a fake server through another loopback address (127.0.0.2): a host the extension has
 * no permission for, as a company server would be before the user grants it.
 */
import { connect, createServer, type AddressInfo } from 'node:net';

export async function forwardFrom(host: string, target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target);
  const proxy = createServer((socket) => {
    const upstream = connect(Number(port), hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, host, done));
  return {
    url: `http://${host}:${(proxy.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => proxy.close(() => done())),
  };
}
