"""Offline audit verification: a log, tree and signed checkpoints built in the test, served over real
HTTP to both clients; editing, deleting, reordering or re-signing anything is detected."""

from __future__ import annotations

import base64
import copy
from typing import Any, Callable, Dict, Optional
from urllib.parse import parse_qs, urlsplit

import pytest
from support.audit_log import AuditLog, b64, jcs
from support.clients import FLAVOURS, invoke
from support.scripted_server import Recorded, Reply, ScriptedServer, problem

from agentdraft.errors import VerificationError
from agentdraft.types import AuditEvent, Checkpoint
from agentdraft.verify import check_consistency, check_inclusion, event_leaf_hash, parse_checkpoint, trusted_tree_head

Tamper = Callable[[str, Dict[str, Any]], Dict[str, Any]]


def serve(log: AuditLog, tamper: Optional[Tamper] = None) -> Callable[[Recorded], Reply]:
    """Route the audit endpoints to ``log``; ``tamper(kind, body)`` may change what is served."""

    def handle(request: Recorded) -> Reply:
        url = urlsplit(request.path)
        query = {k: int(v[0]) for k, v in parse_qs(url.query).items()}
        if url.path == "/v1/audit/checkpoint":
            kind, body = "checkpoint", log.checkpoint()
        elif url.path == "/v1/audit/consistency":
            kind, body = "consistency", log.consistency(query["from_size"], query.get("to_size"))
        elif url.path.startswith("/v1/audit/events/"):
            event_id = url.path.split("/")[4]
            if not any(e["event_id"] == event_id for e in log.events):
                return Reply(404, problem(404, "not_found"))
            kind, body = "inclusion", log.inclusion(event_id, query.get("tree_size"))
        else:
            return Reply(404, problem(404, "not_found"))
        return Reply(200, tamper(kind, body) if tamper else body)

    return handle


def verify_event(flavour: str, log: AuditLog, event_id: str, tamper: Optional[Tamper] = None, **kwargs: Any) -> Any:
    with ScriptedServer(fallback=serve(log, tamper)) as server:
        return invoke(flavour, server.url, lambda c: c.audit.verify_event(event_id, **kwargs))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("size", [1, 2, 7, 8, 13])
def test_every_event_verifies(flavour: str, size: int) -> None:
    log = AuditLog(size)
    with ScriptedServer(fallback=serve(log)) as server:
        for event in log.events:
            event_id = event["event_id"]
            verified = invoke(flavour, server.url, lambda c, event_id=event_id: c.audit.verify_event(event_id))
            assert verified == AuditEvent.from_dict(event)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_pinned_key_and_given_checkpoint(flavour: str) -> None:
    log = AuditLog(9)
    old = Checkpoint.from_dict(log.checkpoint(6))
    event = verify_event(flavour, log, "evt_000004", verifier_key=log.verifier_key, checkpoint=old)
    assert event.event_id == "evt_000004"
    with pytest.raises(VerificationError, match="no signature by"):
        verify_event(flavour, log, "evt_000004", verifier_key=AuditLog(1).verifier_key)


