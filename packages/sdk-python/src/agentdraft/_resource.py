"""Resources hold a reference to their client and hand it calls to execute.

``resource.with_raw_response`` is the same resource over an executor that returns the
:class:`~agentdraft._base_client.APIResponse` (headers, status, request id, ``.parse()``) instead of
the parsed result.
"""

from __future__ import annotations

import copy
from typing import Any, Awaitable, Optional, Protocol, TypeVar

from ._call import Call, RequestOptions

T = TypeVar("T")


class SyncExecutor(Protocol):
    def _execute(self, call: Call[T], options: Optional[RequestOptions] = None) -> T: ...


class AsyncExecutor(Protocol):
    def _execute(self, call: Call[T], options: Optional[RequestOptions] = None) -> Awaitable[T]: ...


class _RawSync:
    def __init__(self, client: Any) -> None:
        self._inner = client

    def _execute(self, call: Call[Any], options: Optional[RequestOptions] = None) -> Any:
        return self._inner._execute_raw(call, options)


class _RawAsync:
    def __init__(self, client: Any) -> None:
        self._inner = client

    async def _execute(self, call: Call[Any], options: Optional[RequestOptions] = None) -> Any:
        return await self._inner._execute_raw(call, options)


class SyncResource:
    def __init__(self, client: SyncExecutor) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """This resource, its (non-list) methods returning an ``APIResponse`` with ``.headers``,
        ``.status_code``, ``.request_id`` and ``.parse()``."""
        raw = copy.copy(self)
        raw._client = _RawSync(self._client)
        return raw


class AsyncResource:
    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """As :attr:`SyncResource.with_raw_response`, awaited."""
        raw = copy.copy(self)
        raw._client = _RawAsync(self._client)
        return raw
