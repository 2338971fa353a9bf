"""AgentDraft: the open scheduling source of truth for AI agents.

>>> from agentdraft import Client, Conflict
>>> client = Client(api_key="avs_live_...")   # or set AGENTDRAFT_API_KEY
"""

from . import types
from ._client import AsyncClient, Client
from ._pagination import AsyncPager, Pager
from ._version import __version__
from .errors import (
    AgentDraftError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthError,
    ClientClosedError,
    Conflict,
    IdempotencyError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RuleViolation,
    ServerError,
    VerificationError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AgentDraftError",
    "AsyncClient",
    "AsyncPager",
    "AuthError",
    "Client",
    "ClientClosedError",
    "Conflict",
    "IdempotencyError",
    "InvalidRequest",
    "NotFound",
    "Pager",
    "PermissionDenied",
    "RateLimited",
    "RuleViolation",
    "ServerError",
    "VerificationError",
    "__version__",
    "types",
]
