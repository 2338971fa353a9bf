// The owner's API: agents (keys shown once), calendars and their engine settings, rules (webhooks: webhooks.ts).
import { getAgent, getCalendar, type CalendarSettings, type Command } from "../engine/index.ts";
import type { Schemas } from "../generated/operations.ts";
import type { Handlers, Input } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import { newId } from "../shell/ids.ts";
import { newApiKey } from "../shell/secrets.ts";
import {
  agentNameTaken,
  agentOf,
  agentsOf,
  insertAgent,
  revokeAgentRow,
  setAgentKeyHash,
  updateAgentGrants,
  type AgentRow,
} from "../store/agents.ts";
import { calendarIdsOf, calendarRow, insertCalendar, renameCalendar } from "../store/calendars.ts";
import type { Queryable } from "../store/db.ts";
import { defaultCalendarOf } from "../store/owners.ts";
import { workspaceRowCount, type QuotaTable } from "../store/quotas.ts";
import { mailboxAddress } from "../mail/address.ts";
import { toPointer } from "./rejections.ts";

/** Per-workspace quotas: everything an owner can create is bounded. */
const MAX_AGENTS_PER_WORKSPACE = 1000;
export const MAX_CALENDARS_PER_WORKSPACE = 100;

/** Spec `EngineSettings` ↔ engine settings (the spec speaks seconds for the bump window). */
function settingsView(s: CalendarSettings) {
  return {
    arbitration_window_ms: s.arbitration_window_ms,
    bump_window_seconds: Math.round(s.bump_window_ms / 1000),
    hold_ttl_default_seconds: s.hold_ttl_default_seconds,
    hold_ttl_min_seconds: s.hold_ttl_min_seconds,
    hold_ttl_max_seconds: s.hold_ttl_max_seconds,
    ...(s.external_busy !== undefined ? { external_busy: s.external_busy } : {}),
  };
}

type SettingsUpdate = Partial<ReturnType<typeof settingsView>>;

