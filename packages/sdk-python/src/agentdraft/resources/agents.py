"""``client.agents``: the calling agent."""

from __future__ import annotations

from .._call import Call, get
from ..generated.models import AgentIdentity
from ._base import AsyncResource, SyncResource


def _me() -> Call[AgentIdentity]:
    return get("/v1/agents/me", AgentIdentity.from_dict)


class Agents(SyncResource):
    def me(self) -> AgentIdentity:
        """The agent behind the API key: id, name, priority, scopes, calendar, mailbox address."""
        return self._client._execute(_me())


class AsyncAgents(AsyncResource):
    async def me(self) -> AgentIdentity:
        """The agent behind the API key: id, name, priority, scopes, calendar, mailbox address."""
        return await self._client._execute(_me())
