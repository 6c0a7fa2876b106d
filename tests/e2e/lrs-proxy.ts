/**
 * A TCP proxy in front of the LRS that the test cuts and restores, so the LRS keeps its data
 * (it is in memory) while the game sees it vanish: stopping closes the port and every open
 * connection, as a dropped network does; starting listens again on the same port.
 */
import net from 'node:net';

/** A port free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface LrsProxy {
  port: number;
  /** How many connections it has passed on so far. */
  readonly connections: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<LrsProxy> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let server: net.Server | null = null;
  const listen = async () => {
    const next = net.createServer((client) => {
      connections += 1;
      const upstream = net.connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => next.listen(port, '127.0.0.1', resolve));
    server = next;
  };
  const stop = async () => {
    const current = server;
    server = null;
    if (!current) return;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  await listen();
  return {
    port,
    get connections() {
      return connections;
    },
    cut: stop,
    restore: listen,
    close: stop,
  };
}