/** Spec settings update → engine settings patch, field by field: nothing outside the named fields passes. */
function settingsPatch(update: SettingsUpdate | undefined, timeZone?: string): Partial<CalendarSettings> {
  const u = update ?? {};
  const patch: Partial<CalendarSettings> = {
    time_zone: timeZone,
    arbitration_window_ms: u.arbitration_window_ms,
    bump_window_ms: u.bump_window_seconds === undefined ? undefined : u.bump_window_seconds * 1000,
    hold_ttl_default_seconds: u.hold_ttl_default_seconds,
    hold_ttl_min_seconds: u.hold_ttl_min_seconds,
    hold_ttl_max_seconds: u.hold_ttl_max_seconds,
    external_busy: u.external_busy,
  };
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

/**
 * An engine field name (`rules[0].hours[1].close`, `settings.bump_window_ms`, `priority`) as the JSON
 * pointer of the request field it came from (`/rules/0/hours/1/close`, `/settings/bump_window_seconds`,
 * `/priority`), the form the schema validation reports.
 */
function requestPointer(field: string): string {
  const path = field.split(".");
  if (path[0] === "settings" && path[1] === "time_zone") path.shift(); // `time_zone` sits at the top of the request
  if (path[0] === "settings" && path[1] === "bump_window_ms") path[1] = "bump_window_seconds";
  return toPointer(path.join("."));
}

type DashboardOperation =
  | "getWorkspace"
  | "createAgent"
  | "listAgents"
  | "getAgent"
  | "updateAgent"
  | "revokeAgent"
  | "rotateAgentKey"
  | "listCalendars"
  | "createCalendar"
  | "updateCalendar"
  | "getRules"
  | "setRules";

export function dashboardHandlers(services: Services): Pick<Handlers, DashboardOperation> {
  const { db } = services;
  const state = (workspaceId: string) => services.stateOf(workspaceId);

  /** 400 once a workspace holds `limit` rows of a kind (a bound on everything an owner can grow). */
  async function withinQuota(workspaceId: string, table: QuotaTable, limit: number): Promise<void> {
    if ((await workspaceRowCount(db, table, workspaceId)) >= limit) {
      throw invalid(`a workspace has at most ${limit} ${table}`, [{ field: "/", message: `the workspace's ${table} quota is reached` }]);
    }
  }

  const agentView = (row: AgentRow, mailHandle: string) => ({
    agent_id: row.agent_id,
    name: row.name,
    priority: getAgent(state(row.workspace_id), row.agent_id)!.priority,
    scopes: JSON.parse(row.scopes) as Schemas["Scope"][],
    calendar_id: row.calendar_id,
    mailbox_address: mailboxAddress(row.name, mailHandle, services.settings.mailDomain),
    revoked: Boolean(Number(row.revoked)),
    created_at: iso(Number(row.created_at)),
  });

  async function agentRow(input: Input): Promise<AgentRow> {
    const row = await agentOf(db, input.user!.workspace_id, input.path.agent_id!);
    if (!row) throw new ApiError("not_found", `no agent ${input.path.agent_id}`);
    return row;
  }

  async function calendarView(calendarId: string, workspaceId: string) {
    const row = await calendarRow(db, workspaceId, calendarId);
    const cal = getCalendar(state(workspaceId), calendarId);
    if (!row || !cal) throw new ApiError("not_found", `no calendar ${calendarId}`);
    return {
      calendar_id: calendarId,
      name: row.name,
      time_zone: cal.settings.time_zone,
      is_default: Boolean(Number(row.is_default)),
      settings: settingsView(cal.settings),
      created_at: iso(Number(row.created_at)),
    };
  }

  /** Runs an owner command; an engine rejection becomes the matching problem (another workspace's resource: 404). */
  async function ownerCommand(
    input: Input,
    command: (seq: number, at: number) => Command,
    sideEffects?: (tx: Queryable, at: number) => Promise<void>,
  ) {
    const executed = await services.ledgers.execute(
      input.user!.workspace_id,
      (seq, at) => ({ command: command(seq, at), ctx: input.commandContext(input.user!.workspace_id) }),
      async (tx, done) => {
        const reply = done.decision!.reply;
        if (reply.kind === "rejected") return reply.rejection;
        await sideEffects?.(tx, done.logged.command.at);
        return undefined;
      },
    );
    const rejection = executed.result;
    if (!rejection) return;
    if (rejection.code !== "invalid_request") throw new ApiError("not_found", rejection.message);
    const errors = (rejection.field_errors ?? []).map((e) => ({ ...e, field: requestPointer(e.field) }));
    throw new ApiError("invalid_request", rejection.message, { errors });
  }

  return {
    getWorkspace: async ({ user }) => {
      const defaultCalendarId = await defaultCalendarOf(db, user!.workspace_id);
      return {
        status: 200,
        body: { workspace_id: user!.workspace_id, user_id: user!.user_id, email: user!.email, default_calendar_id: defaultCalendarId! },
      };
    },

    createAgent: async (input) => {
      const ws = input.user!.workspace_id;
      const { body } = input;
      const calendarId = body.calendar_id ?? (await defaultCalendarOf(db, ws))!;
      if (getCalendar(state(ws), calendarId)?.workspace_id !== ws) throw new ApiError("not_found", `no calendar ${calendarId}`);
      await withinQuota(ws, "agents", MAX_AGENTS_PER_WORKSPACE);
      if (await agentNameTaken(db, ws, body.name)) {
        throw invalid(`an agent named ${body.name} already exists`, [{ field: "/name", message: "is already used in this workspace" }]);
      }
      const agentId = newId("agt");
      const key = newApiKey();
      const scopes = [...new Set(body.scopes)];
      await ownerCommand(
        input,
        (seq, at) => ({ type: "agent.upsert", seq, at, agent_id: agentId, workspace_id: ws, priority: body.priority }),
        async (tx, at) => {
          await insertAgent(tx, {
            agent_id: agentId,
            workspace_id: ws,
            calendar_id: calendarId,
            name: body.name,
            scopes,
            key_hash: services.hasher.hash(key),
            created_at: at,
          });
        },
      );
      const row = await agentOf(db, ws, agentId);
      return { status: 201, body: { ...agentView(row!, input.user!.mail_handle), plaintext_key: key } };
    },

    listAgents: async ({ user }) => {
      const rows = await agentsOf(db, user!.workspace_id);
      return { status: 200, body: { data: rows.map((r) => agentView(r, user!.mail_handle)) } };
    },

    getAgent: async (input) => ({ status: 200, body: agentView(await agentRow(input), input.user!.mail_handle) }),

    updateAgent: async (input) => {
      const row = await agentRow(input);
      const { body } = input;
      const priority = body.priority ?? getAgent(state(row.workspace_id), row.agent_id)!.priority;
      await ownerCommand(
        input,
        (seq, at) => ({ type: "agent.upsert", seq, at, agent_id: row.agent_id, workspace_id: row.workspace_id, priority }),
        async (tx) => {
          await updateAgentGrants(
            tx,
            row.workspace_id,
            row.agent_id,
            body.scopes ? [...new Set(body.scopes)] : (JSON.parse(row.scopes) as Schemas["Scope"][]),
          );
        },
      );
      return { status: 200, body: agentView(await agentRow(input), input.user!.mail_handle) };
    },

    revokeAgent: async (input) => {
      const row = await agentRow(input);
      await ownerCommand(
        input,
        (seq, at) => ({ type: "agent.upsert", seq, at, agent_id: row.agent_id, workspace_id: row.workspace_id, revoked: true }),
        async (tx) => {
          await revokeAgentRow(tx, row.workspace_id, row.agent_id);
        },
      );
      return { status: 200, body: agentView(await agentRow(input), input.user!.mail_handle) };
    },

    rotateAgentKey: async (input) => {
      const row = await agentRow(input);
      if (Number(row.revoked))
        throw invalid("a revoked agent's key cannot be rotated", [{ field: "path.agent_id", message: "is revoked" }]);
      const key = newApiKey();
      await services.ledgers.execute(
        row.workspace_id,
        (seq, at) => ({
          command: { type: "audit.note", seq, at, action: "agent.key_rotated", resource: row.agent_id, outcome: {} },
          ctx: input.commandContext(row.workspace_id),
        }),
        async (tx) => {
          await setAgentKeyHash(tx, row.workspace_id, row.agent_id, services.hasher.hash(key));
        },
      );
      return { status: 200, body: { ...agentView(await agentRow(input), input.user!.mail_handle), plaintext_key: key } };
    },

    listCalendars: async ({ user }) => {
      const ids = await calendarIdsOf(db, user!.workspace_id);
      return { status: 200, body: { data: await Promise.all(ids.map((id) => calendarView(id, user!.workspace_id))) } };
    },

    createCalendar: async (input) => {
      const ws = input.user!.workspace_id;
      const { body } = input;
      await withinQuota(ws, "calendars", MAX_CALENDARS_PER_WORKSPACE);
      const calendarId = newId("cal");
      await ownerCommand(
        input,
        (seq, at) => ({
          type: "calendar.configure",
          seq,
          at,
          calendar_id: calendarId,
          workspace_id: ws,
          settings: settingsPatch(undefined, body.time_zone),
        }),
        async (tx, at) => {
          await insertCalendar(tx, { calendar_id: calendarId, workspace_id: ws, name: body.name, is_default: false, created_at: at });
        },
      );
      return { status: 201, body: await calendarView(calendarId, ws) };
    },

    updateCalendar: async (input) => {
      const ws = input.user!.workspace_id;
      const calendarId = input.path.calendar_id;
      await calendarView(calendarId, ws);
      const { body } = input;
      await ownerCommand(
        input,
        (seq, at) => ({
          type: "calendar.configure",
          seq,
          at,
          calendar_id: calendarId,
          workspace_id: ws,
          settings: settingsPatch(body.settings, body.time_zone),
        }),
        async (tx) => {
          if (body.name !== undefined) await renameCalendar(tx, ws, calendarId, body.name);
        },
      );
      return { status: 200, body: await calendarView(calendarId, ws) };
    },

    getRules: async ({ user, path }) => {
      await calendarView(path.calendar_id, user!.workspace_id);
      return { status: 200, body: { rules: getCalendar(state(user!.workspace_id), path.calendar_id)!.rules } };
    },

    setRules: async (input) => {
      const calendarId = input.path.calendar_id;
      await calendarView(calendarId, input.user!.workspace_id);
      const { rules } = input.body;
      await ownerCommand(input, (seq, at) => ({ type: "rules.set", seq, at, calendar_id: calendarId, rules }));
      return { status: 200, body: { rules: getCalendar(state(input.user!.workspace_id), calendarId)!.rules } };
    },
  };
}
