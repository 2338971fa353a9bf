// Webhooks: the workspace's endpoints, create (secret shown once) and delete. Deliveries come with
// the webhooks outbox.
import { useState } from "preact/hooks";
import { api, get } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import type { ViewProps } from "./shared.tsx";

interface Webhook {
  webhook_id: string;
  url: string;
  events: string[];
  created_at: string;
  secret?: string;
}

export function WebhooksView(_: ViewProps) {
  const list = useLoad(() => get<{ data: Webhook[] }>("/v1/dashboard/webhooks").then((r) => r.data), []);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState("booking.committed, booking.cancelled");
  const [created, setCreated] = useState<Webhook | undefined>();
  const [message, setMessage] = useState<string>();
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      const names = events
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      setCreated(await api<Webhook>("POST", "/v1/dashboard/webhooks", { url, events: names }));
      setMessage("Webhook created.");
      list.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  const remove = async (w: Webhook) => {
    try {
      await api("DELETE", `/v1/dashboard/webhooks/${w.webhook_id}`);
      setMessage(`Deleted ${w.url}.`);
      list.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  return (
    <section aria-label="Webhooks">
      <form class="panel filters" onSubmit={create} aria-label="Create a webhook">
        <div>
          <label for="wh-url">URL</label>
          <input id="wh-url" type="url" size={40} required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </div>
        <div>
          <label for="wh-events">Events (comma-separated)</label>
          <input id="wh-events" size={40} value={events} onInput={(e) => setEvents(e.currentTarget.value)} />
        </div>
        <button type="submit">Create webhook</button>
      </form>
      {created?.secret && (
        <section class="panel" aria-label="Webhook secret">
          Signing secret (shown once): <code>{created.secret}</code>
        </section>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {list.error && <p role="alert">{list.error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Created</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((w) => (
            <tr key={w.webhook_id}>
              <td class="mono">{w.url}</td>
              <td>{w.events.join(", ")}</td>
              <td>{fmtTime(w.created_at)}</td>
              <td>
                <button type="button" class="danger" onClick={() => remove(w)} aria-label={`Delete webhook ${w.url}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.length === 0 && <p class="muted">No webhooks.</p>}
      <p class="muted">Delivery history, redelivery and test events arrive with the webhooks outbox.</p>
    </section>
  );
}
