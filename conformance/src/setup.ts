// Scenario setup through the owner API: a fresh owner per workspace (magic-link sign-in in dev
// mode), the calendar's settings and rules, and the declared agents with their keys.
import type { AgentDecl, WorkspaceSetup } from "./scenario.ts";
import type { ScenarioRun } from "./scenario-run.ts";
import { StepFailed, type OwnerVar } from "./types.ts";

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

async function signIn(run: ScenarioRun, alias: string): Promise<OwnerVar> {
  const email = `conformance-${run.runId}-${slug(run.s.id)}-${alias.toLowerCase()}@example.com`;
  const link = await run.call(`setup:${alias}:magic-link`, "none", "requestMagicLink", { body: { email } }, 200);
  const token = (link.body as { dev_token?: unknown } | undefined)?.dev_token;
  if (typeof token !== "string") {
    throw new StepFailed([
      {
        where: `setup:${alias}:magic-link`,
        message: "no dev_token in the magic-link response: run the server in dev mode so the suite can sign owners in",
        response: link,
      },
    ]);
  }
  const verified = await run.call(`setup:${alias}:verify`, "none", "verifyMagicLink", { body: { token } }, 200);
  const session = verified.setCookies.map((c) => /^\s*ad_session=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
  // A mock of the spec sets no real cookie: send a placeholder (a real server then answers 401,
  // which fails the setup — a server that sets no session cookie cannot pass anyway).
  const cookie = `ad_session=${session ?? "conformance-placeholder"}`;
  const user = verified.body as { user_id?: string } | undefined;
  const owner: OwnerVar = { alias, email, user_id: String(user?.user_id ?? ""), workspace_id: "", calendar_id: "", cookie };
  run.owners[alias] = owner;
  const ws = await run.call(`setup:${alias}:workspace`, alias, "getWorkspace", {}, 200);
  const wsBody = ws.body as { workspace_id?: string; default_calendar_id?: string };
  owner.workspace_id = String(wsBody.workspace_id ?? "");
  owner.calendar_id = String(wsBody.default_calendar_id ?? "");
  return owner;
}

export async function setupWorkspace(run: ScenarioRun, alias: string, ws: WorkspaceSetup): Promise<void> {
  const owner = await signIn(run, alias);
  if (ws.calendar) {
    const body = run.interp(ws.calendar);
    await run.call(`setup:${alias}:calendar`, alias, "updateCalendar", { path: { calendar_id: owner.calendar_id }, body }, 200);
  }
  if (ws.rules) {
    await run.call(
      `setup:${alias}:rules`,
      alias,
      "setRules",
      { path: { calendar_id: owner.calendar_id }, body: { rules: run.interp(ws.rules) } },
      200,
    );
  }
  for (const decl of ws.agents ?? []) await createAgents(run, alias, decl);
}

async function createAgents(run: ScenarioRun, ownerAlias: string, decl: AgentDecl): Promise<void> {
  const count = decl.repeat ?? 1;
  for (let i = 1; i <= count; i++) {
    const locals = decl.repeat ? { i } : {};
    const alias = String(run.interp(decl.as, locals));
    if (alias === "owner" || alias === "none" || run.agents[alias] || run.owners[alias]) {
      throw new StepFailed([{ where: "setup", message: `alias ${alias} is declared twice or reserved` }]);
    }
    const priority = Number(run.interp(decl.priority, locals));
    const scopes = decl.scopes ?? ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"];
    const res = await run.call(
      `setup:${ownerAlias}:agent:${alias}`,
      ownerAlias,
      "createAgent",
      { body: { name: alias, priority, scopes } },
      201,
    );
    const body = res.body as { agent_id?: string; plaintext_key?: string; calendar_id?: string; name?: string };
    run.agents[alias] = {
      alias,
      agent_id: String(body.agent_id),
      key: String(body.plaintext_key),
      priority,
      name: String(body.name ?? alias),
      calendar_id: String(body.calendar_id ?? run.owners[ownerAlias]!.calendar_id),
      owner: ownerAlias,
    };
    run.agentOrder.push(alias);
  }
}