def edit_event(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["event"]["outcome"]["status"] = "CANCELLED"
    return body


def edit_event_and_leaf_hash(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body = edit_event(kind, body)
        body["leaf_hash"] = b64(event_leaf_hash(body["event"]))
    return body


def edit_timestamp_format(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    # Same instant, different text: the log committed to the exact bytes, so this is a change too.
    if kind == "inclusion":
        body["event"]["at"] = body["event"]["at"].replace(".000Z", "Z")
        body["leaf_hash"] = b64(event_leaf_hash(body["event"]))
    return body


def swap_event(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["event"] = AuditLog(8).events[2] | {"event_id": body["event_id"], "seq": body["leaf_index"]}
    return body


def other_index(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["leaf_index"] += 1
        body["event"]["seq"] += 1
    return body


def drop_proof_hash(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["proof"] = body["proof"][:-1]
    return body


def resize_checkpoint_field(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "checkpoint":
        body["tree_size"] -= 1
    return body


def forge_signature(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "checkpoint":
        # Another tree signed by another key, claiming the server's key name and key id.
        forged = AuditLog(8, origin=body["origin"]).checkpoint()
        text, _, line = forged["checkpoint"].rpartition("\u2014 ")
        name, signature = line.strip().split(" ")
        genuine_id = base64.b64decode(body["checkpoint"].rpartition(" ")[2])[:4]
        forged_signature = b64(genuine_id + base64.b64decode(signature)[4:])
        body = forged | {
            "checkpoint": f"{text}\u2014 {name} {forged_signature}\n",
            "verifier_key": body["verifier_key"],
        }
    return body


def wrong_tree_size(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["tree_size"] -= 1
    return body


def bad_base64(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
    if kind == "inclusion":
        body["proof"][0] = "not base64!"
    return body


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (edit_event, "altered"),
        (edit_event_and_leaf_hash, "is not entry 3"),
        (edit_timestamp_format, "is not entry 3"),
        (swap_event, "altered"),
        (other_index, "leaf_hash|is not entry"),
        (drop_proof_hash, "is not entry 3"),
        (resize_checkpoint_field, "disagree"),
        (forge_signature, "invalid signature"),
        (wrong_tree_size, "tree size"),
        (bad_base64, "base64"),
    ],
)
def test_tampering_is_detected(flavour: str, tamper: Tamper, message: str) -> None:
    log = AuditLog(8)
    with pytest.raises(VerificationError, match=message):
        verify_event(flavour, log, "evt_000003", tamper)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_deleted_or_reordered_stored_event_is_detected(flavour: str) -> None:
    log = AuditLog(8)
    signed = Checkpoint.from_dict(log.checkpoint())
    deleted = copy.deepcopy(log)
    del deleted.entries[2], deleted.events[2]
    with pytest.raises(VerificationError):
        verify_event(flavour, deleted, "evt_000005", checkpoint=signed)
    reordered = copy.deepcopy(log)
    reordered.entries[1], reordered.entries[2] = reordered.entries[2], reordered.entries[1]
    with pytest.raises(VerificationError):
        verify_event(flavour, reordered, "evt_000006", checkpoint=signed)


def test_wrong_event_is_refused_offline() -> None:
    log = AuditLog(4)
    head = trusted_tree_head(log.checkpoint())
    proof = log.inclusion("evt_000001")
    assert check_inclusion(proof, head, "evt_000001") == log.events[1]
    with pytest.raises(VerificationError, match="not 'evt_000002'"):
        check_inclusion(proof, head, "evt_000002")
    with pytest.raises(TypeError, match="JSON object"):
        event_leaf_hash(AuditEvent.from_dict(log.events[0]))  # type: ignore[arg-type]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("old_size", "new_size"), [(1, 1), (1, 8), (3, 8), (4, 8), (5, 13), (8, 8), (12, 13)])
def test_consistency_between_checkpoints(flavour: str, old_size: int, new_size: int) -> None:
    log = AuditLog(old_size)
    old = Checkpoint.from_dict(log.checkpoint())
    log.append(new_size - old_size)
    with ScriptedServer(fallback=serve(log)) as server:
        latest = invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old))
        assert latest == Checkpoint.from_dict(log.checkpoint())
        given = Checkpoint.from_dict(log.checkpoint())
        assert invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old, given)) == given
    expected_requests = 2 if old_size < new_size else 0
    assert sum(r.path.startswith("/v1/audit/consistency") for r in server.requests) == expected_requests


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_rewritten_history_is_detected(flavour: str) -> None:
    log = AuditLog(5)
    old = Checkpoint.from_dict(log.checkpoint())
    log.append(6)
    log.events[2]["action"] = "booking.cancelled"  # the operator edits an old event and re-signs
    log.entries[2] = jcs(log.events[2])
    with ScriptedServer(fallback=serve(log)) as server, pytest.raises(VerificationError, match="rewritten"):
        invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_shrunk_or_forked_logs_are_detected(flavour: str) -> None:
    log = AuditLog(6)
    old = Checkpoint.from_dict(log.checkpoint())
    shorter = Checkpoint.from_dict(log.checkpoint(4))
    with ScriptedServer(fallback=serve(log)) as server, pytest.raises(VerificationError, match="shrank"):
        invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old, shorter))
    fork = AuditLog(6)
    fork.private_key, fork.public_key = log.private_key, log.public_key
    fork.events[5]["resource"] = "bkg_other"
    fork.entries[5] = jcs(fork.events[5])
    with ScriptedServer(fallback=serve(fork)) as server, pytest.raises(VerificationError, match="rewritten"):
        invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_consistency_proof_for_other_sizes_is_refused(flavour: str) -> None:
    log = AuditLog(3)
    old = Checkpoint.from_dict(log.checkpoint())
    log.append(5)

    def shift(kind: str, body: Dict[str, Any]) -> Dict[str, Any]:
        if kind == "consistency":
            return log.consistency(2, body["to_size"])
        return body

    with ScriptedServer(fallback=serve(log, shift)) as server, pytest.raises(VerificationError, match="sizes 3 -> 8"):
        invoke(flavour, server.url, lambda c: c.audit.verify_consistency(old))


def test_offline_consistency_check() -> None:
    log = AuditLog(3)
    old = parse_checkpoint(log.note(3))
    log.append(4)
    new = parse_checkpoint(log.note(7))
    check_consistency(old, new, log.consistency(3)["proof"])
    with pytest.raises(VerificationError):
        check_consistency(old, new, log.consistency(3)["proof"][1:])
