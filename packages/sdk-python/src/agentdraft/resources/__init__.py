"""The API's resources, each in a blocking and an asyncio flavour."""

from .agents import Agents, AsyncAgents
from .audit import AsyncAudit, Audit
from .availability import AsyncAvailabilityResource, AvailabilityResource
from .bookings import AsyncBookings, Bookings
from .mailbox import AsyncMailbox, Mailbox

__all__ = [
    "Agents",
    "AsyncAgents",
    "AsyncAudit",
    "AsyncAvailabilityResource",
    "AsyncBookings",
    "AsyncMailbox",
    "Audit",
    "AvailabilityResource",
    "Bookings",
    "Mailbox",
]
