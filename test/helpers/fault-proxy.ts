/**
 * A TCP proxy in front of a server (the test PostgreSQL), in this process, that passes bytes
 * both ways until a fault is armed: then, at the first chunk the client sends that matches, it
 * cuts every connection (a reset), stops passing anything (a network that hangs), or runs the
 * fault's own step (stopping the server). New connections meet the same fault until `clear()`.
 */
import type { Socket } from 'node:net';
import { createConnection, createServer } from 'node:net';
import type postgres from 'postgres';

/** What happens when the fault fires. */
export type ProxyFault = 'reset' | 'hang' | (() => Promise<void>);

export interface FaultProxy {
  port: number;
  /**
   * Arms `fault`, to fire at the first chunk from the client whose text includes `at` (at once
   * when `at` is undefined). `forward`: the chunk reaches the server before the fault (a COMMIT
   * that lands but whose answer is lost), else it is dropped, with what that connection sends
   * after it: bytes lost in flight never let later ones through (TCP delivers in order or not at
   * all), and a pipelining client has more of them behind.
   */
  arm(fault: ProxyFault, at?: string, forward?: boolean): void;
  /** Whether the armed fault has fired. */
  readonly fired: boolean;
  /** The server processes (backend pids) of the connections made through the proxy so far. */
  readonly pids: number[];
  /** Disarms the fault; connections made from now on pass again. */
  clear(): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free port of 127.0.0.1 to `port` there. */
export async function startFaultProxy(port: number): Promise<FaultProxy> {
  let armed: { fault: ProxyFault; at: string | undefined; forward: boolean } | undefined;
  let fired = false;
  let hanging = false;
  const pids: number[] = [];
  const pairs = new Set<[Socket, Socket]>();
  /** Connections whose bytes stopped at a dropped chunk. */
  const stalled = new WeakSet<Socket>();

  const cutAll = (): void => {
    for (const [client, upstream] of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
  };
  const fire = async (fault: ProxyFault): Promise<void> => {
    fired = true;
    if (fault === 'reset') cutAll();
    else if (fault === 'hang') hanging = true;
    else await fault();
  };

  const server = createServer((client) => {
    const upstream = createConnection({ port, host: '127.0.0.1' });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (fired && armed?.fault === 'reset') {
      client.resetAndDestroy();
      upstream.destroy();
    }
    client.on('data', (chunk: Buffer) => {
      if (hanging || stalled.has(client)) return;
      const due = armed && !fired && (armed.at === undefined || chunk.toString('latin1').includes(armed.at));
      if (!due || !armed) {
        upstream.write(chunk);
        return;
      }
      if (armed.forward) upstream.write(chunk);
      else stalled.add(client);
      void fire(armed.fault);
    });
    upstream.on('data', (chunk: Buffer) => {
      // BackendKeyData ('K', length 12, pid, secret key) comes whole in the first answer.
      const key = chunk.indexOf(Buffer.from([0x4b, 0, 0, 0, 12]));
      if (key >= 0 && key + 9 <= chunk.length) pids.push(chunk.readInt32BE(key + 5));
      if (!hanging) client.write(chunk);
    });
    const close = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');

  return {
    port: address.port,
    arm(fault, at, forward = false) {
      armed = { fault, at, forward };
      fired = false;
      if (at === undefined) void fire(fault);
    },
    get fired() {
      return fired;
    },
    pids,
    clear() {
      armed = undefined;
      fired = false;
      hanging = false;
      cutAll();
    },
    close: () =>
      new Promise<void>((resolve) => {
        cutAll();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/**
 * A fault that has the server end every session made through `proxy` so far
 * (`pg_terminate_backend`, what a restart or a pooler's eviction does); `sql` is a superuser client.
 */
export const terminating =
  (sql: postgres.Sql, proxy: FaultProxy): ProxyFault =>
  async () => {
    await sql`SELECT pg_terminate_backend(pid) FROM unnest(${proxy.pids}::int[]) AS pid`;
  };
