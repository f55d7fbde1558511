/**
 * The HTTP harness shared by the local fakes: one 127.0.0.1 server per fake, a log of every
 * request it received, injectable faults (status, connection reset, hang, raw body, an answer cut
 * off mid-body) and an injected latency per request for the benchmark. Each fake supplies only
 * its handler.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v25.0/debug_token`. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Raw request body ('' when none). */
  body: string;
  /** When the request arrived, in `performance.now()` milliseconds of this process. */
  at: number;
  /** A call made inside another request (a Graph batch), answered through `answerCall`, not over HTTP. */
  inBatch?: true;
}

export interface Reply {
  status: number;
  /** JSON-serialised unless it is a string; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroys the socket without answering (ECONNRESET at the client). */
  | { kind: 'reset' }
  /** Never answers; the client must time out. */
  | { kind: 'hang' }
  /**
   * Answers `status` with a `content-length` for all of `body` but sends only its first half, then
   * destroys the socket: an answer cut off after its status line (a proxy or a connection that died).
   */
  | { kind: 'truncate'; status: number; body: string; headers?: Record<string, string> }
  /** Answers as usual once `until()` has settled: something else happens first, at a known point of the run. */
  | { kind: 'wait'; until: () => Promise<unknown> };

/** The faults after which the client has no usable answer. */
type LostAnswer = Extract<Fault, { kind: 'reset' | 'hang' | 'truncate' }>;

export interface FaultRule {
  method?: string;
  /** A path (exact) or a pattern tested against the path. */
  path: string | RegExp;
  /** A further condition on the request (e.g. its query). */
  when?: (req: RecordedRequest) => boolean;
  /** How many matching requests fail; then the rule is spent. Default: all of them. */
  times?: number;
  /**
   * The request takes effect before the fault answers (a gateway that lost the answer): the
   * handler runs, then the client sees the fault instead of its reply.
   */
  handled?: boolean;
  fault: Fault;
}

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:43121`. */
  url: string;
  requests: RecordedRequest[];
  /** Added before every answer, in milliseconds. */
  latencyMs: number;
  /**
   * Answers a call that arrives inside another request (a Graph batch call) as if it had come over
   * HTTP: logs it in `requests`, applies the fault rules (a `status` fault is the reply) and runs
   * the handler, without the latency. `null` when a fault leaves no answer (reset, hang, truncate),
   * so that the caller can stand for it as its API does.
   */
  answerCall(req: RecordedRequest): Promise<Reply | null>;
  inject(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

function matches(rule: FaultRule, req: RecordedRequest): boolean {
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  const onPath = typeof rule.path === 'string' ? rule.path === req.path : rule.path.test(req.path);
  // `when` last, so that it sees only the requests of its own path (a test may count them).
  return onPath && (rule.when?.(req) ?? true);
}

/** Starts `handler` on an ephemeral port of 127.0.0.1. */
export async function startFake(handler: Handler, options: { latencyMs?: number } = {}): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let faults: Array<FaultRule & { left: number }> = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at,
      };
      requests.push(recorded);
      void answer(recorded, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  /**
   * The fault rules and the handler, without the socket: what the client gets for `req`, or the
   * fault that leaves it without a usable answer. One place, so that HTTP requests and calls
   * answered through `answerCall` see the same rules.
   */
  async function settle(req: RecordedRequest): Promise<{ reply: Reply } | { lost: LostAnswer }> {
    const rule = faults.find((r) => r.left > 0 && matches(r, req));
    if (rule?.fault.kind === 'wait') {
      rule.left -= 1;
      await rule.fault.until().catch(() => undefined);
    }
    if (rule && rule.fault.kind !== 'wait') {
      rule.left -= 1;
      if (rule.handled) await Promise.resolve(handler(req)).catch(() => undefined);
      if (rule.fault.kind === 'status') return { reply: rule.fault };
      return { lost: rule.fault };
    }
    try {
      return { reply: await handler(req) };
    } catch (error) {
      return { reply: { status: 500, body: { message: `fake handler crashed: ${String(error)}` } } };
    }
  }

  async function answer(req: RecordedRequest, res: http.ServerResponse): Promise<void> {
    if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
    const outcome = await settle(req);
    if ('lost' in outcome) {
      const fault = outcome.lost;
      if (fault.kind === 'reset') res.socket?.destroy();
      if (fault.kind === 'truncate') {
        const { status, body, headers } = fault;
        const bytes = Buffer.from(body);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          ...headers,
          'content-length': String(bytes.length),
        });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
      }
      return;
    }
    const { reply } = outcome;
    const headers: Record<string, string> = { ...reply.headers };
    let payload = '';
    if (reply.body !== undefined && reply.status !== 204) {
      payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    latencyMs: options.latencyMs ?? 0,
    answerCall(req) {
      requests.push(req);
      return settle(req).then((outcome) => ('reply' in outcome ? outcome.reply : null));
    },
    inject(rule) {
      faults.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults = [];
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
  return fake;
}

/** A JSON reply. */
export function json(status: number, body?: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}
