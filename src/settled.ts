/** A promise's outcome as a value, so that a failure can wait until it matters. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** `promise`'s outcome; never rejects. */
export const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
