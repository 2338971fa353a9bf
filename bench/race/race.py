"""bench/race through the Python SDK: K rounds in which N agents commit one slot at once.

Driven by race/run.ts: reads a JSON plan on stdin, prints one JSON object on stdout with every
reply of every round (status, latency, winner named in a 409). Uses agentdraft.AsyncClient, one
client per (agent, server) pair, so the N commits of a round leave together on warm connections.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from agentdraft import AgentDraftError, AsyncClient, Conflict


async def fire(client: AsyncClient, agent: dict[str, Any], start: datetime, end: datetime) -> dict[str, Any]:
    t0 = time.perf_counter()
    reply: dict[str, Any] = {"agent_id": agent["agent_id"], "priority": agent["priority"]}
    try:
        booking = await client.bookings.commit(start=start, end=end)
        reply.update(status=201, booking_id=booking.booking_id)
    except Conflict as e:
        reply.update(status=409, code=e.code, winning_agent_id=e.winning_agent_id, winning_booking_id=e.winning_booking_id)
    except AgentDraftError as e:
        reply.update(status=getattr(e, "status_code", None) or 0, code=getattr(e, "code", None) or type(e).__name__)
    reply["latency_ms"] = (time.perf_counter() - t0) * 1000
    return reply


async def main() -> None:
    plan = json.load(sys.stdin)
    agents = plan["agents"]
    urls = plan["urls"]
    deadline = time.monotonic() + plan["max_seconds"]
    clients = {
        (a["agent_id"], u): AsyncClient(api_key=a["key"], base_url=u, max_retries=0, timeout=30.0)
        for a in agents
        for u in urls
    }
    rng = random.Random(plan["seed"])
    rounds: list[list[dict[str, Any]]] = []
    try:
        # One warm-up request per client opens its connection before the timed rounds.
        for (agent_id, url), client in clients.items():
            await client.agents.me()
        for r in range(plan["rounds"]):
            if time.monotonic() > deadline:
                break
            start = datetime.fromtimestamp(plan["slots"][r] / 1000, tz=timezone.utc)
            end = start + timedelta(minutes=plan["minutes"])
            order = list(range(len(agents)))
            rng.shuffle(order)
            # Agent i talks to server (i + round) % replicas, so every replica sees every priority.
            calls = [
                fire(clients[(agents[i]["agent_id"], urls[(i + r) % len(urls)])], agents[i], start, end) for i in order
            ]
            rounds.append(list(await asyncio.gather(*calls)))
    finally:
        for client in clients.values():
            await client.aclose()
    json.dump({"rounds": rounds}, sys.stdout)


if __name__ == "__main__":
    asyncio.run(main())
