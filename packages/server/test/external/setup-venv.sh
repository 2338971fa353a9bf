#!/usr/bin/env bash
# Creates packages/server/test/external/.venv with pinned Radicale (CalDAV server), caldav (a real
# CalDAV client, to seed it) and icalendar (a second ICS parser). Git-ignored; idempotent: does
# nothing when the pinned versions are already installed.
set -euo pipefail
RADICALE_VERSION="3.9.0"
CALDAV_VERSION="3.6.0"
ICALENDAR_VERSION="7.3.0"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/radicale" ] && "$venv/bin/python" - "$RADICALE_VERSION" "$CALDAV_VERSION" "$ICALENDAR_VERSION" <<'PY' 2>/dev/null; then
import importlib.metadata as m, sys
want = dict(zip(["radicale", "caldav", "icalendar"], sys.argv[1:]))
sys.exit(any(m.version(k) != v for k, v in want.items()))
PY
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "radicale==$RADICALE_VERSION" "caldav==$CALDAV_VERSION" "icalendar==$ICALENDAR_VERSION"
"$venv/bin/radicale" --version
