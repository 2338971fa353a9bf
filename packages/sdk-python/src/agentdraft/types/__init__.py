"""The protocol's models, generated from spec/openapi.yaml (``agentdraft.generated.models``).

Frozen dataclasses with ``from_dict``/``to_dict``; ``Slot`` is the free interval that
``availability.list`` returns.
"""

from ..generated import models as _models
from ..generated.models import *  # noqa: F403
from ..generated.models import Interval

#: A free interval ``[start, end)`` of a calendar.
Slot = Interval

__all__ = ["Slot"]
__all__ += _models.__all__
