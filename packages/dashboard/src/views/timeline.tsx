// Calendar timeline (day / week): commits and holds (with their TTL countdown) coloured by agent,
// outlined by priority, over the rule bands; each busy block says why it is busy. Polls every 2 s.
import { useState } from "preact/hooks";
import { get, qs, type Booking, type Page } from "../api.ts";
import { agentColour, fmtTime, useLoad, useNow } from "../util.ts";
import { agentName, CalendarSelect, useAgents, useCalendars, type ViewProps } from "./shared.tsx";

interface Busy {
  start: string;
  end: string;
  kind: "booking" | "hold" | "focus_block" | "outside_business_hours";
  agent_id?: string;
  booking_id?: string;
  rule_id?: string;
}

const DAY = 86_400_000;
const startOfDay = (t: number) => {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

export function TimelineView({ defaultCalendarId }: ViewProps) {
  const [mode, setMode] = useState<"day" | "week">("week");
  const [anchor, setAnchor] = useState(() => startOfDay(Date.now()));
  const [calendarId, setCalendarId] = useState(defaultCalendarId);
  const [selected, setSelected] = useState<string | undefined>();
  const calendars = useCalendars();
  const agents = useAgents();
  const now = useNow();
  const days = mode === "day" ? 1 : 7;
  const from = anchor;
  const to = anchor + days * DAY;
  const range = { range_start: new Date(from).toISOString(), range_end: new Date(to).toISOString() };
  const { data, error } = useLoad(
    async () => {
      const [av, bookings] = await Promise.all([
        get<{ busy: Busy[] }>(`/v1/dashboard/availability${qs({ ...range, calendar_id: calendarId })}`),
        get<Page<Booking>>(`/v1/dashboard/bookings${qs({ ...range, calendar_id: calendarId, limit: 200 })}`),
      ]);
      return { busy: av.busy, bookings: new Map(bookings.data.map((b) => [b.booking_id, b])) };
    },
    [from, to, calendarId],
    2000,
  );

  const why = (b: Busy): string => {
    const span = `${fmtTime(b.start)} – ${fmtTime(b.end)}`;
    if (b.kind === "focus_block") return `Busy: focus block rule ${b.rule_id} (${span})`;
    if (b.kind === "outside_business_hours") return `Busy: outside business hours, rule ${b.rule_id} (${span})`;
    const booking = b.booking_id ? data?.bookings.get(b.booking_id) : undefined;
    const who = `${agentName(agents.data, b.agent_id)} (priority ${booking?.agent_priority ?? "?"})`;
    if (b.kind === "hold") {
      const left = booking?.hold_expires_at ? Math.max(0, Math.round((Date.parse(booking.hold_expires_at) - now) / 1000)) : undefined;
      return `Busy: held by ${who}${left !== undefined ? `, expires in ${left} s` : ""} (${span}, ${b.booking_id})`;
    }
    return `Busy: committed by ${who} (${span}, ${b.booking_id})`;
  };

  const placed = (b: Busy, dayStart: number) => {
    const s = Math.max(Date.parse(b.start), dayStart);
    const e = Math.min(Date.parse(b.end), dayStart + DAY);
    if (e <= s) return undefined;
    return { top: `${((s - dayStart) / DAY) * 100}%`, height: `${Math.max(((e - s) / DAY) * 100, 1.2)}%` };
  };

  const legendAgents = [...new Set((data?.busy ?? []).flatMap((b) => (b.agent_id ? [b.agent_id] : [])))];
  const chosen = data?.busy.find((b) => b.booking_id === selected);

  return (
    <section aria-label="Calendar timeline">
      <div class="filters">
        <CalendarSelect id="tl-cal" value={calendarId} onChange={setCalendarId} calendars={calendars.data} />
        <div>
          <label for="tl-mode">View</label>
          <select id="tl-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as "day" | "week")}>
            <option value="day">Day</option>
            <option value="week">Week</option>
          </select>
        </div>
        <div>
          <label for="tl-date">From</label>
          <input
            id="tl-date"
            type="date"
            value={new Date(anchor - new Date(anchor).getTimezoneOffset() * 60_000).toISOString().slice(0, 10)}
            onChange={(e) => e.currentTarget.value && setAnchor(startOfDay(Date.parse(`${e.currentTarget.value}T00:00`)))}
          />
        </div>
        <button type="button" class="secondary" onClick={() => setAnchor(anchor - days * DAY)}>
          ◀ Earlier
        </button>
        <button type="button" class="secondary" onClick={() => setAnchor(startOfDay(Date.now()))}>
          Today
        </button>
        <button type="button" class="secondary" onClick={() => setAnchor(anchor + days * DAY)}>
          Later ▶
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <div class="legend">
        {legendAgents.map((id) => (
          <span key={id}>
            <span class="swatch" style={{ background: agentColour(id) }} />
            {agentName(agents.data, id)}
          </span>
        ))}
        <span>
          <span class="swatch tl-band" style={{ position: "static" }} />
          rule bands (focus blocks, outside business hours)
        </span>
        <span>dashed: hold · thicker outline: higher priority</span>
      </div>
      <div class="timeline" style={{ gridTemplateColumns: `repeat(${days}, 1fr)` }}>
        {Array.from({ length: days }, (_, i) => {
          const dayStart = startOfDay(from + i * DAY + DAY / 2);
          const busy = (data?.busy ?? []).filter((b) => placed(b, dayStart));
          return (
            <div class="tl-day" key={dayStart}>
              <h2>{new Date(dayStart).toLocaleDateString(undefined, { weekday: "short", month: "short", day: "numeric" })}</h2>
              <div class="tl-body">
                {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
                  <div class="tl-hour" key={h} style={{ top: `${(h / 24) * 100}%` }} aria-hidden="true">
                    {String(h).padStart(2, "0")}
                  </div>
                ))}
                {busy
                  .filter((b) => b.kind === "focus_block" || b.kind === "outside_business_hours")
                  .map((b) => (
                    <div class="tl-band" key={`${b.rule_id}-${b.start}`} style={placed(b, dayStart)} title={why(b)} />
                  ))}
                {busy
                  .filter((b) => b.kind === "booking" || b.kind === "hold")
                  .map((b) => {
                    const booking = b.booking_id ? data?.bookings.get(b.booking_id) : undefined;
                    const prio = booking?.agent_priority ?? 5;
                    const left = booking?.hold_expires_at ? Math.max(0, Math.round((Date.parse(booking.hold_expires_at) - now) / 1000)) : 0;
                    return (
                      <button
                        type="button"
                        key={b.booking_id}
                        class={`tl-block ${b.kind}`}
                        style={{
                          ...placed(b, dayStart),
                          background: agentColour(b.agent_id ?? ""),
                          boxShadow: `0 0 0 ${Math.max(1, 5 - Math.min(prio, 4))}px #14213d`,
                        }}
                        title={why(b)}
                        onClick={() => setSelected(b.booking_id)}
                      >
                        {agentName(agents.data, b.agent_id)} · P{prio}
                        {b.kind === "hold" ? ` · hold ${left}s` : ""}
                      </button>
                    );
                  })}
              </div>
            </div>
          );
        })}
      </div>
      <p class="panel" role="status" aria-live="polite">
        {chosen ? why(chosen) : "Select or hover a busy block to see why it is busy."}
      </p>
    </section>
  );
}
