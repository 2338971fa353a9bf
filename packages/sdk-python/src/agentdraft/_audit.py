"""What ``client.audit`` adds to its generated methods: proofs verified offline by
:mod:`agentdraft.verify` (the server is never trusted to say "valid"), built from the generated
checkpoint, inclusion-proof and consistency-proof calls."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._call import with_json
from ._resource import AsyncExecutor, SyncExecutor
from .errors import VerificationError
from .generated import calls
from .generated.models import AuditEvent, Checkpoint, ConsistencyProof
from .verify.checkpoint import TreeHead
from .verify.proofs import check_consistency, check_inclusion, trusted_tree_head

EventRef = Union[str, AuditEvent]


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


class AuditVerification:
    """Mixed into the generated ``Audit`` resource."""

    _client: SyncExecutor

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
            _, raw = self._client._execute(with_json(calls.get_audit_checkpoint()))
        else:
            raw = _checkpoint_json(checkpoint)
        head = _nonempty(trusted_tree_head(raw, verifier_key))
        event_id = _event_id(event)
        _, proof = self._client._execute(with_json(calls.get_audit_inclusion_proof(event_id, tree_size=head.size)))
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
            _, new_raw = self._client._execute(with_json(calls.get_audit_checkpoint()))
        else:
            new_raw = _checkpoint_json(new)
        old_head = trusted_tree_head(_checkpoint_json(old), key)
        new_head = trusted_tree_head(new_raw, key)
        path: List[str] = []
        if _needs_proof(old_head, new_head):
            proof = self._client._execute(calls.get_audit_consistency_proof(old_head.size, new_head.size))
            path = _consistency_path(proof, old_head, new_head)
        check_consistency(old_head, new_head, path)
        return Checkpoint.from_dict(new_raw)


class AsyncAuditVerification:
    """Mixed into the generated ``AsyncAudit`` resource (see :class:`AuditVerification`)."""

    _client: AsyncExecutor

    async def verify_event(
        self,
        event: EventRef,
        *,
        verifier_key: Optional[str] = None,
        checkpoint: Optional[Checkpoint] = None,
    ) -> AuditEvent:
        """Prove an event is in the signed log and return it (see :meth:`AuditVerification.verify_event`)."""
        if checkpoint is None:
            _, raw = await self._client._execute(with_json(calls.get_audit_checkpoint()))
        else:
            raw = _checkpoint_json(checkpoint)
        head = _nonempty(trusted_tree_head(raw, verifier_key))
        event_id = _event_id(event)
        call = with_json(calls.get_audit_inclusion_proof(event_id, tree_size=head.size))
        _, proof = await self._client._execute(call)
        return AuditEvent.from_dict(check_inclusion(proof, head, event_id))

    async def verify_consistency(
        self,
        old: Checkpoint,
        new: Optional[Checkpoint] = None,
        *,
        verifier_key: Optional[str] = None,
    ) -> Checkpoint:
        """Prove the log of ``old`` is a prefix of the log of ``new`` (see
        :meth:`AuditVerification.verify_consistency`)."""
        key = verifier_key if verifier_key is not None else old.verifier_key
        if new is None:
            _, new_raw = await self._client._execute(with_json(calls.get_audit_checkpoint()))
        else:
            new_raw = _checkpoint_json(new)
        old_head = trusted_tree_head(_checkpoint_json(old), key)
        new_head = trusted_tree_head(new_raw, key)
        path: List[str] = []
        if _needs_proof(old_head, new_head):
            proof = await self._client._execute(calls.get_audit_consistency_proof(old_head.size, new_head.size))
            path = _consistency_path(proof, old_head, new_head)
        check_consistency(old_head, new_head, path)
        return Checkpoint.from_dict(new_raw)
