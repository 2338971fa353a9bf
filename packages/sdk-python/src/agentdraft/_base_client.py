"""What the sync and async clients share: configuration, request building, response handling, the
retry decision and the log. Only the sending and the sleeping differ between them (see ``_client.py``)."""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import ssl
import threading
from typing import Any, Dict, Generic, Mapping, Optional, TypeVar, Union

import httpx

from ._call import NOT_GIVEN, Call, NotGiven, RequestOptions, is_valid_idempotency_key
from ._retry import RETRY_COUNT_HEADER, RetryPolicy, is_retryable_status, parse_retry_after, should_retry_header
from ._version import __version__
from .errors import (
    AgentDraftError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    error_from_problem,
    invalid_argument,
    missing_key_error,
)

T = TypeVar("T")
_B = TypeVar("_B", bound="BaseClient")

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "AGENTDRAFT_API_KEY"
BASE_URL_ENV = "AGENTDRAFT_BASE_URL"
LOG_ENV = "AGENTDRAFT_LOG"
#: The documentation's stand-in for a key: never valid, so it counts as "no key given".
PLACEHOLDER_KEY = "avs_live_..."
#: Headers whose values never reach the log.
REDACTED_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-inbound-secret"})

log = logging.getLogger("agentdraft")
_env_logging = False  # AGENTDRAFT_LOG has added its handler


def _setup_logging() -> None:
    """``AGENTDRAFT_LOG=info|debug`` turns on the ``agentdraft`` logger (to stderr) for this process."""
    level = {"info": logging.INFO, "debug": logging.DEBUG}.get((os.environ.get(LOG_ENV) or "").strip().lower())
    global _env_logging
    if level is None or _env_logging:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    _env_logging = True


_ssl_lock = threading.Lock()
_ssl_context: Optional[ssl.SSLContext] = None


def shared_ssl_context() -> ssl.SSLContext:
    """The one TLS context of this process, made on first use (as httpx makes its own: certifi's CA
    bundle, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``). Loading the CA bundle is what made each client
    cost ~40 ms; an ``ssl.SSLContext`` is thread-safe and bound to no event loop, so every ``Client``
    and ``AsyncClient`` of the process (any thread, any loop) shares it."""
    global _ssl_context
    context = _ssl_context
    if context is None:
        with _ssl_lock:
            if _ssl_context is None:
                factory: Any = getattr(httpx, "create_ssl_context", None)
                if factory is None:  # httpx 0.27
                    from httpx._config import create_ssl_context as factory
                _ssl_context = factory()
            context = _ssl_context
    return context


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    """Headers safe to log: secrets replaced by ``[redacted]``."""
    return {k: "[redacted]" if k.lower() in REDACTED_HEADERS else v for k, v in headers.items()}


