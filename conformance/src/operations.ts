// The protocol's operations by operationId (spec/openapi.yaml): how a scenario step that names an
// `operation` becomes an HTTP request, and which credentials it carries. A test keeps this table
// equal to the spec.
export type AuthKind = "agent" | "owner" | "none";

export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path template with `{param}` placeholders. */
  path: string;
  /** Credentials the spec asks for: an agent's Bearer key, the owner's session cookie, or none. */
  auth: AuthKind;
}

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  health: { method: "GET", path: "/healthz", auth: "none" },
  getCurrentAgent: { method: "GET", path: "/v1/agents/me", auth: "agent" },
  listAuditEvents: { method: "GET", path: "/v1/audit", auth: "agent" },
  getAuditCheckpoint: { method: "GET", path: "/v1/audit/checkpoint", auth: "agent" },
  getAuditConsistencyProof: { method: "GET", path: "/v1/audit/consistency", auth: "agent" },
  getAuditInclusionProof: { method: "GET", path: "/v1/audit/events/{event_id}/inclusion", auth: "agent" },
  logout: { method: "POST", path: "/v1/auth/logout", auth: "owner" },
  requestMagicLink: { method: "POST", path: "/v1/auth/magic-link", auth: "none" },
  verifyMagicLink: { method: "POST", path: "/v1/auth/verify", auth: "none" },
  getAvailability: { method: "GET", path: "/v1/availability", auth: "agent" },
  createBooking: { method: "POST", path: "/v1/bookings", auth: "agent" },
  listBookings: { method: "GET", path: "/v1/bookings", auth: "agent" },
  getBooking: { method: "GET", path: "/v1/bookings/{booking_id}", auth: "agent" },
  cancelBooking: { method: "POST", path: "/v1/bookings/{booking_id}/cancel", auth: "agent" },
  commitHold: { method: "POST", path: "/v1/bookings/{booking_id}/commit", auth: "agent" },
  releaseHold: { method: "POST", path: "/v1/bookings/{booking_id}/release", auth: "agent" },
  createAgent: { method: "POST", path: "/v1/dashboard/agents", auth: "owner" },
  listAgents: { method: "GET", path: "/v1/dashboard/agents", auth: "owner" },
  getAgent: { method: "GET", path: "/v1/dashboard/agents/{agent_id}", auth: "owner" },
  updateAgent: { method: "PATCH", path: "/v1/dashboard/agents/{agent_id}", auth: "owner" },
  revokeAgent: { method: "POST", path: "/v1/dashboard/agents/{agent_id}/revoke", auth: "owner" },
  rotateAgentKey: { method: "POST", path: "/v1/dashboard/agents/{agent_id}/rotate-key", auth: "owner" },
  listCalendars: { method: "GET", path: "/v1/dashboard/calendars", auth: "owner" },
  createCalendar: { method: "POST", path: "/v1/dashboard/calendars", auth: "owner" },
  updateCalendar: { method: "PATCH", path: "/v1/dashboard/calendars/{calendar_id}", auth: "owner" },
  getRules: { method: "GET", path: "/v1/dashboard/calendars/{calendar_id}/rules", auth: "owner" },
  setRules: { method: "PUT", path: "/v1/dashboard/calendars/{calendar_id}/rules", auth: "owner" },
  listWebhooks: { method: "GET", path: "/v1/dashboard/webhooks", auth: "owner" },
  createWebhook: { method: "POST", path: "/v1/dashboard/webhooks", auth: "owner" },
  deleteWebhook: { method: "DELETE", path: "/v1/dashboard/webhooks/{webhook_id}", auth: "owner" },
  getWorkspace: { method: "GET", path: "/v1/dashboard/workspace", auth: "owner" },
  receiveInboundMail: { method: "POST", path: "/v1/mailbox/inbound", auth: "none" },
  listMessages: { method: "GET", path: "/v1/mailbox/messages", auth: "agent" },
  sendMessage: { method: "POST", path: "/v1/mailbox/messages", auth: "agent" },
  getMessage: { method: "GET", path: "/v1/mailbox/messages/{message_id}", auth: "agent" },
};

export function operation(id: string): Operation {
  const op = OPERATIONS[id];
  if (!op) throw new Error(`unknown operation ${JSON.stringify(id)}`);
  return op;
}
