// Races: every contested slot, its winner and each loser with priority, problem code and audit id,
// most recent first (derived by the server from the audit log). Polls every 2 s.
import { get, type Page } from "../api.ts";
import { fmtTime, useLoad } from "../util.ts";
import { agentName, Badge, useAgents, type ViewProps } from "./shared.tsx";

interface Race {
  calendar_id?: string;
  start?: string;
  end?: string;
  winner: { agent_id: string; priority: number; booking_id: string; status?: string };
  losers: {
    agent_id: string;
    priority?: number;
    booking_id: string;
    outcome: string;
    problem_code: string;
    audit_event_id: string;
    at: string;
  }[];
  last_at: string;
}

const WHY: Record<string, string> = {
  outranked: "a higher-priority write won the arbitration window",
  slot_taken: "the slot was already taken",
  booking_frozen: "the winner was past its bump window",
  evicted: "evicted by a higher-priority commit within the bump window",
  displaced: "its hold was displaced by a stronger write",
};

export function RacesView(_: ViewProps) {
  const agents = useAgents();
  const { data, error } = useLoad(() => get<Page<Race>>("/v1/dashboard/races"), [], 2000);
  return (
    <section aria-label="Races">
      <p class="muted">Every contested slot: who won, who lost and why. Updates live.</p>
      {error && <p role="alert">{error}</p>}
      {data?.data.length === 0 && <p>No races yet: no two writes have contested a slot.</p>}
      {(data?.data ?? []).map((r) => (
        <article class="race" key={r.winner.booking_id} data-winner={r.winner.booking_id} aria-label={`Race for ${fmtTime(r.start)}`}>
          <h2>
            {fmtTime(r.start)} – {fmtTime(r.end)} <span class="muted">({r.losers.length + 1} contenders)</span>
          </h2>
          <p class="winner">
            Winner: {agentName(agents.data, r.winner.agent_id)} (priority {r.winner.priority}) ·{" "}
            <span class="mono">{r.winner.booking_id}</span> {r.winner.status && <Badge status={r.winner.status} />}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Loser</th>
                <th scope="col">Priority</th>
                <th scope="col">Outcome</th>
                <th scope="col">Problem code</th>
                <th scope="col">Audit event</th>
                <th scope="col">At</th>
              </tr>
            </thead>
            <tbody>
              {r.losers.map((l) => (
                <tr key={l.audit_event_id}>
                  <td>{agentName(agents.data, l.agent_id)}</td>
                  <td>{l.priority ?? "?"}</td>
                  <td>{l.outcome}</td>
                  <td>
                    <code>{l.problem_code}</code> <span class="muted">{WHY[l.problem_code] ?? ""}</span>
                  </td>
                  <td class="mono">{l.audit_event_id}</td>
                  <td>{fmtTime(l.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
