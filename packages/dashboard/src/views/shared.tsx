// Pieces several views use: agent names, calendar picker, status badge, a secret shown once.
import { useState } from "preact/hooks";
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

/** A secret the server shows only once (an API key, a webhook signing secret), with a copy button. */
export function ShownOnce(props: { label: string; title: string; value: string; id: string; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied(true);
    } catch {
      const el = document.getElementById(props.id);
      if (el) getSelection()?.selectAllChildren(el);
    }
  };
  return (
    <section class="panel" aria-label={props.label}>
      <p>
        <strong>{props.title}</strong> — shown once; copy it now.
      </p>
      <div class="key">
        <code id={props.id} data-testid={props.id}>
          {props.value}
        </code>
        <button type="button" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </button>
        <button type="button" class="secondary" onClick={props.onClose}>
          Done
        </button>
      </div>
    </section>
  );
}
