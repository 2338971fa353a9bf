// ICS → busy intervals (issue 19): recurrence in the event's zone across DST, all-day, no DTEND,
// transparent / cancelled, overrides, limits.
import { describe, expect, it } from "vitest";
import { ExternalSourceError } from "../../src/external/errors.ts";
import { icsBusy } from "../../src/external/ics-busy.ts";

const FROM = Date.UTC(2025, 2, 1);
const TO = Date.UTC(2025, 5, 1);
const opts = { from: FROM, to: TO, timeZone: "Europe/Berlin" };

function cal(...events: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}
function ev(uid: string, ...lines: string[]): string {
  return ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20250101T000000Z", ...lines, "END:VEVENT"].join("\r\n");
}

describe("icsBusy", () => {
  it("expands a weekly RRULE in its own zone across the DST change, with EXDATE, RDATE and an override", () => {
    const text = cal(
      ev(
        "weekly",
        "DTSTART;TZID=Europe/Berlin:20250317T090000",
        "DTEND;TZID=Europe/Berlin:20250317T100000",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=Europe/Berlin:20250324T090000",
        "RDATE;TZID=Europe/Berlin:20250402T150000",
      ),
      ev(
        "weekly",
        "RECURRENCE-ID;TZID=Europe/Berlin:20250407T090000",
        "DTSTART;TZID=Europe/Berlin:20250407T110000",
        "DTEND;TZID=Europe/Berlin:20250407T113000",
      ),
    );
    const r = icsBusy(text, opts);
    expect(r.intervals).toEqual([
      { start: Date.UTC(2025, 2, 17, 8), end: Date.UTC(2025, 2, 17, 9), uid: "weekly" }, // CET
      { start: Date.UTC(2025, 2, 31, 7), end: Date.UTC(2025, 2, 31, 8), uid: "weekly" }, // CEST: still 09:00 local
      { start: Date.UTC(2025, 3, 2, 13), end: Date.UTC(2025, 3, 2, 14), uid: "weekly" }, // RDATE
      { start: Date.UTC(2025, 3, 7, 9), end: Date.UTC(2025, 3, 7, 9, 30), uid: "weekly" }, // override 11:00 CEST
    ]);
  });

  it("reads a TZID that is no IANA name (a Windows zone) by the file's VTIMEZONE, across DST", () => {
    const vtz = [
      "BEGIN:VTIMEZONE",
      "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD",
      "DTSTART:16010101T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:16010101T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
    ].join("\r\n");
    const text = cal(
      vtz,
      ev(
        "win",
        "DTSTART;TZID=W. Europe Standard Time:20250324T090000",
        "DTEND;TZID=W. Europe Standard Time:20250324T100000",
        "RRULE:FREQ=WEEKLY;COUNT=2",
      ),
    );
    expect(icsBusy(text, { ...opts, timeZone: "UTC" }).intervals).toEqual([
      { start: Date.UTC(2025, 2, 24, 8), end: Date.UTC(2025, 2, 24, 9), uid: "win" },
      { start: Date.UTC(2025, 2, 31, 7), end: Date.UTC(2025, 2, 31, 8), uid: "win" },
    ]);
  });

  it("reads all-day events in the calendar's zone, DURATION and missing DTEND by RFC 5545", () => {
    const text = cal(
      ev("allday", "DTSTART;VALUE=DATE:20250401", "DTEND;VALUE=DATE:20250403"),
      ev("allday-noend", "DTSTART;VALUE=DATE:20250410"),
      ev("dur", "DTSTART:20250411T080000Z", "DURATION:PT90M"),
      ev("instant", "DTSTART:20250412T080000Z"),
      ev("utc", "DTSTART:20250413T080000Z", "DTEND:20250413T090000Z"),
      ev("floating", "DTSTART:20250414T080000", "DTEND:20250414T090000"),
    );
    expect(icsBusy(text, opts).intervals).toEqual([
      { start: Date.UTC(2025, 2, 31, 22), end: Date.UTC(2025, 3, 2, 22), uid: "allday" },
      { start: Date.UTC(2025, 3, 9, 22), end: Date.UTC(2025, 3, 10, 22), uid: "allday-noend" },
      { start: Date.UTC(2025, 3, 11, 8), end: Date.UTC(2025, 3, 11, 9, 30), uid: "dur" },
      { start: Date.UTC(2025, 3, 13, 8), end: Date.UTC(2025, 3, 13, 9), uid: "utc" },
      { start: Date.UTC(2025, 3, 14, 6), end: Date.UTC(2025, 3, 14, 7), uid: "floating" },
    ]);
  });

  it("ignores transparent and cancelled events and cancelled overrides; clips to the horizon", () => {
    const text = cal(
      ev("free", "DTSTART:20250401T080000Z", "DTEND:20250401T090000Z", "TRANSP:TRANSPARENT"),
      ev("gone", "DTSTART:20250401T100000Z", "DTEND:20250401T110000Z", "STATUS:CANCELLED"),
      ev("daily", "DTSTART:20250401T120000Z", "DTEND:20250401T130000Z", "RRULE:FREQ=DAILY;COUNT=2"),
      ev("daily", "RECURRENCE-ID:20250402T120000Z", "DTSTART:20250402T120000Z", "DTEND:20250402T130000Z", "STATUS:CANCELLED"),
      ev("old", "DTSTART:20200101T080000Z", "DTEND:20200101T090000Z"),
      ev("forever", "DTSTART:20200101T080000Z", "DTEND:20200101T090000Z", "RRULE:FREQ=YEARLY"),
    );
    expect(icsBusy(text, opts).intervals).toEqual([{ start: Date.UTC(2025, 3, 1, 12), end: Date.UTC(2025, 3, 1, 13), uid: "daily" }]);
  });

  it("throws typed errors for malformed and too large calendars", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ExternalSourceError);
        return (e as ExternalSourceError).code;
      }
      throw new Error("no error");
    };
    expect(err(() => icsBusy("this is not a calendar", opts))).toBe("malformed");
    expect(err(() => icsBusy("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", opts))).toBe("malformed");
    expect(err(() => icsBusy(cal(ev("x", "DTSTART:20250401T080000Z")), { ...opts, limits: { maxBytes: 10 } }))).toBe("too_large");
    const many = cal(...Array.from({ length: 30 }, (_, i) => ev(`e${i}`, "DTSTART:20250401T080000Z", "DTEND:20250401T090000Z")));
    expect(err(() => icsBusy(many, { ...opts, limits: { maxEvents: 20 } }))).toBe("too_large");
    const minutely = cal(ev("m", "DTSTART:20250301T000000Z", "DTEND:20250301T000100Z", "RRULE:FREQ=MINUTELY"));
    expect(err(() => icsBusy(minutely, opts))).toBe("too_large");
    const daily = cal(ev("d", "DTSTART:19000101T000000Z", "DTEND:19000101T000100Z", "RRULE:FREQ=DAILY"));
    expect(err(() => icsBusy(daily, { ...opts, limits: { maxIterations: 1000 } }))).toBe("too_large");
  });
});
