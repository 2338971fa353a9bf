"""``client.mailbox``: the calling agent's mail (list, read, send)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence, Union

from .._call import Call, drop_none, get, post, segment
from .._pagination import AsyncPager, Pager
from ..generated.models import Message, MessagePage
from ._base import AsyncResource, SyncResource


def _pages(direction: Optional[str], limit: Optional[int]) -> Callable[[Optional[str]], Call[MessagePage]]:
    params = {"direction": direction, "limit": limit}
    return lambda cursor: get("/v1/mailbox/messages", MessagePage.from_dict, {**params, "cursor": cursor})


def _get(message_id: str) -> Call[Message]:
    return get(f"/v1/mailbox/messages/{segment(message_id, 'message_id')}", Message.from_dict)


def _send(
    to: Union[str, Sequence[str]],
    subject: str,
    text: str,
    html: Optional[str],
    in_reply_to: Optional[str],
    booking_id: Optional[str],
    idempotency_key: Optional[str],
) -> Call[Message]:
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise ValueError("to must name at least one recipient")
    body = drop_none(
        {
            "to": recipients,
            "subject": subject,
            "text": text,
            "html": html,
            "in_reply_to": in_reply_to,
            "booking_id": booking_id,
        }
    )
    return post("/v1/mailbox/messages", Message.from_dict, body, idempotency_key)


class Mailbox(SyncResource):
    def list(self, *, direction: Optional[str] = None, limit: Optional[int] = None) -> Pager[Message]:
        """Messages of your mailbox, newest first; ``direction`` is ``"inbound"`` or ``"outbound"``."""
        page = _pages(direction, limit)
        return Pager(lambda cursor: self._client._execute(page(cursor)))

    def get(self, message_id: str) -> Message:
        """One message."""
        return self._client._execute(_get(message_id))

    def send(
        self,
        to: Union[str, Sequence[str]],
        subject: str,
        text: str,
        *,
        html: Optional[str] = None,
        in_reply_to: Optional[str] = None,
        booking_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> Message:
        """Send mail from your address (queued, then sent); with ``booking_id`` an iTIP invite is attached."""
        call = _send(to, subject, text, html, in_reply_to, booking_id, idempotency_key)
        return self._client._execute(call)


class AsyncMailbox(AsyncResource):
    def list(self, *, direction: Optional[str] = None, limit: Optional[int] = None) -> AsyncPager[Message]:
        """Messages of your mailbox, newest first: ``async for m in ...``, or ``await`` for a list."""
        page = _pages(direction, limit)
        return AsyncPager(lambda cursor: self._client._execute(page(cursor)))

    async def get(self, message_id: str) -> Message:
        """One message."""
        return await self._client._execute(_get(message_id))

    async def send(
        self,
        to: Union[str, Sequence[str]],
        subject: str,
        text: str,
        *,
        html: Optional[str] = None,
        in_reply_to: Optional[str] = None,
        booking_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> Message:
        """Send mail from your address (queued, then sent); with ``booking_id`` an iTIP invite is attached."""
        call = _send(to, subject, text, html, in_reply_to, booking_id, idempotency_key)
        return await self._client._execute(call)
