/**
 * The run's time budget: one deadline for the whole run, so a hung or throttling service cannot
 * hold the job for hours. Every request's signal and every wait between retries end with it.
 */

let controller = new AbortController();
let deadline = Number.POSITIVE_INFINITY;

/**
 * Starts the budget: `ms` milliseconds from now. It replaces the budget before, whose timer then
 * aborts only its own controller (a short budget started earlier must not end a longer one).
 */
export function startBudget(ms: number): void {
  const own = new AbortController();
  controller = own;
  deadline = Date.now() + ms;
  const timer = setTimeout(() => {
    own.abort(new DOMException(`the run's time budget of ${Math.round(ms / 1000)} s ran out`, 'TimeoutError'));
  }, ms);
  // The budget must never be what keeps the process alive.
  timer.unref();
}

/** Milliseconds left in the budget (never negative). */
export function remainingMs(): number {
  return Math.max(0, deadline - Date.now());
}

/** Whether the budget has run out. */
export function budgetSpent(): boolean {
  return controller.signal.aborted;
}

/** A request's signal, and `done`, which ends its timer and its ties to the budget once the request is over. */
export interface RequestDeadline {
  signal: AbortSignal;
  done: () => void;
}

/**
 * A signal for one request: aborts after `timeoutMs` milliseconds, when the budget runs out, or
 * when `inner` aborts. Call `done` when the request is over: until then the signal, its timer
 * and its listeners stay alive (`AbortSignal.timeout` and `AbortSignal.any` keep theirs until the
 * timeout, which is thousands of live objects in a table job's run).
 */
export function requestDeadline(timeoutMs: number, inner?: AbortSignal | null): RequestDeadline {
  const own = new AbortController();
  const sources = [controller.signal, ...(inner ? [inner] : [])];
  const end = (reason: unknown): void => {
    done();
    own.abort(reason);
  };
  const onAbort = (event: Event): void => {
    end((event.target as AbortSignal).reason);
  };
  const timer = setTimeout(() => {
    end(new DOMException(`no answer within ${timeoutMs / 1000} s`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref();
  function done(): void {
    clearTimeout(timer);
    for (const source of sources) source.removeEventListener('abort', onAbort);
  }
  const aborted = sources.find((source) => source.aborted);
  if (aborted) end(aborted.reason);
  else for (const source of sources) source.addEventListener('abort', onAbort, { once: true });
  return { signal: own.signal, done };
}

/** Waits `ms` milliseconds, or less when the budget runs out first (then it rejects). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const signal = controller.signal;
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
