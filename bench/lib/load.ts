// A bounded HTTP load run with autocannon: a fixed number of requests at a fixed concurrency,
// stopped early if it outlives its time budget.
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  /** Requests to send (the run ends when they are answered). */
  amount: number;
  /** Hard stop, in seconds. */
  maxSeconds: number;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  /** Path (and query) of request i. */
  path: (i: number) => string;
  /** JSON body of request i, if any. */
  body?: (i: number) => unknown;
}

export interface LoadResult {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  /** 2xx answers per second. */
  ok_per_second: number;
  latency_ms: { p50: number; p90: number; p99: number; max: number; mean: number };
  stopped_early: boolean;
}

export async function load(o: LoadOptions): Promise<LoadResult> {
  let i = 0;
  let stoppedEarly = false;
  let finish!: (error: Error | null, result: autocannon.Result) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: o.url,
      connections: o.connections,
      amount: o.amount,
      timeout: 10,
      requests: [
        {
          method: o.method,
          headers: { ...(o.body ? { "content-type": "application/json" } : {}), ...o.headers },
          setupRequest: (req) => {
            const n = i++;
            const next = { ...req, path: o.path(n) };
            if (o.body) next.body = JSON.stringify(o.body(n));
            return next;
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  const t0 = performance.now();
  // autocannon reports the end of a run on its one-second tick (a run of 0.7 s would count as
  // 1 s): the run ends with its last response, timed here (or now, if none came).
  let last = t0;
  instance.on("response", () => {
    last = performance.now();
  });
  const timer = setTimeout(() => {
    stoppedEarly = true;
    instance.stop();
  }, o.maxSeconds * 1000);
  const result = await done;
  clearTimeout(timer);
  const seconds = ((last > t0 ? last : performance.now()) - t0) / 1000;
  const ok = result["2xx"];
  return {
    requests: result.requests.total,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds,
    ok_per_second: ok / seconds,
    latency_ms: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    stopped_early: stoppedEarly,
  };
}
