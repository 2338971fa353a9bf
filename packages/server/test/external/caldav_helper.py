"""Test helper for test/external/sources.test.ts, run with the venv test/support/python-venv.ts makes.

seed URL USER   -- makes calendar "work" on a Radicale server through the caldav client library and
                   saves a weekly RRULE event across the 2026 DST change and an all-day event.
add URL USER    -- saves one more event into "work".
parse           -- reads an ICS feed on stdin with icalendar and prints its VEVENTs as JSON.
"""
import json
import sys

BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def vcal(body):
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agentdraft tests//EN\r\n" + body.replace("\n", "\r\n") + "\r\nEND:VCALENDAR\r\n"


WEEKLY = vcal(BERLIN + """
BEGIN:VEVENT
UID:weekly-standup
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260316T090000
DTEND;TZID=Europe/Berlin:20260316T100000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Standup
END:VEVENT""")

ALLDAY = vcal("""BEGIN:VEVENT
UID:holiday
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:20260320
DTEND;VALUE=DATE:20260321
SUMMARY:Day off
END:VEVENT""")

EXTRA = vcal("""BEGIN:VEVENT
UID:extra
DTSTAMP:20260101T000000Z
DTSTART:20260401T120000Z
DTEND:20260401T130000Z
SUMMARY:Added later
END:VEVENT""")


def calendar(url, user, create):
    import caldav

    client = caldav.DAVClient(url=url, username=user, password="unused")
    principal = client.principal()
    if create:
        return principal.make_calendar(name="work", cal_id="work")
    return principal.calendar(cal_id="work")


def save(cal, ics):
    (getattr(cal, "add_event", None) or cal.save_event)(ics)


def main():
    cmd = sys.argv[1]
    if cmd == "seed":
        cal = calendar(sys.argv[2], sys.argv[3], True)
        save(cal, WEEKLY)
        save(cal, ALLDAY)
        print(str(cal.url))
    elif cmd == "add":
        save(calendar(sys.argv[2], sys.argv[3], False), EXTRA)
        print("ok")
    elif cmd == "parse":
        import icalendar

        cal = icalendar.Calendar.from_ical(sys.stdin.read())
        out = []
        for ev in cal.walk("VEVENT"):
            out.append({
                "uid": str(ev["UID"]),
                "sequence": int(ev.get("SEQUENCE", 0)),
                "status": str(ev.get("STATUS", "")),
                "start": ev.decoded("DTSTART").isoformat(),
                "end": ev.decoded("DTEND").isoformat(),
            })
        print(json.dumps({"name": str(cal.get("X-WR-CALNAME", "")), "events": out}))
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
