// Pieces several views use: agent names, calendar picker, status badge.
import { get, type Agent, type Calendar } from "../api.ts";
import { useLoad } from "../util.ts";

export interface ViewProps {
  defaultCalendarId: string;
}

export function useAgents() {
  return useLoad(() => get<{ data: Agent[] }>("/v1/dashboard/agents").then((r) => r.data), []);
}

export function useCalendars() {
  return useLoad(() => get<{ data: Calendar[] }>("/v1/dashboard/calendars").then((r) => r.data), []);
}

export function agentName(agents: Agent[] | undefined, id: string | undefined): string {
  if (!id) return "";
  return agents?.find((a) => a.agent_id === id)?.name ?? id;
}

export function Badge({ status }: { status: string }) {
  return <span class={`badge ${status}`}>{status}</span>;
}

export function CalendarSelect(props: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  calendars: Calendar[] | undefined;
  any?: boolean;
}) {
  return (
    <div>
      <label for={props.id}>Calendar</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.any && <option value="">All calendars</option>}
        {(props.calendars ?? []).map((c) => (
          <option key={c.calendar_id} value={c.calendar_id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AgentSelect(props: { id: string; value: string; onChange: (v: string) => void; agents: Agent[] | undefined }) {
  return (
    <div>
      <label for={props.id}>Agent</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">All agents</option>
        {(props.agents ?? []).map((a) => (
          <option key={a.agent_id} value={a.agent_id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
