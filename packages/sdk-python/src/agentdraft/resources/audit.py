"""``client.audit``: the tamper-evident audit log: events, signed checkpoints, and proofs verified
offline by :mod:`agentdraft.verify` (the server is never trusted to say "valid")."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from .._call import Call, get, segment
from .._pagination import AsyncPager, Pager
from ..errors import VerificationError
from ..generated.models import AuditEvent, AuditEventPage, Checkpoint, ConsistencyProof, InclusionProof
from ..verify.checkpoint import TreeHead
from ..verify.proofs import check_consistency, check_inclusion, trusted_tree_head
from ._base import AsyncResource, SyncResource

EventRef = Union[str, AuditEvent]
M = TypeVar("M")


def _with_json(parse: Callable[[Any], M]) -> Callable[[Any], Tuple[M, Dict[str, Any]]]:
    """Parse into the model and keep the JSON too: proofs are checked on the exact JSON served."""

    def parse_both(data: Any) -> Tuple[M, Dict[str, Any]]:
        model = parse(data)
        return model, dict(data)

    return parse_both


def _pages(resource: Optional[str], limit: Optional[int]) -> Callable[[Optional[str]], Call[AuditEventPage]]:
    params = {"resource": resource, "limit": limit}
    return lambda cursor: get("/v1/audit", AuditEventPage.from_dict, {**params, "cursor": cursor})


def _checkpoint() -> Call[Tuple[Checkpoint, Dict[str, Any]]]:
    return get("/v1/audit/checkpoint", _with_json(Checkpoint.from_dict))


def _inclusion(event_id: str, tree_size: Optional[int]) -> Call[Tuple[InclusionProof, Dict[str, Any]]]:
    path = f"/v1/audit/events/{segment(event_id, 'event_id')}/inclusion"
    return get(path, _with_json(InclusionProof.from_dict), {"tree_size": tree_size})


def _consistency(from_size: int, to_size: Optional[int]) -> Call[ConsistencyProof]:
    return get("/v1/audit/consistency", ConsistencyProof.from_dict, {"from_size": from_size, "to_size": to_size})


def _event_id(event: EventRef) -> str:
    return event.event_id if isinstance(event, AuditEvent) else event


def _nonempty(head: TreeHead) -> TreeHead:
    if head.size == 0:
        raise VerificationError("the audit log is empty: there is no event to verify")
    return head


def _consistency_path(proof: ConsistencyProof, old: TreeHead, new: TreeHead) -> List[str]:
    if proof.from_size != old.size or proof.to_size != new.size:
        raise VerificationError(f"consistency proof is not for sizes {old.size} -> {new.size}")
    return proof.proof


def _needs_proof(old: TreeHead, new: TreeHead) -> bool:
    """Sizes 0 and equal sizes need no hashes (an empty proof); others ask the server for them."""
    return 0 < old.size < new.size


def _checkpoint_json(checkpoint: Checkpoint) -> Dict[str, Any]:
    return checkpoint.to_dict()


class Audit(SyncResource):
    def list(
        self, *, resource: Optional[str] = None, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> Pager[AuditEvent]:
        """Audit events of your workspace in log order; ``resource`` keeps those about one id;
        ``cursor`` resumes after an earlier page."""
        page = _pages(resource, limit)
        return Pager(lambda c: self._client._execute(page(c)), cursor)

    def checkpoint(self) -> Checkpoint:
        """The latest signed tree head (C2SP checkpoint) and the server's verifier key."""
        return self._client._execute(_checkpoint())[0]

    def inclusion_proof(self, event_id: str, *, tree_size: Optional[int] = None) -> InclusionProof:
        """Proof that an event is in the tree of ``tree_size`` (default: current) entries."""
        return self._client._execute(_inclusion(event_id, tree_size))[0]

    def consistency_proof(self, from_size: int, to_size: Optional[int] = None) -> ConsistencyProof:
        """Proof that the tree of ``from_size`` entries is a prefix of the tree of ``to_size``."""
        return self._client._execute(_consistency(from_size, to_size))

    def verify_event(
        self,
        event: EventRef,
        *,
        verifier_key: Optional[str] = None,
        checkpoint: Optional[Checkpoint] = None,
    ) -> AuditEvent:
        """Prove an event is in the signed log and return it; raises :class:`VerificationError`.

        Verifies the checkpoint's Ed25519 signature with ``verifier_key`` (pin the server's key; by
        default the key the server advertises is used), recomputes the event's leaf hash from its
        canonical JSON and checks the inclusion proof against the signed root. ``checkpoint``
        defaults to the latest one. Needs ``pip install 'agentdraft[verify]'``.
        """
        if checkpoint is None:
            _, raw = self._client._execute(_checkpoint())
        else:
            raw = _checkpoint_json(checkpoint)
        head = _nonempty(trusted_tree_head(raw, verifier_key))
        event_id = _event_id(event)
        _, proof = self._client._execute(_inclusion(event_id, head.size))
        return AuditEvent.from_dict(check_inclusion(proof, head, event_id))

    def verify_consistency(
        self,
        old: Checkpoint,
        new: Optional[Checkpoint] = None,
        *,
        verifier_key: Optional[str] = None,
    ) -> Checkpoint:
        """Prove the log of ``old`` is a prefix of the log of ``new`` (default: the latest checkpoint),
        i.e. nothing was edited, removed or reordered; returns ``new``. Raises :class:`VerificationError`.

        Without ``verifier_key``, the key ``old`` advertised is pinned for both checkpoints.
        """
        key = verifier_key if verifier_key is not None else old.verifier_key
        if new is None:
            _, new_raw = self._client._execute(_checkpoint())
        else:
            new_raw = _checkpoint_json(new)
        old_head = trusted_tree_head(_checkpoint_json(old), key)
        new_head = trusted_tree_head(new_raw, key)
        path: List[str] = []
        if _needs_proof(old_head, new_head):
            proof = self._client._execute(_consistency(old_head.size, new_head.size))
            path = _consistency_path(proof, old_head, new_head)
        check_consistency(old_head, new_head, path)
        return Checkpoint.from_dict(new_raw)


