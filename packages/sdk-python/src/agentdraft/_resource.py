"""Resources hold a reference to their client and hand it calls to execute."""

from __future__ import annotations

from typing import Awaitable, Protocol, TypeVar

from ._call import Call

T = TypeVar("T")


class SyncExecutor(Protocol):
    def _execute(self, call: Call[T]) -> T: ...


class AsyncExecutor(Protocol):
    def _execute(self, call: Call[T]) -> Awaitable[T]: ...


class SyncResource:
    def __init__(self, client: SyncExecutor) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client
