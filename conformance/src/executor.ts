// The step executor: the default one (plain HTTP, a group fired in one tick) and the dispatch of a
// group between a custom executor (e.g. an SDK adapter) and plain HTTP for what it cannot express.
import { prepare } from "./http.ts";
import type { StepExecutor, StepRequest, StepResponse } from "./types.ts";

/** The default executor: each step as a plain HTTP request, a group fired in one tick. */
export function httpExecutor(timeoutMs = 15_000): StepExecutor {
  return {
    name: "HTTP",
    execute: (requests) => {
      const prepared = requests.map((r) =>
        prepare({
          method: r.method,
          url: r.url,
          headers: { ...r.headers, ...r.credentials },
          ...(r.raw_body !== undefined ? { raw: r.raw_body } : {}),
          ...(r.body !== undefined && r.raw_body === undefined ? { json: r.body } : {}),
          timeoutMs,
        }),
      );
      return Promise.all(prepared.map((p) => p.fire()));
    },
  };
}

/** An answer and who gave it. */
export type Dispatched = StepResponse & { executor?: string; not_expressible?: string };

/**
 * Sends a group of steps, fired together: through `RunOptions.executor` what it can express, the
 * rest (and without an executor, all) over plain HTTP.
 */
export async function dispatch(requests: StepRequest[], executor: StepExecutor | undefined, http: StepExecutor): Promise<Dispatched[]> {
  if (!executor) return http.execute(requests);
  const reasons = await Promise.all(requests.map(async (r) => (executor.notExpressible ? await executor.notExpressible(r) : null)));
  const mine = requests.filter((_r, n) => reasons[n] === null);
  const rest = requests.filter((_r, n) => reasons[n] !== null);
  const t0 = performance.now();
  const [viaExecutor, viaHttp] = await Promise.all([
    mine.length
      ? executor.execute(mine).then((rs) => rs.map((r) => ({ ...r, duration_ms: r.duration_ms ?? Math.round(performance.now() - t0) })))
      : [],
    rest.length ? http.execute(rest) : [],
  ]);
  return requests.map((r, n) => {
    const reason = reasons[n];
    return reason === null || reason === undefined
      ? { ...viaExecutor[mine.indexOf(r)]!, executor: executor.name }
      : { ...viaHttp[rest.indexOf(r)]!, not_expressible: reason };
  });
}
