"""Run the same call on a Client or an AsyncClient, so each test covers both."""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
from typing import Any, Callable, Union

from agentdraft import AsyncClient, Client

FLAVOURS = ["sync", "async"]
AnyClient = Union[Client, AsyncClient]


def invoke(flavour: str, url: str, call: Callable[[Any], Any], fast: bool = True, **options: Any) -> Any:
    """``call(client)`` on a fresh ``Client`` or ``AsyncClient`` (awaited if it returns an awaitable).
    ``fast`` shrinks the retry backoff so retry tests stay quick."""

    def tune(client: AnyClient) -> None:
        if fast:
            client._retry = dataclasses.replace(client._retry, initial_delay=0.01, max_delay=0.05)

    options.setdefault("api_key", "avs_live_test")
    if flavour == "sync":
        with Client(base_url=url, **options) as client:
            tune(client)
            return call(client)

    async def main() -> Any:
        async with AsyncClient(base_url=url, **options) as client:
            tune(client)
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def run_all(client: AnyClient, calls: list[Callable[[], Any]]) -> Any:
    """Run several calls one after another on either client (a coroutine for AsyncClient)."""
    if isinstance(client, Client):
        return [call() for call in calls]

    async def sequentially() -> Any:
        return [await call() for call in calls]

    return sequentially()
