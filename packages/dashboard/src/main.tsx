// The owner dashboard: a small Preact app under /app/, routed on the client, on the owner API.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, whenSignedOut } from "./api.ts";
import "./styles.css";
import { errorText } from "./util.ts";
import { AgentsView } from "./views/agents.tsx";
import { AuditView } from "./views/audit.tsx";
import { BookingsView } from "./views/bookings.tsx";
import { RacesView } from "./views/races.tsx";
import { RequestsView } from "./views/requests.tsx";
import { RulesView } from "./views/rules.tsx";
import { TimelineView } from "./views/timeline.tsx";
import { WebhooksView } from "./views/webhooks.tsx";

const VIEWS = [
  { path: "timeline", label: "Timeline", view: TimelineView },
  { path: "bookings", label: "Bookings", view: BookingsView },
  { path: "races", label: "Races", view: RacesView },
  { path: "agents", label: "Agents & keys", view: AgentsView },
  { path: "requests", label: "Request log", view: RequestsView },
  { path: "audit", label: "Audit log", view: AuditView },
  { path: "rules", label: "Rules & settings", view: RulesView },
  { path: "webhooks", label: "Webhooks", view: WebhooksView },
] as const;

const route = () => location.pathname.replace(/^\/app\/?/, "").split("/")[0] || "timeline";

export function navigate(to: string): void {
  history.pushState(null, "", to);
  dispatchEvent(new PopStateEvent("popstate"));
}

interface Workspace {
  workspace_id: string;
  email: string;
  default_calendar_id: string;
}

function SignIn() {
  const [email, setEmail] = useState("");
  const [state, setState] = useState<{ sent?: boolean; devToken?: string; error?: string }>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api<{ sent: boolean; dev_token?: string }>("POST", "/v1/auth/magic-link", { email });
      setState({ sent: true, ...(r.dev_token ? { devToken: r.dev_token } : {}) });
    } catch (error) {
      setState({ error: errorText(error) });
    }
  };
  return (
    <main class="signin" id="main">
      <h1>AgentDraft</h1>
      <form onSubmit={submit}>
        <label for="email">Owner email</label>
        <input id="email" type="email" required autocomplete="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        <button type="submit">Send sign-in link</button>
      </form>
      {state.sent && <p role="status">Check your mail for the sign-in link.</p>}
      {state.devToken && (
        <p>
          Dev mode: <a href={`/app/verify?token=${encodeURIComponent(state.devToken)}`}>open the sign-in link</a>
        </p>
      )}
      {state.error && <p role="alert">{state.error}</p>}
    </main>
  );
}

/** `/app/verify?token=…` (the magic link): exchanges the token for a session, then lands on /app/. */
function Verify({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    const token = new URLSearchParams(location.search).get("token") ?? "";
    api("POST", "/v1/auth/verify", { token }).then(
      () => {
        history.replaceState(null, "", "/app/");
        onDone();
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, []);
  return (
    <main class="signin" id="main">
      <h1>Signing in…</h1>
      {error && (
        <p role="alert">
          {error} — <a href="/app/">request a new link</a>
        </p>
      )}
    </main>
  );
}

function App() {
  const [path, setPath] = useState(route());
  const [workspace, setWorkspace] = useState<Workspace | null | undefined>(undefined);
  const loadWorkspace = () => api<Workspace>("GET", "/v1/dashboard/workspace").then(setWorkspace, () => setWorkspace(null));
  useEffect(() => {
    const onPop = () => setPath(route());
    addEventListener("popstate", onPop);
    whenSignedOut(() => setWorkspace(null));
    if (route() !== "verify") void loadWorkspace();
    return () => removeEventListener("popstate", onPop);
  }, []);
  if (path === "verify")
    return (
      <Verify
        onDone={() => {
          setPath(route());
          void loadWorkspace();
        }}
      />
    );
  if (workspace === undefined) return <p class="loading">Loading…</p>;
  if (workspace === null) return <SignIn />;
  const current = VIEWS.find((v) => v.path === path) ?? VIEWS[0];
  const View = current.view;
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span class="brand">AgentDraft</span>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <a
              key={v.path}
              href={`/app/${v.path}`}
              aria-current={v === current ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/app/${v.path}`);
              }}
            >
              {v.label}
            </a>
          ))}
        </nav>
        <span class="who">{workspace.email}</span>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{current.label}</h1>
        <View defaultCalendarId={workspace.default_calendar_id} />
      </main>
    </>
  );
}

render(<App />, document.getElementById("root")!);
