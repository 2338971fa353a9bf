"""Python 3.9 support and the published surface of docs/protocol.md §6."""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import pytest
from support.paths import PACKAGE_DIR

import agentdraft
from agentdraft import AsyncClient, Client

SOURCES = sorted((PACKAGE_DIR / "src" / "agentdraft").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PACKAGE_DIR)) for p in SOURCES])
def test_sources_are_python_39_syntax(path: Path) -> None:
    ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 9))


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PACKAGE_DIR)) for p in SOURCES])
def test_no_union_operator_evaluated_at_run_time(path: Path) -> None:
    """``X | Y`` in annotations only works on 3.9 when annotations are never evaluated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    postponed = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(a.name == "annotations" for a in node.names)
        for node in tree.body
    )
    for node in ast.walk(tree):
        annotations = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            annotations = [a.annotation for a in [*node.args.args, *node.args.kwonlyargs] if a.annotation]
            annotations += [node.returns] if node.returns else []
        elif isinstance(node, ast.AnnAssign):
            annotations = [node.annotation]
        for annotation in annotations:
            uses_union = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) for n in ast.walk(annotation))
            assert not (uses_union and not postponed), f"{path}:{annotation.lineno} uses X | Y at run time"


def test_versions_agree() -> None:
    """tools/src/sync-python-version.ts copies package.json's version here (as PEP 440)."""
    npm_version = json.loads((PACKAGE_DIR / "package.json").read_text())["version"]
    pyproject = (PACKAGE_DIR / "pyproject.toml").read_text()
    assert f'\nversion = "{agentdraft.__version__}"\n' in pyproject
    release = npm_version.split("-")[0]
    assert agentdraft.__version__ == npm_version or agentdraft.__version__.startswith(release)


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_constructor_signature(cls: type) -> None:
    params = inspect.signature(cls).parameters
    assert list(params)[:5] == ["api_key", "base_url", "timeout", "max_retries", "http_client"]
    # timeout's default is "not given": 10 s, or the injected http_client's own timeout.
    assert (repr(params["timeout"].default), params["max_retries"].default) == ("NOT_GIVEN", 2)
    assert cls(api_key="k").timeout == 10.0


@pytest.mark.parametrize(
    ("resource", "method", "names"),
    [
        ("bookings", "commit", ["start", "end", "idempotency_key", "metadata"]),
        ("bookings", "hold", ["start", "end", "ttl_seconds", "idempotency_key", "metadata"]),
        ("bookings", "release", ["booking_id"]),
        ("bookings", "cancel", ["booking_id", "reason"]),
        ("bookings", "get", ["booking_id"]),
        ("availability", "list", ["start", "end", "duration_minutes"]),
        ("agents", "me", []),
        ("mailbox", "send", ["to", "subject", "text"]),
        ("mailbox", "get", ["message_id"]),
        ("audit", "checkpoint", []),
        ("audit", "verify_event", ["event"]),
    ],
)
def test_resource_methods_match_in_both_clients(resource: str, method: str, names: list) -> None:  # type: ignore[type-arg]
    sync = getattr(getattr(Client(api_key="k"), resource), method)
    async_ = getattr(getattr(AsyncClient(api_key="k"), resource), method)
    assert list(inspect.signature(sync).parameters)[: len(names)] == names
    assert inspect.signature(sync).parameters.keys() == inspect.signature(async_).parameters.keys()
    assert inspect.iscoroutinefunction(async_) or method == "list"


@pytest.mark.parametrize("resource", ["availability", "bookings", "agents", "audit", "mailbox"])
def test_async_client_mirrors_every_method(resource: str) -> None:
    sync = getattr(Client(api_key="k"), resource)
    async_ = getattr(AsyncClient(api_key="k"), resource)
    public = [name for name in dir(sync) if not name.startswith("_")]
    assert public == [name for name in dir(async_) if not name.startswith("_")]
    public.remove("with_raw_response")  # a property, not a method
    for name in public:
        assert inspect.signature(getattr(sync, name)).parameters.keys() == (
            inspect.signature(getattr(async_, name)).parameters.keys()
        ), name
