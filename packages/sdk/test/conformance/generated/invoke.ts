// generated — do not edit. Source: spec/ (run `pnpm generate`).
// The TypeScript executor's operationId → SDK call mapping (tools/src/executors.ts).
import { snakeize, type AgentDraft, type Page } from "../../../src/index.ts";
import type { AuditListParams, AvailabilityGetParams, AvailabilityListParams, BookingListParams, BookingsGetParams, CancelParams, CommitParams, ConsistencyProofParams, HoldParams, InclusionProofParams, MailboxListParams, SendParams } from "../../../src/generated/resources.ts";
import type { SdkCall } from "../adapter.ts";

type Any = Record<string, unknown>;

/** What a step may carry to go through the SDK, per operation the SDKs cover. */
export interface StepShape {
  /** The SDK methods, for reports. */
  methods: string;
  query: string[];
  requiredQuery: string[];
  /** Body fields an SDK argument carries (undefined: the call takes no body). */
  body: string[] | undefined;
  requiredBody: string[];
  /** Body fields a method sets itself, and the values the methods cover. */
  fixed: Record<string, unknown[]>;
}

export const SDK_STEPS: Readonly<Record<string, StepShape>> = {
  getCurrentAgent: { methods: "agents.me", query: [], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  listAuditEvents: { methods: "audit.list", query: ["resource","limit","cursor"], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  getAuditCheckpoint: { methods: "audit.checkpoint", query: [], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  getAuditConsistencyProof: { methods: "audit.consistencyProof", query: ["from_size","to_size"], requiredQuery: ["from_size"], body: undefined, requiredBody: [], fixed: {} },
  getAuditInclusionProof: { methods: "audit.inclusionProof", query: ["tree_size"], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  getAvailability: { methods: "availability.list / availability.get", query: ["range_start","range_end","duration_minutes","calendar_id","time_zone"], requiredQuery: ["range_start","range_end"], body: undefined, requiredBody: [], fixed: {} },
  listBookings: { methods: "bookings.list", query: ["status","agent_id","calendar_id","range_start","range_end","time_zone","limit","cursor"], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  createBooking: { methods: "bookings.commit / bookings.hold", query: [], requiredQuery: [], body: ["start","end","metadata","calendar_id","hold_ttl_seconds","mode"], requiredBody: ["start","end"], fixed: {"mode":["commit","hold"]} },
  getBooking: { methods: "bookings.get", query: ["time_zone"], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  cancelBooking: { methods: "bookings.cancel", query: [], requiredQuery: [], body: ["reason"], requiredBody: [], fixed: {} },
  commitHold: { methods: "bookings.commit", query: [], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  releaseHold: { methods: "bookings.release", query: [], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  listMessages: { methods: "mailbox.list", query: ["direction","limit","cursor"], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
  sendMessage: { methods: "mailbox.send", query: [], requiredQuery: [], body: ["to","subject","text","html","in_reply_to","booking_id"], requiredBody: ["to","subject","text"], fixed: {} },
  getMessage: { methods: "mailbox.get", query: [], requiredQuery: [], body: undefined, requiredBody: [], fixed: {} },
};

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
const num = (v: unknown): number | undefined => (v === undefined || v === null ? undefined : Number(v));

function pageBody(page: Page<unknown>): Any {
  return { data: page.data.map((x) => snakeize(x as Any)), has_more: page.hasMore, ...(page.nextCursor !== undefined ? { next_cursor: page.nextCursor } : {}) };
}

/** Runs one step through the SDK; the result in wire (snake_case) form. */
export async function invoke(client: AgentDraft, c: SdkCall): Promise<unknown> {
  const q = c.query as Any;
  const b = (c.body ?? {}) as Any;
  const key = c.idempotencyKey;
  switch (c.operation) {
    case "getCurrentAgent":
      return snakeize(await client.agents.me());
    case "listAuditEvents":
      return pageBody((
        await client.audit.list({
          resource: str(q.resource) as AuditListParams["resource"],
          limit: num(q.limit) as AuditListParams["limit"],
          cursor: str(q.cursor) as AuditListParams["cursor"],
        })) as Page<unknown>,
      );
    case "getAuditCheckpoint":
      return snakeize(await client.audit.checkpoint());
    case "getAuditConsistencyProof":
      return snakeize(
        await client.audit.consistencyProof({
          fromSize: num(q.from_size) as ConsistencyProofParams["fromSize"],
          toSize: num(q.to_size) as ConsistencyProofParams["toSize"],
        }),
      );
    case "getAuditInclusionProof":
      return snakeize(
        await client.audit.inclusionProof(String(c.path.event_id), {
          treeSize: num(q.tree_size) as InclusionProofParams["treeSize"],
        }),
      );
    case "getAvailability":
      return snakeize(
        await client.availability.get({
          start: str(q.range_start) as AvailabilityGetParams["start"],
          end: str(q.range_end) as AvailabilityGetParams["end"],
          durationMinutes: num(q.duration_minutes) as AvailabilityGetParams["durationMinutes"],
          calendarId: str(q.calendar_id) as AvailabilityGetParams["calendarId"],
          timeZone: str(q.time_zone) as AvailabilityGetParams["timeZone"],
        }),
      );
    case "listBookings":
      return pageBody((
        await client.bookings.list({
          status: q.status as BookingListParams["status"],
          agentId: str(q.agent_id) as BookingListParams["agentId"],
          calendarId: str(q.calendar_id) as BookingListParams["calendarId"],
          start: str(q.range_start) as BookingListParams["start"],
          end: str(q.range_end) as BookingListParams["end"],
          timeZone: str(q.time_zone) as BookingListParams["timeZone"],
          limit: num(q.limit) as BookingListParams["limit"],
          cursor: str(q.cursor) as BookingListParams["cursor"],
        })) as Page<unknown>,
      );
    case "createBooking":
      if (b.mode === "hold") {
        return snakeize(
          await client.bookings.hold({
            start: str(b.start) as HoldParams["start"],
            end: str(b.end) as HoldParams["end"],
            ttlSeconds: num(b.hold_ttl_seconds) as HoldParams["ttlSeconds"],
            idempotencyKey: key,
            metadata: b.metadata as HoldParams["metadata"],
            calendarId: str(b.calendar_id) as HoldParams["calendarId"],
          }),
        );
      }
      return snakeize(
        await client.bookings.commit({
          start: str(b.start) as CommitParams["start"],
          end: str(b.end) as CommitParams["end"],
          idempotencyKey: key,
          metadata: b.metadata as CommitParams["metadata"],
          calendarId: str(b.calendar_id) as CommitParams["calendarId"],
        }),
      );
    case "getBooking":
      return snakeize(
        await client.bookings.get(String(c.path.booking_id), {
          timeZone: str(q.time_zone) as BookingsGetParams["timeZone"],
        }),
      );
    case "cancelBooking":
      return snakeize(
        await client.bookings.cancel(String(c.path.booking_id), {
          reason: str(b.reason) as CancelParams["reason"],
          idempotencyKey: key,
        }),
      );
    case "commitHold":
      return snakeize(await client.bookings.commit(String(c.path.booking_id), { idempotencyKey: key }));
    case "releaseHold":
      return snakeize(await client.bookings.release(String(c.path.booking_id), { idempotencyKey: key }));
    case "listMessages":
      return pageBody((
        await client.mailbox.list({
          direction: q.direction as MailboxListParams["direction"],
          limit: num(q.limit) as MailboxListParams["limit"],
          cursor: str(q.cursor) as MailboxListParams["cursor"],
        })) as Page<unknown>,
      );
    case "sendMessage":
      return snakeize(
        await client.mailbox.send({
          to: b.to as SendParams["to"],
          subject: str(b.subject) as SendParams["subject"],
          text: str(b.text) as SendParams["text"],
          html: str(b.html) as SendParams["html"],
          inReplyTo: str(b.in_reply_to) as SendParams["inReplyTo"],
          bookingId: str(b.booking_id) as SendParams["bookingId"],
          idempotencyKey: key,
        }),
      );
    case "getMessage":
      return snakeize(await client.mailbox.get(String(c.path.message_id)));
    default:
      throw new Error(`no SDK mapping for ${c.operation}`);
  }
}
