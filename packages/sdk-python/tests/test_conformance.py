"""Conformance scenarios (conformance/scenarios) replayed through the ``agentdraft`` SDK against the
real reference server.

Each step becomes the SDK call (``AsyncClient``; a parallel group runs under ``asyncio.gather``);
each expected problem must arrive as the exception class that ``ERROR_CATALOG`` (the spec's
``x-agentdraft-exception``) names for its code, with typed attributes (``Conflict.reason``,
``winning_agent_id``, ``RuleViolation.rule``, ``RateLimited.retry_after_seconds`` …) that mirror the
problem. A step the SDK cannot express is sent over plain HTTP and reported as "not expressible" with
its reason (see the summary printed at the end), never silently skipped.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Dict, Iterator

import pytest
from conformance.bridge import Driver, scenario_ids
from support.reference_server import ReferenceServer

pytestmark = pytest.mark.server

SCENARIOS = scenario_ids()
#: The server's inbound-mail secret (AGENTDRAFT_INBOUND_SECRET), given to the runner too: the mailbox scenarios run.
INBOUND_SECRET = "conformance-inbound-secret"


@pytest.fixture(scope="module")
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    started = time.monotonic()
    # Conformance's rate-limit scenarios expect a bucket of 30-145 refilled slowly. The server takes
    # its inbound secret from the environment only (the process inherits this one's).
    with pytest.MonkeyPatch.context() as env:
        env.setenv("AGENTDRAFT_INBOUND_SECRET", INBOUND_SECRET)
        server = ReferenceServer(
            "--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"
        )
    bridge = Driver(server.url, inbound_secret=INBOUND_SECRET)
    try:
        yield bridge
        summary = bridge.summary((time.monotonic() - started) * 1000)
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        if capture is not None:  # printed even when pytest captures output
            with capture.global_and_fixture_disabled():
                sys.stdout.write(f"\n{summary}\n")
        else:
            sys.stdout.write(f"\n{summary}\n")
    finally:
        bridge.close()
        server.stop()


def test_scenarios_are_found() -> None:
    assert len(SCENARIOS) > 40


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_scenario(driver: Driver, scenario_id: str) -> None:
    result: Dict[str, Any] = driver.run(scenario_id)
    if result["status"] == "skipped":
        pytest.skip(result.get("skip_reason", "skipped"))
    assert result["failures"] == [], "\n".join(result["failures"])
    for step in result["steps"]:
        # Every step is accounted for: through the SDK, or over HTTP with a stated reason.
        assert step["via"] == "sdk" or step.get("reason"), step
