// Audit explorer: the workspace's events in log order, filtered by resource or action, and a Verify
// button that checks, in the browser with the TypeScript SDK's verifier, the checkpoint's Ed25519
// signature and every loaded event's inclusion proof (each event re-hashed from its JSON).
import { verifyCheckpoint, verifyEvent } from "@agentdraft/sdk";
import { useState } from "preact/hooks";
import { get, qs, type AuditEvent, type Page } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import type { ViewProps } from "./shared.tsx";

interface Checkpoint {
  origin: string;
  tree_size: number;
  root_hash: string;
  checkpoint: string;
  verifier_key: string;
}

export function AuditView(_: ViewProps) {
  const [resource, setResource] = useState("");
  const [action, setAction] = useState("");
  const [pinned, setPinned] = useState("");
  const [pages, setPages] = useState(1);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const { data, error } = useLoad(async () => {
    const rows: AuditEvent[] = [];
    let cursor: string | undefined;
    let more = false;
    for (let i = 0; i < pages; i++) {
      const page = await get<Page<AuditEvent>>(`/v1/dashboard/audit/events${qs({ resource: resource.trim(), limit: 200, cursor })}`);
      rows.push(...page.data);
      more = page.has_more;
      cursor = page.next_cursor;
      if (!more) break;
    }
    return { rows, more };
  }, [resource, pages]);
  const shown = (data?.rows ?? []).filter((e) => !action || e.action.includes(action));

  const verify = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      const cp = await get<Checkpoint>("/v1/dashboard/audit/checkpoint");
      const key = pinned.trim() || cp.verifier_key;
      const head = await verifyCheckpoint(cp, key, { expectedOrigin: cp.origin });
      const events = (data?.rows ?? []).filter((e) => e.seq < head.treeSize);
      for (const e of events) {
        const proof = await get(`/v1/dashboard/audit/events/${e.event_id}/inclusion${qs({ tree_size: head.treeSize })}`);
        await verifyEvent(proof as Parameters<typeof verifyEvent>[0], head);
      }
      setResult({
        ok: true,
        text: `Verified: checkpoint signature of ${head.origin} (tree size ${head.treeSize}, root ${head.rootHashBase64}) and the inclusion of ${events.length} events.`,
      });
    } catch (e) {
      setResult({ ok: false, text: `Verification failed: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Audit log">
      <div class="filters">
        <div>
          <label for="au-resource">Resource id</label>
          <input id="au-resource" value={resource} onInput={(e) => setResource(e.currentTarget.value)} />
        </div>
        <div>
          <label for="au-action">Action contains</label>
          <input id="au-action" value={action} onInput={(e) => setAction(e.currentTarget.value)} />
        </div>
        <div>
          <label for="au-key">Pinned verifier key (default: the server's)</label>
          <input id="au-key" size={50} value={pinned} onInput={(e) => setPinned(e.currentTarget.value)} />
        </div>
        <button type="button" onClick={verify} disabled={busy}>
          {busy ? "Verifying…" : "Verify"}
        </button>
      </div>
      <p role="status" aria-live="polite" class={result ? (result.ok ? "ok" : "error") : ""} data-testid="verify-result">
        {result?.text}
      </p>
      {error && <p role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">At</th>
            <th scope="col">Action</th>
            <th scope="col">Actor</th>
            <th scope="col">Resource</th>
            <th scope="col">Event id</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.event_id}>
              <td>{e.seq}</td>
              <td>{fmtTime(e.at)}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.actor.type} {e.actor.agent_id ?? e.actor.user_id ?? ""}
              </td>
              <td class="mono">{e.resource}</td>
              <td class="mono">{e.event_id}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.more && (
        <button type="button" class="secondary" onClick={() => setPages(pages + 1)}>
          Load more
        </button>
      )}
    </section>
  );
}
