// Arbitration (docs/protocol.md §3.2–§3.5): who wins an overlap, and when a batch may close early.
import type { Booking, BookingMode, Rejection } from "./types.ts";

/** A contender in priority order: lower priority number first, then earlier seq, then agent id. */
export interface Ranked {
  priority: number;
  seq: number;
  agent_id: string;
}

export function compareRank(a: Ranked, b: Ranked): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.agent_id < b.agent_id ? -1 : a.agent_id > b.agent_id ? 1 : 0;
}

/** The write being judged against one existing active booking. */
export interface Contender {
  priority: number;
  mode: BookingMode;
  at: number;
}

export type Verdict =
  | { kind: "invalidate" } // B is a hold and gives way (becomes INVALIDATED)
  | { kind: "evict" } // B is a young commit and gives way (becomes EVICTED)
  | { kind: "reject"; code: "outranked" | "slot_taken" | "booking_frozen" };

/** Decides a write W against one overlapping active booking B. */
export function judge(w: Contender, b: Booking, bumpWindowMs: number): Verdict {
  if (b.agent_priority < w.priority) return { kind: "reject", code: "outranked" };
  if (b.status === "HELD") {
    return w.mode === "commit" ? { kind: "invalidate" } : { kind: "reject", code: "slot_taken" };
  }
  // B is COMMITTED and W's priority is the same or higher.
  if (b.agent_priority === w.priority) return { kind: "reject", code: "slot_taken" };
  if (w.mode === "hold") return { kind: "reject", code: "slot_taken" }; // a hold never bumps a commit
  const age = w.at - bumpClockStart(b);
  return age < bumpWindowMs ? { kind: "evict" } : { kind: "reject", code: "booking_frozen" };
}

/**
 * When a commit's bump window started: its commit, or its last move if later. A move restarts the
 * window on purpose (issue 18): the booking is new at its new interval, so moving a frozen commit of
 * a low-priority agent into a contested slot makes it as evictable there as a fresh commit would be;
 * otherwise move would let an agent slip a booking past the bump window that a plain cancel-and-book
 * could not.
 */
function bumpClockStart(b: Booking): number {
  const committed = b.committed_at ?? b.created_at;
  return b.moved_at !== undefined && b.moved_at > committed ? b.moved_at : committed;
}

const MESSAGES: Record<"outranked" | "slot_taken" | "booking_frozen", string> = {
  outranked: "an overlapping booking belongs to a higher-priority agent",
  slot_taken: "the interval is already booked",
  booking_frozen: "the overlapping commit is older than the bump window and can no longer be evicted",
};

export function conflictRejection(code: "outranked" | "slot_taken" | "booking_frozen", winner: Booking): Rejection {
  return {
    code,
    message: MESSAGES[code],
    winning_agent_id: winner.agent_id,
    winning_agent_priority: winner.agent_priority,
    winning_booking_id: winner.booking_id,
  };
}

/**
 * For the shell's arbitration window: a batch may be decided now when no agent that could
 * outrank its best write can still arrive. A later arrival with the same priority loses the
 * tie on seq, so only strictly higher priorities (smaller numbers) keep the window open.
 *
 * @param agentPriorities priorities of the calendar's active (non-revoked) agents
 * @param batchPriorities priorities of the writes collected so far for the interval
 */
export function canCloseEarly(agentPriorities: readonly number[], batchPriorities: readonly number[]): boolean {
  if (batchPriorities.length === 0) return false;
  const best = Math.min(...batchPriorities);
  return agentPriorities.every((p) => p >= best);
}
