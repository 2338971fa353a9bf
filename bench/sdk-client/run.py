"""What a Python ``Client()`` costs to make, and how close together five threads that each make one
and commit at once reach the server (issue 13, item 6).

Measured in one run, against a baseline in the same run: the baseline gives every client its own
``httpx.Client()`` (its own TLS context, loading the CA bundle: what ``Client()`` did before it
shared one context per process). The server is a stdlib HTTP server in a child process that answers
``POST /v1/bookings`` with a fixed booking and records the ``time.monotonic()`` of each arrival
(one clock for every arrival, so the spread is the server's view).

    packages/sdk-python/.venv/bin/python bench/sdk-client/run.py [--rounds 20] [--constructions 200]

Bounded: ``--rounds`` rounds of 5 threads per mode, ``--constructions`` clients, a 120 s hard stop.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, List

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "packages" / "sdk-python" / "src"))

BOOKING = {
    "booking_id": "bkg_1",
    "calendar_id": "cal_1",
    "agent_id": "agt_1",
    "agent_priority": 1,
    "status": "COMMITTED",
    "start": "2026-12-01T15:00:00Z",
    "end": "2026-12-01T15:30:00Z",
    "metadata": {},
    "committed_at": "2026-11-24T10:00:00.125Z",
    "audit_event_id": "evt_1",
    "created_at": "2026-11-24T10:00:00.125Z",
}
THREADS = 5
HARD_STOP_S = 120.0


# The server (child process) ------------------------------------------------------------------------


def serve() -> None:
    arrivals: List[float] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def reply(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            now = time.monotonic()
            with lock:
                arrivals.append(now)
            self.rfile.read(int(self.headers.get("content-length") or 0))
            self.reply(201, BOOKING)

        def do_GET(self) -> None:  # /arrivals: the arrivals so far, then forgets them
            with lock:
                taken = list(arrivals)
                arrivals.clear()
            self.reply(200, taken)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


# Construction cost (a fresh process, so the first client pays for the shared context) -------------


def construct(count: int) -> None:
    import httpx

    from agentdraft import Client

    started = time.perf_counter()
    Client(api_key="avs_live_bench").close()
    first = time.perf_counter() - started
    later: List[float] = []
    for _ in range(count):
        started = time.perf_counter()
        client = Client(api_key="avs_live_bench")
        later.append(time.perf_counter() - started)
        client.close()
    baseline: List[float] = []
    for _ in range(max(10, count // 10)):
        started = time.perf_counter()
        http = httpx.Client()
        baseline.append(time.perf_counter() - started)
        http.close()
    print(json.dumps({"first": first, "later": later, "baseline": baseline}))


# Five threads, one client each, committing at once -------------------------------------------------


def get_arrivals(port: int) -> List[float]:
    import httpx

    data: List[float] = httpx.get(f"http://127.0.0.1:{port}/arrivals").json()
    return data


def round_spread(port: int, make: Callable[[], Any]) -> float:
    """Seconds between the first and the last arrival of 5 threads released together."""
    barrier = threading.Barrier(THREADS)
    start = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)
    errors: List[BaseException] = []

    def agent() -> None:
        try:
            barrier.wait(timeout=30)
            client = make()
            try:
                client.bookings.commit(start=start, end=start + timedelta(minutes=30))
            finally:
                client.close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=agent) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    arrivals = get_arrivals(port)
    if len(arrivals) != THREADS:
        raise RuntimeError(f"expected {THREADS} arrivals, got {len(arrivals)}")
    return max(arrivals) - min(arrivals)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--constructions", type=int, default=200)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--construct", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.construct is not None:
        construct(args.construct)
        return

    deadline = time.monotonic() + HARD_STOP_S
    import httpx

    from agentdraft import Client

    done = subprocess.run(
        [sys.executable, __file__, "--construct", str(args.constructions)],
        capture_output=True,
        text=True,
        timeout=HARD_STOP_S,
        check=True,
    )
    cost: Dict[str, Any] = json.loads(done.stdout)
    later_median = statistics.median(cost["later"])
    baseline_median = statistics.median(cost["baseline"])

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        base_url = f"http://127.0.0.1:{port}"
        Client(api_key="avs_live_bench", base_url=base_url).close()  # the shared context exists

        def shared() -> Any:
            return Client(api_key="avs_live_bench", base_url=base_url, max_retries=0)

        def own_context() -> Any:  # the baseline: a TLS context per client
            return Client(api_key="avs_live_bench", base_url=base_url, max_retries=0, http_client=httpx.Client())

        spreads: Dict[str, List[float]] = {"shared": [], "baseline": []}
        rounds = 0
        for _ in range(args.rounds):
            if time.monotonic() > deadline:
                break
            spreads["shared"].append(round_spread(port, shared))
            spreads["baseline"].append(round_spread(port, own_context))
            rounds += 1
    finally:
        server.terminate()
        server.wait(timeout=10)

    shared_median = statistics.median(spreads["shared"])
    base_spread = statistics.median(spreads["baseline"])
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, httpx {httpx.__version__}")
    print()
    print("| figure | shared TLS context (now) | own TLS context per client (baseline) | ratio |")
    print("| --- | --- | --- | --- |")
    print(f"| first `Client()` of the process, ms | {ms(cost['first'])} | — | — |")
    print(
        f"| later `Client()`, median of {len(cost['later'])}, ms | {ms(later_median)} | {ms(baseline_median)} "
        f"(`httpx.Client()`) | {baseline_median / later_median:.0f}× cheaper |"
    )
    print(
        f"| later `Client()`, p95, ms | {ms(sorted(cost['later'])[int(len(cost['later']) * 0.95)])} | "
        f"{ms(sorted(cost['baseline'])[int(len(cost['baseline']) * 0.95)])} | — |"
    )
    print(
        f"| arrival spread of {THREADS} threads (new client + commit each), median of {rounds} rounds, ms | "
        f"{ms(shared_median)} | {ms(base_spread)} | {base_spread / shared_median:.1f}× tighter |"
    )
    print(f"| arrival spread, worst round, ms | {ms(max(spreads['shared']))} | {ms(max(spreads['baseline']))} | — |")


if __name__ == "__main__":
    main()
