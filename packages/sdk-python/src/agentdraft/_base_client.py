"""What the sync and async clients share: configuration, request building, response handling and
the retry decision. Only the sending and the sleeping differ between them (see ``_client.py``)."""

from __future__ import annotations

import json
import logging
import os
from typing import Any, Dict, Mapping, Optional, TypeVar, Union

import httpx

from ._call import Call
from ._retry import RetryPolicy, is_retryable_status, parse_retry_after
from ._version import __version__
from .errors import (
    AgentDraftError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    error_from_problem,
    missing_key_error,
)

T = TypeVar("T")

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "AGENTDRAFT_API_KEY"
BASE_URL_ENV = "AGENTDRAFT_BASE_URL"
#: The documentation's stand-in for a key: never valid, so it counts as "no key given".
PLACEHOLDER_KEY = "avs_live_..."

log = logging.getLogger("agentdraft")


class BaseClient:
    """Configuration and the transport-independent half of every request."""

    def __init__(
        self,
        *,
        api_key: Optional[str],
        base_url: Optional[str],
        timeout: Optional[float],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
    ) -> None:
        key = api_key if api_key is not None and api_key != PLACEHOLDER_KEY else os.environ.get(API_KEY_ENV)
        if not key:
            given = "api_key is the placeholder 'avs_live_...'" if api_key == PLACEHOLDER_KEY else "No API key"
            raise missing_key_error(
                f"{given}: pass Client(api_key=<your key>) or set the {API_KEY_ENV} environment variable"
            )
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError("max_retries must be an integer >= 0")
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http:// or https:// URL, got {url!r}")
        self.api_key = key
        self.base_url = url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: Dict[str, str] = dict(default_headers or {})
        self._retry = RetryPolicy(max_retries=max_retries)

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # Request ------------------------------------------------------------------------------------

    def _build_request(self, client: Union[httpx.Client, httpx.AsyncClient], call: Call[Any]) -> httpx.Request:
        headers = {
            "Accept": "application/json, application/problem+json",
            "User-Agent": f"agentdraft-python/{__version__}",
            **self.default_headers,
            "Authorization": f"Bearer {self.api_key}",
        }
        if call.idempotency_key is not None:
            headers["Idempotency-Key"] = call.idempotency_key
        return client.build_request(
            call.method,
            self.base_url + call.path,
            params=call.params or None,
            json=call.json,
            headers=headers,
            # 0 (like None) means no timeout, as in the TypeScript SDK.
            timeout=self.timeout if self.timeout else None,
        )

    # Response -----------------------------------------------------------------------------------

    def _process_response(self, call: Call[T], response: httpx.Response) -> T:
        """The parsed body of a 2xx response; raises the mapped exception for anything else."""
        request_id = response.headers.get("request-id")
        if not response.is_success:
            raise self._error_for(response)
        try:
            data = response.json()
        except ValueError as exc:
            raise AgentDraftError(
                f"{call.method} {call.path}: response is not JSON",
                status_code=response.status_code,
                request_id=request_id,
            ) from exc
        try:
            return call.parse(data)
        except (TypeError, ValueError) as exc:
            raise AgentDraftError(
                f"{call.method} {call.path}: unexpected response: {exc}",
                status_code=response.status_code,
                request_id=request_id,
                body=data if isinstance(data, dict) else None,
            ) from exc

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
        )

    # Retries ------------------------------------------------------------------------------------

    def _retry_delay(self, attempt: int, error: AgentDraftError) -> Optional[float]:
        """Seconds to wait before retrying after ``error`` on ``attempt`` (0-based), or None to give up."""
        if attempt >= self._retry.max_retries:
            return None
        retry_after: Optional[float] = None
        if isinstance(error, APIError):
            if error.status_code is None or not is_retryable_status(error.status_code, error.code):
                return None
            retry_after = error.retry_after
        elif not isinstance(error, APIConnectionError):
            return None
        delay = self._retry.delay(attempt, retry_after)
        log.debug("agentdraft: retrying in %.2fs after %s (attempt %d)", delay, type(error).__name__, attempt + 1)
        return delay

    @staticmethod
    def _transport_error(call: Call[Any], exc: httpx.TransportError) -> APIConnectionError:
        where = f"{call.method} {call.path}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out: {exc}")
        return APIConnectionError(f"{where} failed: {type(exc).__name__}: {exc}")
