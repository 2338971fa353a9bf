// Webhooks (docs/protocol.md §10): the workspace's endpoints — create with event types from the
// catalog (the secret shown once), enable / disable, change event types, send a test event, rotate
// the secret (the new one shown once), delete — and each endpoint's deliveries, polled while the view
// is open, with a Redeliver button per delivery.
import { useEffect, useState } from "preact/hooks";
import { api, get, type Page } from "../api.ts";
import { errorText, fmtTime, useLoad } from "../util.ts";
import { ShownOnce, type ViewProps } from "./shared.tsx";

interface Webhook {
  webhook_id: string;
  url: string;
  events: string[];
  enabled: boolean;
  created_at: string;
  secret?: string;
}

interface EventType {
  type: string;
  description: string;
}

interface Delivery {
  delivery_id: string;
  event_id: string;
  event_type: string;
  status: "pending" | "delivered" | "dead";
  attempts: number;
  last_attempt_at?: string;
  last_status_code?: number;
  last_latency_ms?: number;
  last_error?: string;
  next_attempt_at?: string;
  delivered_at?: string;
  created_at: string;
}

const POLL_MS = 2000;

/** Checkboxes of the catalog's event types, plus `*` (all). */
function EventPicker({
  idPrefix,
  legend,
  catalog,
  value,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  catalog: EventType[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const toggle = (type: string, on: boolean) => onChange(on ? [...value.filter((t) => t !== type), type] : value.filter((t) => t !== type));
  const options = [{ type: "*", description: "every event type" }, ...catalog];
  return (
    <fieldset class="events">
      <legend>{legend}</legend>
      {options.map((e) => {
        const id = `${idPrefix}-${e.type.replace(/[^a-z0-9]/gi, "_")}`;
        return (
          <div key={e.type} class="event-option">
            <input id={id} type="checkbox" checked={value.includes(e.type)} onChange={(ev) => toggle(e.type, ev.currentTarget.checked)} />
            <label for={id} title={e.description}>
              <span class="mono">{e.type === "*" ? "* (all)" : e.type}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

function Deliveries({ webhook, onMessage }: { webhook: Webhook; onMessage: (m: string) => void }) {
  const list = useLoad(
    () => get<Page<Delivery>>(`/v1/dashboard/webhooks/${webhook.webhook_id}/deliveries?limit=20`).then((r) => r.data),
    [webhook.webhook_id],
    POLL_MS,
  );
  const redeliver = async (d: Delivery) => {
    try {
      await api("POST", `/v1/dashboard/webhooks/${webhook.webhook_id}/deliveries/${d.delivery_id}/redeliver`);
      onMessage(`Redelivery of ${d.delivery_id} queued.`);
      list.refresh();
    } catch (error) {
      onMessage(errorText(error));
    }
  };
  const rows = list.data ?? [];
  return (
    <>
      {list.error && <p role="alert">{list.error}</p>}
      <table aria-label={`Deliveries of ${webhook.url}`} data-webhook={webhook.webhook_id}>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last response</th>
            <th scope="col">Latency</th>
            <th scope="col">Last error</th>
            <th scope="col">Next attempt</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.delivery_id} data-delivery={d.delivery_id} data-status={d.status}>
              <td>
                <span class="mono">{d.event_type}</span>
                <br />
                <span class="mono muted">{d.delivery_id}</span>
              </td>
              <td>
                <span class={`badge wh-${d.status}`}>{d.status}</span>
              </td>
              <td>{d.attempts}</td>
              <td>{d.last_status_code ?? "—"}</td>
              <td>{d.last_latency_ms === undefined ? "—" : `${d.last_latency_ms} ms`}</td>
              <td>{d.last_error ?? ""}</td>
              <td>{d.status === "pending" ? fmtTime(d.next_attempt_at) : ""}</td>
              <td>
                <button type="button" class="secondary" onClick={() => redeliver(d)} aria-label={`Redeliver ${d.delivery_id}`}>
                  Redeliver
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && rows.length === 0 && <p class="muted">No deliveries yet.</p>}
    </>
  );
}

function Endpoint({
  webhook,
  catalog,
  onChanged,
  onSecret,
  onMessage,
}: {
  webhook: Webhook;
  catalog: EventType[];
  onChanged: () => void;
  onSecret: (w: Webhook) => void;
  onMessage: (m: string) => void;
}) {
  const [events, setEvents] = useState<string[]>(webhook.events);
  // The toggle shows the owner's choice at once (a re-render before the list's refresh would undo it).
  const [enabled, setEnabled] = useState(webhook.enabled);
  useEffect(() => setEnabled(webhook.enabled), [webhook.enabled]);
  const base = `/v1/dashboard/webhooks/${webhook.webhook_id}`;
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      onMessage(done);
      onChanged();
    } catch (error) {
      onMessage(errorText(error));
    }
  };
  const toggleId = `wh-enabled-${webhook.webhook_id}`;
  const changed = events.slice().sort().join() !== webhook.events.slice().sort().join();
  return (
    <article class="panel" aria-label={`Webhook ${webhook.url}`} data-webhook={webhook.webhook_id} data-enabled={String(webhook.enabled)}>
      <h2 class="mono">{webhook.url}</h2>
      <p class="muted">
        {webhook.webhook_id} · created {fmtTime(webhook.created_at)}
      </p>
      <div class="wh-actions">
        <div>
          <input
            id={toggleId}
            type="checkbox"
            checked={enabled}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setEnabled(on);
              void act(
                () =>
                  api("PATCH", base, { enabled: on }).catch((error: unknown) => {
                    setEnabled(webhook.enabled);
                    throw error;
                  }),
                `${webhook.url} ${on ? "enabled" : "disabled"}.`,
              );
            }}
          />
          <label for={toggleId}>Enabled</label>
        </div>
        <button
          type="button"
          onClick={() => act(() => api("POST", `${base}/test`), `Test event queued for ${webhook.url}.`)}
          aria-label={`Send test event to ${webhook.url}`}
        >
          Send test event
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            try {
              onSecret(await api<Webhook>("POST", `${base}/rotate-secret`, {}));
              onMessage(`Secret of ${webhook.url} rotated; the previous one keeps signing for a day.`);
              onChanged();
            } catch (error) {
              onMessage(errorText(error));
            }
          }}
          aria-label={`Rotate secret of ${webhook.url}`}
        >
          Rotate secret
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => act(() => api("DELETE", base), `Deleted ${webhook.url}.`)}
          aria-label={`Delete webhook ${webhook.url}`}
        >
          Delete
        </button>
      </div>
      <details>
        <summary>Event types: {webhook.events.join(", ")}</summary>
        <EventPicker
          idPrefix={`wh-ev-${webhook.webhook_id}`}
          legend={`Event types of ${webhook.url}`}
          catalog={catalog}
          value={events}
          onChange={setEvents}
        />
        <button
          type="button"
          disabled={!changed || events.length === 0}
          onClick={() => act(() => api("PATCH", base, { events }), `Event types of ${webhook.url} saved.`)}
        >
          Save event types
        </button>
      </details>
      <h3>Deliveries</h3>
      <Deliveries webhook={webhook} onMessage={onMessage} />
    </article>
  );
}

