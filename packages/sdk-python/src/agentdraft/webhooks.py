"""Verifying webhook deliveries (docs/protocol.md §10.4), the Standard Webhooks way.

``client.webhooks.verify(payload, headers, secret)`` checks ``webhook-signature``: one or more
space-separated ``v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`` under the
``whsec_<base64>`` secret, compared in constant time (:func:`hmac.compare_digest`), with
``webhook-timestamp`` at most 5 minutes from now. It returns the envelope as sent (a dict: ``data``
is the audit event exactly as the log holds it, for :mod:`agentdraft.verify`); ``unwrap`` returns
the typed :class:`~agentdraft.types.WebhookEnvelope`. Neither needs a client:
``agentdraft.webhooks.Webhooks()`` works on its own. Both raise :class:`WebhookVerificationError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Dict, Mapping, Optional, Sequence, Union

from .errors import AgentDraftError
from .generated.models import WebhookEnvelope

__all__ = ["TOLERANCE_SECONDS", "WebhookVerificationError", "Webhooks"]

#: Largest difference between ``webhook-timestamp`` and the local clock, in seconds.
TOLERANCE_SECONDS = 5 * 60
_PREFIX = "whsec_"


class WebhookVerificationError(AgentDraftError):
    """A delivery that does not verify: missing headers, no matching signature, a timestamp more
    than 5 minutes off, or a body that is not a webhook envelope."""


def _key(secret: str) -> bytes:
    body = secret[len(_PREFIX) :] if secret.startswith(_PREFIX) else secret
    try:
        key = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError("the secret is not a Standard Webhooks secret (whsec_<base64>)") from exc
    if not key:
        raise WebhookVerificationError("the secret is empty")
    return key


def _header(headers: Mapping[str, Any], name: str) -> Optional[str]:
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == name:
            if isinstance(value, bytes):
                return value.decode("latin-1")
            if isinstance(value, (list, tuple)):
                return ", ".join(str(v) for v in value)
            return str(value)
    return None


def sign(secret: str, msg_id: str, timestamp: int, payload: Union[str, bytes]) -> str:
    """The ``v1,<base64>`` signature of one message under one secret (what the server sends)."""
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    digest = hmac.new(_key(secret), f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


class Webhooks:
    """``verify`` and ``unwrap`` of webhook deliveries (also ``client.webhooks``)."""

    def verify(
        self,
        payload: Union[str, bytes],
        headers: Mapping[str, Any],
        secret: Union[str, Sequence[str]],
        *,
        now: Optional[float] = None,
    ) -> Dict[str, Any]:
        """Check a delivery against ``secret`` (``whsec_…``; a list accepts any of them, e.g. both
        secrets during a rotation); returns the envelope as sent. Pass the raw body, byte for byte."""
        msg_id = _header(headers, "webhook-id")
        stamp = _header(headers, "webhook-timestamp")
        signature = _header(headers, "webhook-signature")
        if not msg_id or not stamp or not signature:
            raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature")
        try:
            timestamp = int(stamp)
        except ValueError as exc:
            raise WebhookVerificationError("webhook-timestamp is not a number of seconds") from exc
        clock = time.time() if now is None else now
        if timestamp < clock - TOLERANCE_SECONDS:
            raise WebhookVerificationError("the message timestamp is too old")
        if timestamp > clock + TOLERANCE_SECONDS:
            raise WebhookVerificationError("the message timestamp is too new")
        secrets = [secret] if isinstance(secret, str) else list(secret)
        if not secrets:
            raise WebhookVerificationError("no secret to verify with")
        body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
        expected = [sign(s, msg_id, timestamp, body).encode("ascii") for s in secrets]
        passed = [p.encode("ascii", "replace") for p in signature.split(" ") if p.startswith("v1,")]
        matched = False
        for candidate in passed:
            for wanted in expected:
                # Every pair is compared (no early exit), each in constant time.
                matched = hmac.compare_digest(candidate, wanted) or matched
        if not matched:
            raise WebhookVerificationError("no matching signature found")
        try:
            envelope = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise WebhookVerificationError("the payload is not JSON") from exc
        if (
            not isinstance(envelope, dict)
            or not isinstance(envelope.get("type"), str)
            or not isinstance(envelope.get("timestamp"), str)
            or not isinstance(envelope.get("data"), dict)
        ):
            raise WebhookVerificationError("the payload is not a webhook envelope {type, timestamp, data}")
        return envelope

    def unwrap(
        self,
        payload: Union[str, bytes],
        headers: Mapping[str, Any],
        secret: Union[str, Sequence[str]],
        *,
        now: Optional[float] = None,
    ) -> WebhookEnvelope:
        """``verify``, then the typed event."""
        envelope = self.verify(payload, headers, secret, now=now)
        try:
            return WebhookEnvelope.from_dict(envelope)
        except (TypeError, ValueError, KeyError) as exc:
            raise WebhookVerificationError(f"the envelope does not match the spec: {exc}") from exc
