// Rules & engine settings of a calendar, with a preview of the availability the edited rules would
// give over the next 7 days (POST /v1/dashboard/availability/preview stores nothing).
import { useEffect, useState } from "preact/hooks";
import { api, get, type Calendar } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import { CalendarSelect, useCalendars, type ViewProps } from "./shared.tsx";

const SETTINGS = [
  ["arbitration_window_ms", "Arbitration window (ms)"],
  ["bump_window_seconds", "Bump window (s)"],
  ["hold_ttl_default_seconds", "Default hold TTL (s)"],
  ["hold_ttl_min_seconds", "Shortest hold TTL (s)"],
  ["hold_ttl_max_seconds", "Longest hold TTL (s)"],
] as const;

interface Preview {
  slots: { start: string; end: string }[];
  busy: { start: string; end: string; kind: string; rule_id?: string; agent_id?: string }[];
}

export function RulesView({ defaultCalendarId }: ViewProps) {
  const calendars = useCalendars();
  const [calendarId, setCalendarId] = useState(defaultCalendarId);
  const cal: Calendar | undefined = calendars.data?.find((c) => c.calendar_id === calendarId);
  const [settings, setSettings] = useState<Record<string, number>>({});
  const [timeZone, setTimeZone] = useState("");
  const [rulesText, setRulesText] = useState("[]");
  /** Edited since the rules were loaded: a late load does not overwrite the edit. */
  const [edited, setEdited] = useState(false);
  const [preview, setPreview] = useState<Preview | undefined>();
  const [message, setMessage] = useState<string>();
  const rules = useLoad(() => get<{ rules: unknown[] }>(`/v1/dashboard/calendars/${calendarId}/rules`), [calendarId]);
  useEffect(() => {
    if (cal) {
      setSettings(cal.settings);
      setTimeZone(cal.time_zone);
    }
  }, [cal?.calendar_id, calendars.data]);
  useEffect(() => {
    if (rules.data && !edited) setRulesText(JSON.stringify(rules.data.rules, null, 2));
  }, [rules.data]);
  useEffect(() => setEdited(false), [calendarId]);

  const parsed = (): unknown[] | undefined => {
    try {
      const value = JSON.parse(rulesText) as unknown;
      if (Array.isArray(value)) return value;
      setMessage("The rules must be a JSON array.");
    } catch (e) {
      setMessage(`The rules are not valid JSON: ${errorText(e)}`);
    }
    return undefined;
  };

  const runPreview = async () => {
    const list = parsed();
    if (!list) return;
    const start = new Date();
    start.setMinutes(0, 0, 0);
    try {
      setPreview(
        await api<Preview>("POST", "/v1/dashboard/availability/preview", {
          calendar_id: calendarId,
          range_start: start.toISOString(),
          range_end: new Date(start.getTime() + 7 * 86_400_000).toISOString(),
          rules: list,
        }),
      );
      setMessage("Preview of the next 7 days (nothing saved).");
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  const saveRules = async () => {
    const list = parsed();
    if (!list) return;
    try {
      await api("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, { rules: list });
      setMessage("Rules saved.");
      setEdited(false);
      rules.refresh();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  const saveSettings = async (e: Event) => {
    e.preventDefault();
    try {
      const body = { time_zone: timeZone, settings: Object.fromEntries(SETTINGS.map(([k]) => [k, Number(settings[k])])) };
      await api("PATCH", `/v1/dashboard/calendars/${calendarId}`, body);
      setMessage("Settings saved.");
      calendars.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  return (
    <section aria-label="Rules and engine settings">
      <div class="filters">
        <CalendarSelect id="ru-cal" value={calendarId} onChange={setCalendarId} calendars={calendars.data} />
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <form class="panel filters" onSubmit={saveSettings} aria-label="Engine settings">
        <div>
          <label for="set-tz">Time zone</label>
          <input id="set-tz" value={timeZone} onInput={(e) => setTimeZone(e.currentTarget.value)} />
        </div>
        {SETTINGS.map(([k, label]) => (
          <div key={k}>
            <label for={`set-${k}`}>{label}</label>
            <input
              id={`set-${k}`}
              type="number"
              min={0}
              value={settings[k] ?? ""}
              onInput={(e) => setSettings({ ...settings, [k]: Number(e.currentTarget.value) })}
            />
          </div>
        ))}
        <button type="submit">Save settings</button>
      </form>
      <div class="panel">
        <label for="rules-json">Rules (JSON array: business_hours, focus_block, daily_cap, buffer, max_duration, min_notice)</label>
        <textarea
          id="rules-json"
          rows={12}
          style={{ width: "100%", display: "block" }}
          value={rulesText}
          onInput={(e) => {
            setEdited(true);
            setRulesText(e.currentTarget.value);
          }}
        />
        <p>
          <button type="button" class="secondary" onClick={runPreview}>
            Preview availability
          </button>{" "}
          <button type="button" onClick={saveRules}>
            Save rules
          </button>
        </p>
      </div>
      {preview && (
        <section class="panel" aria-label="Availability preview">
          <h2>Free slots (next 7 days)</h2>
          <ul>
            {preview.slots.slice(0, 30).map((s) => (
              <li key={s.start}>
                {fmtTime(s.start)} – {fmtTime(s.end)}
              </li>
            ))}
          </ul>
          <h2>Busy</h2>
          <ul>
            {preview.busy.slice(0, 50).map((b) => (
              <li key={`${b.kind}-${b.start}`}>
                {fmtTime(b.start)} – {fmtTime(b.end)}: {b.kind}
                {b.rule_id ? ` (rule ${b.rule_id})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
