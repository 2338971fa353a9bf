// The request log: every agent request (and owner write) with its Request-Id, Idempotency-Key,
// replay flag, latency and problem code; filters; errors grouped by code.
import { useState } from "preact/hooks";
import { get, qs, type Page } from "../api.ts";
import { fmtTime, useLoad } from "../util.ts";
import { AgentSelect, agentName, useAgents, type ViewProps } from "./shared.tsx";

interface Entry {
  request_id: string;
  at: string;
  method: string;
  path: string;
  operation_id?: string;
  status: number;
  agent_id?: string;
  idempotency_key?: string;
  replayed: boolean;
  latency_ms: number;
  error_code?: string;
}

interface Group {
  error_code: string;
  status: number;
  count: number;
  last_at: string;
  last_request_id: string;
}

export function RequestsView(_: ViewProps) {
  const agents = useAgents();
  const [agentId, setAgentId] = useState("");
  const [status, setStatus] = useState("");
  const [key, setKey] = useState("");
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [errorCode, setErrorCode] = useState("");
  const filter = { agent_id: agentId, status, idempotency_key: key.trim(), errors_only: errorsOnly || undefined, error_code: errorCode };
  const log = useLoad(
    () => get<Page<Entry>>(`/v1/dashboard/requests${qs({ ...filter, limit: 200 })}`),
    [agentId, status, key, errorsOnly, errorCode],
    5000,
  );
  const groups = useLoad(() => get<{ data: Group[] }>(`/v1/dashboard/requests/errors${qs({ agent_id: agentId })}`), [agentId], 5000);
  return (
    <section aria-label="Request log">
      <p class="muted">Agent requests and owner writes; the server keeps 7 days, at most 100 000 per workspace (by default).</p>
      <h2>Errors by code</h2>
      <div>
        {(groups.data?.data ?? []).map((g) => (
          <span class="group" key={g.error_code}>
            <button
              type="button"
              class={errorCode === g.error_code ? "" : "secondary"}
              aria-pressed={errorCode === g.error_code}
              onClick={() => setErrorCode(errorCode === g.error_code ? "" : g.error_code)}
            >
              {g.error_code} ({g.status}) × {g.count}
            </button>
          </span>
        ))}
        {groups.data?.data.length === 0 && <p class="muted">No errors.</p>}
      </div>
      <div class="filters">
        <AgentSelect id="rq-agent" value={agentId} onChange={setAgentId} agents={agents.data} />
        <div>
          <label for="rq-status">Status</label>
          <input
            id="rq-status"
            inputMode="numeric"
            size={5}
            value={status}
            onInput={(e) => setStatus(e.currentTarget.value.replace(/\D/g, ""))}
          />
        </div>
        <div>
          <label for="rq-key">Idempotency-Key</label>
          <input id="rq-key" value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        </div>
        <div>
          <label>
            <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.currentTarget.checked)} /> Errors only
          </label>
        </div>
      </div>
      {log.error && <p role="alert">{log.error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Agent</th>
            <th scope="col">Operation</th>
            <th scope="col">Status</th>
            <th scope="col">Request-Id</th>
            <th scope="col">Idempotency-Key</th>
            <th scope="col">Replayed</th>
            <th scope="col">Latency</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {(log.data?.data ?? []).map((r) => (
            <tr key={r.request_id}>
              <td>{fmtTime(r.at)}</td>
              <td>{r.agent_id ? agentName(agents.data, r.agent_id) : <span class="muted">owner</span>}</td>
              <td>
                {r.operation_id ?? ""} <span class="mono muted">{`${r.method} ${r.path}`}</span>
              </td>
              <td class={r.status >= 400 ? "error" : ""}>{r.status}</td>
              <td class="mono">{r.request_id}</td>
              <td class="mono">{r.idempotency_key ?? ""}</td>
              <td>{r.replayed ? "yes" : ""}</td>
              <td>{r.latency_ms.toFixed(1)} ms</td>
              <td>
                <code>{r.error_code ?? ""}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
