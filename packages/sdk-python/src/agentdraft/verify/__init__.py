"""Offline verification of the audit log: RFC 8785 canonical JSON, RFC 6962 Merkle proofs (standard
library only) and C2SP signed checkpoints (Ed25519, needs ``pip install 'agentdraft[verify]'``).

``client.audit.verify_event`` and ``client.audit.verify_consistency`` use these; they also work on
JSON saved earlier, with no server at all.
"""

from ..errors import VerificationError
from .checkpoint import (
    NoteSignature,
    SignedNote,
    TreeHead,
    VerifierKey,
    checkpoint_body,
    format_verifier_key,
    key_id,
    parse_checkpoint,
    parse_note,
    parse_verifier_key,
    verify_checkpoint,
    verify_note,
)
from .jcs import canonical_bytes, canonicalize
from .merkle import EMPTY_ROOT, HASH_SIZE, leaf_hash, node_hash, root_hash, verify_consistency, verify_inclusion
from .proofs import check_consistency, check_inclusion, decode_hash, event_leaf_hash, trusted_tree_head

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "NoteSignature",
    "SignedNote",
    "TreeHead",
    "VerificationError",
    "VerifierKey",
    "canonical_bytes",
    "canonicalize",
    "check_consistency",
    "check_inclusion",
    "checkpoint_body",
    "decode_hash",
    "event_leaf_hash",
    "format_verifier_key",
    "key_id",
    "leaf_hash",
    "node_hash",
    "parse_checkpoint",
    "parse_note",
    "parse_verifier_key",
    "root_hash",
    "trusted_tree_head",
    "verify_checkpoint",
    "verify_consistency",
    "verify_inclusion",
    "verify_note",
]
