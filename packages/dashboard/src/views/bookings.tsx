// Bookings by status with filters; a booking's lifecycle from the audit log; owner cancel / release.
import { useState } from "preact/hooks";
import { api, get, qs, type AuditEvent, type Booking, type Page } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import { AgentSelect, agentName, Badge, CalendarSelect, useAgents, useCalendars, type ViewProps } from "./shared.tsx";

const STATUSES = ["", "HELD", "COMMITTED", "CANCELLED", "RELEASED", "EXPIRED", "EVICTED", "DISPLACED"];

function Lifecycle({ bookingId }: { bookingId: string }) {
  const { data, error } = useLoad(
    () => get<Page<AuditEvent>>(`/v1/dashboard/audit/events${qs({ resource: bookingId, limit: 200 })}`),
    [bookingId],
  );
  if (error) return <p role="alert">{error}</p>;
  return (
    <ol aria-label={`Lifecycle of ${bookingId}`}>
      {(data?.data ?? []).map((e) => (
        <li key={e.event_id}>
          <code>{e.action}</code> at {fmtTime(e.at)} by {e.actor.type}
          {e.actor.agent_id ? ` ${e.actor.agent_id}` : e.actor.user_id ? ` ${e.actor.user_id}` : ""} ·{" "}
          <span class="mono">{e.event_id}</span>
        </li>
      ))}
    </ol>
  );
}

export function BookingsView(_: ViewProps) {
  const [status, setStatus] = useState("");
  const [agentId, setAgentId] = useState("");
  const [calendarId, setCalendarId] = useState("");
  const [open, setOpen] = useState<string | undefined>();
  const [message, setMessage] = useState<string>();
  const [pages, setPages] = useState(1);
  const agents = useAgents();
  const calendars = useCalendars();
  const { data, error, refresh } = useLoad(
    async () => {
      const rows: Booking[] = [];
      let cursor: string | undefined;
      let more = false;
      for (let i = 0; i < pages; i++) {
        const page = await get<Page<Booking>>(
          `/v1/dashboard/bookings${qs({ status, agent_id: agentId, calendar_id: calendarId, limit: 100, cursor })}`,
        );
        rows.push(...page.data);
        more = page.has_more;
        cursor = page.next_cursor;
        if (!more) break;
      }
      return { rows, more };
    },
    [status, agentId, calendarId, pages],
    5000,
  );

  const act = async (b: Booking, action: "cancel" | "release") => {
    try {
      const body = action === "cancel" ? { reason: "cancelled by the owner from the dashboard" } : undefined;
      const done = await api<Booking>("POST", `/v1/dashboard/bookings/${b.booking_id}/${action}`, body);
      setMessage(`${b.booking_id} is now ${done.status}.`);
      setOpen(b.booking_id);
      refresh();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <section aria-label="Bookings">
      <div class="filters">
        <div>
          <label for="bk-status">Status</label>
          <select id="bk-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s || "Any status"}
              </option>
            ))}
          </select>
        </div>
        <AgentSelect id="bk-agent" value={agentId} onChange={setAgentId} agents={agents.data} />
        <CalendarSelect id="bk-cal" value={calendarId} onChange={setCalendarId} calendars={calendars.data} any />
      </div>
      {error && <p role="alert">{error}</p>}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Booking</th>
            <th scope="col">Agent</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(data?.rows ?? []).map((b) => [
            <tr key={b.booking_id} data-booking={b.booking_id}>
              <td class="mono">{b.booking_id}</td>
              <td>{agentName(agents.data, b.agent_id)}</td>
              <td>{b.agent_priority}</td>
              <td>
                <Badge status={b.status} /> {b.ended_reason && <span class="muted">{b.ended_reason}</span>}
                {b.hold_expires_at && b.status === "HELD" && <span class="muted"> until {fmtTime(b.hold_expires_at)}</span>}
              </td>
              <td>{fmtTime(b.start)}</td>
              <td>{fmtTime(b.end)}</td>
              <td>
                <button
                  type="button"
                  class="secondary"
                  aria-expanded={open === b.booking_id}
                  onClick={() => setOpen(open === b.booking_id ? undefined : b.booking_id)}
                >
                  Lifecycle
                </button>{" "}
                {b.status === "COMMITTED" && (
                  <button type="button" class="danger" onClick={() => act(b, "cancel")} aria-label={`Cancel ${b.booking_id}`}>
                    Cancel
                  </button>
                )}
                {b.status === "HELD" && (
                  <button type="button" class="danger" onClick={() => act(b, "release")} aria-label={`Release ${b.booking_id}`}>
                    Release
                  </button>
                )}
              </td>
            </tr>,
            open === b.booking_id && (
              <tr key={`${b.booking_id}-life`}>
                <td colSpan={7}>
                  <Lifecycle bookingId={b.booking_id} />
                </td>
              </tr>
            ),
          ])}
        </tbody>
      </table>
      {data?.rows.length === 0 && <p class="muted">No bookings match.</p>}
      {data?.more && (
        <button type="button" class="secondary" onClick={() => setPages(pages + 1)}>
          Load more
        </button>
      )}
    </section>
  );
}