export function WebhooksView(_: ViewProps) {
  const list = useLoad(() => get<{ data: Webhook[] }>("/v1/dashboard/webhooks").then((r) => r.data), []);
  const catalog = useLoad(() => get<{ data: EventType[] }>("/v1/dashboard/webhooks/events").then((r) => r.data), []);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<string[]>(["booking.committed", "booking.cancelled"]);
  const [secret, setSecret] = useState<Webhook | undefined>();
  const [message, setMessage] = useState<string>();
  const create = async (e: Event) => {
    e.preventDefault();
    if (events.length === 0) {
      setMessage("Pick at least one event type.");
      return;
    }
    try {
      setSecret(await api<Webhook>("POST", "/v1/dashboard/webhooks", { url, events }));
      setUrl("");
      setMessage("Webhook created.");
      list.refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  return (
    <section aria-label="Webhooks">
      <form class="panel" onSubmit={create} aria-label="Create a webhook">
        <div class="filters">
          <div>
            <label for="wh-url">URL</label>
            <input id="wh-url" type="url" size={40} required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </div>
        </div>
        <EventPicker idPrefix="wh-new" legend="Event types" catalog={catalog.data ?? []} value={events} onChange={setEvents} />
        <button type="submit">Create webhook</button>
      </form>
      {secret?.secret && (
        <ShownOnce
          label="Webhook signing secret"
          title={`Signing secret of ${secret.url}`}
          value={secret.secret}
          id="webhook-secret"
          onClose={() => setSecret(undefined)}
        />
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {list.error && <p role="alert">{list.error}</p>}
      {catalog.error && <p role="alert">{catalog.error}</p>}
      {(list.data ?? []).map((w) => (
        <Endpoint
          key={`${w.webhook_id}:${w.events.join()}`}
          webhook={w}
          catalog={catalog.data ?? []}
          onChanged={list.refresh}
          onSecret={setSecret}
          onMessage={setMessage}
        />
      ))}
      {list.data?.length === 0 && <p class="muted">No webhooks.</p>}
    </section>
  );
}
