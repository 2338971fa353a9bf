// Agents & keys: create (the key shown once, with a copy button), rank priorities by drag and drop
// (or the Up / Down buttons from the keyboard), scopes, rotate, revoke, last use and rate-limit state.
import { useState } from "preact/hooks";
import { api, get, SCOPES, type Agent } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import { ShownOnce, type ViewProps } from "./shared.tsx";

interface Usage {
  agent_id: string;
  last_used_at?: string;
  requests_last_day: number;
  errors_last_day: number;
  rate_limit: { capacity: number; remaining: number; refill_per_second: number; full_in_seconds: number };
}

export function AgentsView(_: ViewProps) {
  const agents = useLoad(() => get<{ data: Agent[] }>("/v1/dashboard/agents").then((r) => r.data), []);
  const usage = useLoad(
    () => get<{ data: Usage[] }>("/v1/dashboard/agents-usage").then((r) => new Map(r.data.map((u) => [u.agent_id, u]))),
    [],
    5000,
  );
  const [name, setName] = useState("");
  const [priority, setPriority] = useState(1);
  const [scopes, setScopes] = useState<string[]>(["availability:read", "bookings:read", "bookings:write", "audit:read"]);
  const [shown, setShown] = useState<Agent | undefined>();
  const [message, setMessage] = useState<string>();
  const [dragging, setDragging] = useState<string | undefined>();
  const [over, setOver] = useState<string | undefined>();

  const active = (agents.data ?? [])
    .filter((a) => !a.revoked)
    .sort((a, b) => a.priority - b.priority || a.created_at.localeCompare(b.created_at));

  const create = async (e: Event) => {
    e.preventDefault();
    try {
      const created = await api<Agent>("POST", "/v1/dashboard/agents", { name, priority, scopes });
      setShown(created);
      setName("");
      setMessage(`Created ${created.name}.`);
      agents.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  /** Priorities 1…n in the new order; only the agents whose priority changes are updated. */
  const rank = async (order: Agent[]) => {
    try {
      const changed = order.map((a, i) => ({ a, p: i + 1 })).filter(({ a, p }) => a.priority !== p);
      for (const { a, p } of changed) await api("PATCH", `/v1/dashboard/agents/${a.agent_id}`, { priority: p });
      setMessage(`Priorities now: ${order.map((a, i) => `${a.name}=${i + 1}`).join(", ")}.`);
      agents.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= active.length || from === to) return;
    const order = [...active];
    const [item] = order.splice(from, 1);
    order.splice(to, 0, item!);
    void rank(order);
  };

  const rotate = async (a: Agent) => {
    try {
      setShown(await api<Agent>("POST", `/v1/dashboard/agents/${a.agent_id}/rotate-key`));
      setMessage(`Rotated the key of ${a.name}; the old key no longer works.`);
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  const revoke = async (a: Agent) => {
    try {
      await api("POST", `/v1/dashboard/agents/${a.agent_id}/revoke`);
      setMessage(`Revoked ${a.name}.`);
      agents.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  const setAgentScopes = async (a: Agent, next: string[]) => {
    try {
      await api("PATCH", `/v1/dashboard/agents/${a.agent_id}`, { scopes: next });
      agents.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  return (
    <section aria-label="Agents and keys">
      <form class="panel filters" onSubmit={create} aria-label="Create an agent">
        <div>
          <label for="ag-name">Name</label>
          <input
            id="ag-name"
            required
            pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="ag-prio">Priority (1 = highest)</label>
          <input
            id="ag-prio"
            type="number"
            min={1}
            max={1000}
            value={priority}
            onInput={(e) => setPriority(Number(e.currentTarget.value))}
          />
        </div>
        <fieldset>
          <legend>Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.currentTarget.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />{" "}
              {s}
            </label>
          ))}
        </fieldset>
        <button type="submit">Create agent</button>
      </form>
      {shown && (
        <ShownOnce
          label="New API key"
          title={`API key of ${shown.name}`}
          value={shown.plaintext_key ?? ""}
          id="new-key"
          onClose={() => setShown(undefined)}
        />
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {agents.error && <p role="alert">{agents.error}</p>}

      <h2 id="rank-title">Priority ranking</h2>
      <p class="muted">Drag an agent to rank it (top = priority 1), or use its Up / Down buttons. Applies to future writes.</p>
      <ol class="rank" aria-labelledby="rank-title">
        {active.map((a, i) => (
          <li
            key={a.agent_id}
            data-agent={a.name}
            draggable
            class={over === a.agent_id ? "over" : ""}
            onDragStart={(e) => {
              setDragging(a.agent_id);
              e.dataTransfer?.setData("text/plain", a.agent_id);
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(a.agent_id);
            }}
            onDragLeave={() => setOver(undefined)}
            onDrop={(e) => {
              e.preventDefault();
              const id = dragging ?? e.dataTransfer?.getData("text/plain");
              setOver(undefined);
              setDragging(undefined);
              move(
                active.findIndex((x) => x.agent_id === id),
                i,
              );
            }}
          >
            <span class="prio">P{a.priority}</span>
            <span>{a.name}</span>
            <button type="button" class="secondary" aria-label={`Move ${a.name} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
              Up
            </button>
            <button
              type="button"
              class="secondary"
              aria-label={`Move ${a.name} down`}
              disabled={i === active.length - 1}
              onClick={() => move(i, i + 1)}
            >
              Down
            </button>
          </li>
        ))}
      </ol>

      <h2>Keys, scopes and usage</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Scopes</th>
            <th scope="col">Last used</th>
            <th scope="col">Requests / errors (24 h)</th>
            <th scope="col">Rate limit</th>
            <th scope="col">Key</th>
          </tr>
        </thead>
        <tbody>
          {(agents.data ?? []).map((a) => {
            const u = usage.data?.get(a.agent_id);
            return (
              <tr key={a.agent_id}>
                <td>
                  {a.name} <span class="mono muted">{a.agent_id}</span> {a.revoked && <span class="badge">revoked</span>}
                </td>
                <td>
                  {SCOPES.map((s) => (
                    <label key={s} style={{ display: "block" }}>
                      <input
                        type="checkbox"
                        disabled={a.revoked}
                        checked={a.scopes.includes(s)}
                        onChange={(e) => setAgentScopes(a, e.currentTarget.checked ? [...a.scopes, s] : a.scopes.filter((x) => x !== s))}
                      />{" "}
                      {s}
                    </label>
                  ))}
                </td>
                <td>{u?.last_used_at ? fmtTime(u.last_used_at) : <span class="muted">not in the last 7 days</span>}</td>
                <td>
                  {u?.requests_last_day ?? 0} / {u?.errors_last_day ?? 0}
                </td>
                <td>
                  {u
                    ? `${u.rate_limit.remaining} of ${u.rate_limit.capacity} left${u.rate_limit.full_in_seconds ? `, full in ${u.rate_limit.full_in_seconds} s` : ""}`
                    : ""}
                </td>
                <td>
                  {!a.revoked && (
                    <>
                      <button type="button" class="secondary" onClick={() => rotate(a)} aria-label={`Rotate the key of ${a.name}`}>
                        Rotate
                      </button>{" "}
                      <button type="button" class="danger" onClick={() => revoke(a)} aria-label={`Revoke ${a.name}`}>
                        Revoke
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
