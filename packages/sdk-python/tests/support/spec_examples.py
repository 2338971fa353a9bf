"""The examples documented in spec/openapi.yaml, as Prism serves them."""

from __future__ import annotations

import functools
from typing import Any, Dict

import yaml

from .paths import SPEC_FILE


@functools.lru_cache(maxsize=1)
def spec() -> Dict[str, Any]:
    with SPEC_FILE.open(encoding="utf-8") as handle:
        data: Dict[str, Any] = yaml.safe_load(handle)
    return data


def _resolve(node: Dict[str, Any]) -> Dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = spec()
    for part in ref.lstrip("#/").split("/"):
        target = target[part]
    return _resolve(target)


def success_example(path: str, method: str) -> Any:
    """The example of an operation's 2xx JSON response: its first named example, else its schema's."""
    operation = spec()["paths"][path][method.lower()]
    status = next(code for code in operation["responses"] if str(code).startswith("2"))
    content = operation["responses"][status]["content"]["application/json"]
    examples = content.get("examples")
    if examples:
        return next(iter(examples.values()))["value"]
    return _resolve(content["schema"])["example"]


def problem_example(path: str, method: str, status: str) -> Any:
    operation = spec()["paths"][path][method.lower()]
    content = operation["responses"][status]["content"]["application/problem+json"]
    return next(iter(content["examples"].values()))["value"]