class AsyncAudit(AsyncResource):
    def list(
        self, *, resource: Optional[str] = None, limit: Optional[int] = None, cursor: Optional[str] = None
    ) -> AsyncPager[AuditEvent]:
        """Audit events of your workspace in log order; ``resource`` keeps those about one id;
        ``cursor`` resumes after an earlier page."""
        page = _pages(resource, limit)
        return AsyncPager(lambda c: self._client._execute(page(c)), cursor)

    async def checkpoint(self) -> Checkpoint:
        """The latest signed tree head (C2SP checkpoint) and the server's verifier key."""
        return (await self._client._execute(_checkpoint()))[0]

    async def inclusion_proof(self, event_id: str, *, tree_size: Optional[int] = None) -> InclusionProof:
        """Proof that an event is in the tree of ``tree_size`` (default: current) entries."""
        return (await self._client._execute(_inclusion(event_id, tree_size)))[0]

    async def consistency_proof(self, from_size: int, to_size: Optional[int] = None) -> ConsistencyProof:
        """Proof that the tree of ``from_size`` entries is a prefix of the tree of ``to_size``."""
        return await self._client._execute(_consistency(from_size, to_size))

    async def verify_event(
        self,
        event: EventRef,
        *,
        verifier_key: Optional[str] = None,
        checkpoint: Optional[Checkpoint] = None,
    ) -> AuditEvent:
        """Prove an event is in the signed log and return it (see :meth:`Audit.verify_event`)."""
        raw = (
            _checkpoint_json(checkpoint) if checkpoint is not None else (await self._client._execute(_checkpoint()))[1]
        )
        head = _nonempty(trusted_tree_head(raw, verifier_key))
        event_id = _event_id(event)
        _, proof = await self._client._execute(_inclusion(event_id, head.size))
        return AuditEvent.from_dict(check_inclusion(proof, head, event_id))

    async def verify_consistency(
        self,
        old: Checkpoint,
        new: Optional[Checkpoint] = None,
        *,
        verifier_key: Optional[str] = None,
    ) -> Checkpoint:
        """Prove the log of ``old`` is a prefix of the log of ``new`` (see :meth:`Audit.verify_consistency`)."""
        key = verifier_key if verifier_key is not None else old.verifier_key
        if new is None:
            _, new_raw = await self._client._execute(_checkpoint())
        else:
            new_raw = _checkpoint_json(new)
        old_head = trusted_tree_head(_checkpoint_json(old), key)
        new_head = trusted_tree_head(new_raw, key)
        path: List[str] = []
        if _needs_proof(old_head, new_head):
            proof = await self._client._execute(_consistency(old_head.size, new_head.size))
            path = _consistency_path(proof, old_head, new_head)
        check_consistency(old_head, new_head, path)
        return Checkpoint.from_dict(new_raw)