class APIResponse(Generic[T]):
    """A successful response before parsing (``client.<resource>.with_raw_response.<method>(...)``)."""

    def __init__(self, client: BaseClient, call: Call[T], response: httpx.Response) -> None:
        self._client = client
        self._call = call
        #: The underlying ``httpx.Response``.
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("request-id")
        return value

    def parse(self) -> T:
        """The parsed result, as the method without ``with_raw_response`` returns it."""
        return self._client._parse(self._call, self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse {self._call.method} {self._call.path} {self.status_code} request_id={self.request_id}>"


class BaseClient:
    """Configuration and the transport-independent half of every request."""

    def __init__(
        self,
        *,
        api_key: Optional[str],
        base_url: Optional[str],
        timeout: Union[float, httpx.Timeout, None],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
    ) -> None:
        key = api_key if api_key is not None and api_key != PLACEHOLDER_KEY else os.environ.get(API_KEY_ENV)
        if not key:
            given = "api_key is the placeholder 'avs_live_...'" if api_key == PLACEHOLDER_KEY else "No API key"
            raise missing_key_error(
                f"{given}: pass Client(api_key=<your key>) or set the {API_KEY_ENV} environment variable"
            )
        _check_max_retries(max_retries)
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http:// or https:// URL, got {url!r}")
        self.api_key = key
        self.base_url = url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: Dict[str, str] = dict(default_headers or {})
        self._retry = RetryPolicy(max_retries=max_retries)
        self._closed = False
        _setup_logging()

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _derive(
        self: _B,
        *,
        api_key: Optional[str],
        base_url: Optional[str],
        timeout: Any,
        max_retries: Optional[int],
        default_headers: Optional[Mapping[str, str]],
    ) -> _B:
        """A copy with some settings replaced, sharing this client's connection pool (which it never closes)."""
        if max_retries is not None:
            _check_max_retries(max_retries)
        if base_url is not None and not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http:// or https:// URL, got {base_url!r}")
        other = copy.copy(self)
        if api_key is not None:
            other.api_key = api_key
        if base_url is not None:
            other.base_url = base_url.rstrip("/")
        if not isinstance(timeout, NotGiven):
            other.timeout = timeout
        if max_retries is not None:
            other.max_retries = max_retries
            other._retry = RetryPolicy(max_retries=max_retries)
        if default_headers is not None:
            other.default_headers = {**self.default_headers, **default_headers}
        other._owns_http = False  # type: ignore[attr-defined]
        other._attach_resources(other)  # type: ignore[attr-defined]
        return other

    def _check_open(self, call: Call[Any]) -> None:
        if self._closed:
            raise ClientClosedError(f"{call.method} {call.path}: the client is closed; create a new one")

    # Request ------------------------------------------------------------------------------------

    def _build_request(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        call: Call[Any],
        options: Optional[RequestOptions] = None,
        attempt: int = 0,
    ) -> httpx.Request:
        headers = {
            "Accept": "application/json, application/problem+json",
            "User-Agent": f"agentdraft-python/{__version__}",
            **self.default_headers,
            **(dict(options.extra_headers) if options and options.extra_headers else {}),
            "Authorization": f"Bearer {self.api_key}",
            RETRY_COUNT_HEADER: str(attempt),
        }
        if call.idempotency_key is not None:
            key = call.idempotency_key
            # As in the TypeScript SDK: idempotency_key= first, then an Idempotency-Key of
            # extra_headers (checked like the argument), then the key generated for the call.
            header_key = (
                next(
                    (v for n, v in (options.extra_headers or {}).items() if n.lower() == "idempotency-key"),
                    None,
                )
                if options
                else None
            )
            if call.generated_key and header_key is not None:
                if not is_valid_idempotency_key(header_key):
                    raise invalid_argument("idempotency_key", "must be 1-255 printable ASCII characters")
                key = header_key
            for name in [n for n in headers if n.lower() == "idempotency-key"]:
                del headers[name]
            headers["Idempotency-Key"] = key
        timeout = self.timeout if options is None or isinstance(options.timeout, NotGiven) else options.timeout
        request = client.build_request(
            call.method,
            self.base_url + call.path,
            params=call.params or None,
            json=call.json,
            headers=headers,
            # 0 (like None) means no timeout, as in the TypeScript SDK.
            timeout=timeout if timeout else None,
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request %s %s attempt=%d headers=%s",
                call.method,
                request.url,
                attempt + 1,
                redact_headers(request.headers),
            )
        return request

    def _max_retries(self, options: Optional[RequestOptions]) -> int:
        return self.max_retries if options is None or options.max_retries is None else options.max_retries

    # Response -----------------------------------------------------------------------------------

    def _check_response(self, call: Call[Any], response: httpx.Response, attempt: int) -> None:
        """Logs the response; raises the mapped exception for anything but 2xx."""
        log.info(
            "%s %s -> %d request_id=%s attempt=%d idempotency_key=%s",
            call.method,
            call.path,
            response.status_code,
            response.headers.get("request-id"),
            attempt + 1,
            call.idempotency_key,
        )
        if not response.is_success:
            raise self._error_for(response)

    def _parse(self, call: Call[T], response: httpx.Response) -> T:
        """The parsed body of a 2xx response, carrying ``_request_id``."""
        request_id = response.headers.get("request-id")
        try:
            data = response.json()
        except ValueError as exc:
            raise AgentDraftError(
                f"{call.method} {call.path}: response is not JSON",
                status_code=response.status_code,
                request_id=request_id,
            ) from exc
        try:
            result = call.parse(data)
        except (TypeError, ValueError) as exc:
            raise AgentDraftError(
                f"{call.method} {call.path}: unexpected response: {exc}",
                status_code=response.status_code,
                request_id=request_id,
                body=data if isinstance(data, dict) else None,
            ) from exc
        with contextlib.suppress(AttributeError, TypeError):  # lists and tuples carry none
            object.__setattr__(result, "_request_id", request_id)
        return result

    def _error_for(self, response: httpx.Response) -> APIError:
        body: Optional[Dict[str, Any]] = None
        try:
            parsed = response.json()
        except (ValueError, json.JSONDecodeError):
            parsed = None
        if isinstance(parsed, dict):
            body = parsed
        elif response.text:
            body = {"detail": response.text[:500]}
        return error_from_problem(
            response.status_code,
            body,
            request_id=response.headers.get("request-id"),
            retry_after=parse_retry_after(response.headers),
            headers=response.headers,
            response=response,
        )

    # Retries ------------------------------------------------------------------------------------

    def _retry_delay(self, attempt: int, error: AgentDraftError, max_retries: Optional[int] = None) -> Optional[float]:
        """Seconds to wait before retrying after ``error`` on ``attempt`` (0-based), or None to give up."""
        if attempt >= (self._retry.max_retries if max_retries is None else max_retries):
            return None
        retry_after: Optional[float] = None
        if isinstance(error, APIError):
            verdict = should_retry_header(error.headers)
            if verdict is False:
                return None
            if verdict is None and (
                error.status_code is None or not is_retryable_status(error.status_code, error.code)
            ):
                return None
            retry_after = error.retry_after
            if self._retry.too_long(retry_after):
                log.info(
                    "not retrying: the server asks to wait %.1fs (> %.0fs)", retry_after, self._retry.max_retry_after
                )
                return None
        elif not isinstance(error, APIConnectionError):
            return None
        delay = self._retry.delay(attempt, retry_after)
        log.info("retrying in %.2fs after %s (attempt %d)", delay, type(error).__name__, attempt + 1)
        return delay

    @staticmethod
    def _transport_error(call: Call[Any], exc: Exception) -> APIConnectionError:
        where = f"{call.method} {call.path}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out: {exc}")
        return APIConnectionError(f"{where} failed: {type(exc).__name__}: {exc}")


def _check_max_retries(max_retries: object) -> None:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError("max_retries must be an integer >= 0")


__all__ = ["NOT_GIVEN", "APIResponse", "BaseClient"]
