"""``Client`` (blocking) and ``AsyncClient`` (asyncio), built on one :class:`BaseClient`."""

from __future__ import annotations

import asyncio
import time
from types import TracebackType
from typing import Any, Mapping, Optional, Type, TypeVar, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, APIResponse, BaseClient, shared_ssl_context
from ._call import NOT_GIVEN, Call, NotGiven, RequestOptions
from .errors import AgentDraftError, ClientClosedError
from .generated.resources import AsyncClientResources, ClientResources

T = TypeVar("T")
_Self = TypeVar("_Self", bound="Client")
_AsyncSelf = TypeVar("_AsyncSelf", bound="AsyncClient")


class Client(BaseClient, ClientResources):
    """Blocking client of the AgentDraft agent API.

    ``api_key`` falls back to ``AGENTDRAFT_API_KEY`` and ``base_url`` to ``AGENTDRAFT_BASE_URL``, then
    ``http://127.0.0.1:8080``. Requests that fail on the connection, time out, or get 408, 429, 5xx
    or 409 ``idempotency_in_flight`` are retried up to ``max_retries`` times with exponential backoff
    and jitter, honouring ``Retry-After``; every POST repeats one ``Idempotency-Key`` across them.
    ``http_client`` lets you bring your own ``httpx.Client`` (you close it); ``default_headers`` are
    sent with every request; ``timeout`` defaults to the ``http_client``'s own timeout when one is
    passed, else 10 s. Use as a context manager or call :meth:`close`. Clients are cheap to make:
    every client of the process shares one TLS context (see :func:`shared_ssl_context`).
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: Optional[httpx.Client] = None,
        *,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=_default_timeout(timeout, http_client),
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(verify=shared_ssl_context())
        self._attach_resources(self)

    def with_options(
        self: _Self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> _Self:
        """A client with some settings replaced, sharing this one's connection pool
        (``client.with_options(timeout=30, max_retries=5).bookings.commit(...)``)."""
        return self._derive(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )

    def _send(self, call: Call[Any], options: Optional[RequestOptions] = None) -> httpx.Response:
        """Sends ``call`` with retries; the successful response (or raises)."""
        self._check_open(call)
        max_retries = self._max_retries(options)
        attempt = 0
        while True:
            try:
                request = self._build_request(self._http, call, options, attempt)
                try:
                    response = self._http.send(request)  # reads the whole body
                except httpx.TransportError as exc:
                    raise self._transport_error(call, exc) from exc
                except RuntimeError as exc:  # an http_client closed by its owner
                    raise ClientClosedError(f"{call.method} {call.path}: the HTTP client is closed: {exc}") from exc
                self._check_response(call, response, attempt)
                return response
            except AgentDraftError as error:
                delay = self._retry_delay(attempt, error, max_retries)
                if delay is None:
                    raise
            time.sleep(delay)
            attempt += 1

    def _execute(self, call: Call[T], options: Optional[RequestOptions] = None) -> T:
        return self._parse(call, self._send(call, options))

    def _execute_raw(self, call: Call[T], options: Optional[RequestOptions] = None) -> APIResponse[T]:
        return APIResponse(self, call, self._send(call, options))

    def close(self) -> None:
        """Close the connection pool (unless ``http_client`` was passed in)."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncClient(BaseClient, AsyncClientResources):
    """asyncio client: the same arguments, resources and behaviour as :class:`Client`, with ``await``.

    ``http_client`` takes an ``httpx.AsyncClient``. Use ``async with`` or call :meth:`aclose`
    (:meth:`close` is an alias).
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: Optional[httpx.AsyncClient] = None,
        *,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=_default_timeout(timeout, http_client),
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(verify=shared_ssl_context())
        self._attach_resources(self)

    def with_options(
        self: _AsyncSelf,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> _AsyncSelf:
        """A client with some settings replaced, sharing this one's connection pool."""
        return self._derive(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )

    async def _send(self, call: Call[Any], options: Optional[RequestOptions] = None) -> httpx.Response:
        """Sends ``call`` with retries; the successful response (or raises)."""
        self._check_open(call)
        max_retries = self._max_retries(options)
        attempt = 0
        while True:
            try:
                request = self._build_request(self._http, call, options, attempt)
                try:
                    response = await self._http.send(request)  # reads the whole body
                except httpx.TransportError as exc:
                    raise self._transport_error(call, exc) from exc
                except RuntimeError as exc:  # an http_client closed by its owner
                    raise ClientClosedError(f"{call.method} {call.path}: the HTTP client is closed: {exc}") from exc
                self._check_response(call, response, attempt)
                return response
            except AgentDraftError as error:
                delay = self._retry_delay(attempt, error, max_retries)
                if delay is None:
                    raise
            await asyncio.sleep(delay)
            attempt += 1

    async def _execute(self, call: Call[T], options: Optional[RequestOptions] = None) -> T:
        return self._parse(call, await self._send(call, options))

    async def _execute_raw(self, call: Call[T], options: Optional[RequestOptions] = None) -> APIResponse[T]:
        return APIResponse(self, call, await self._send(call, options))

    async def aclose(self) -> None:
        """Close the connection pool (unless ``http_client`` was passed in)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Alias of :meth:`aclose`."""
        await self.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.aclose()


def _default_timeout(
    timeout: Union[float, httpx.Timeout, NotGiven, None], http_client: Union[httpx.Client, httpx.AsyncClient, None]
) -> Union[float, httpx.Timeout, None]:
    """The timeout given, else the injected ``http_client``'s own, else 10 s."""
    if not isinstance(timeout, NotGiven):
        return timeout
    return http_client.timeout if http_client is not None else DEFAULT_TIMEOUT


__all__ = ["AsyncClient", "Client"]
