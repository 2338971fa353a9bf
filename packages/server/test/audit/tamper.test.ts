/**
 * Tamper detection end to end: a log of canonical events, signed checkpoints
 * held by a client, and proofs from a store that was edited afterwards.
 * Editing, deleting or reordering any stored event must make the proofs the
 * tampered store can produce fail against the checkpoints the client already
 * trusts (docs/protocol.md §4).
 */
import { describe, expect, it } from "vitest";
import {
  type AuditEvent,
  type Checkpoint,
  consistencyProof,
  eventLeafHash,
  inclusionProof,
  rootHash,
  signCheckpoint,
  signingKeyFrom,
  verifierKey,
} from "../../src/audit/index.ts";
import { hex } from "./helpers.ts";
import { verifyCheckpoint, verifyConsistencyProof, verifyInclusionProof } from "../../../audit/src/index.ts";

const ORIGIN = "agentdraft.example/audit/ws_tamper";
const KEY = signingKeyFrom(Uint8Array.from({ length: 32 }, (_, i) => 0xa0 + i));
const VKEY = verifierKey(ORIGIN, KEY.publicKey);

/** A checkpoint verified by the SDK (the one TypeScript verifier), as the { size, rootHash } this test holds. */
async function verified(note: string, options: { expectedOrigin?: string } = {}): Promise<Checkpoint> {
  const cp = await verifyCheckpoint(note, VKEY, options);
  return { origin: cp.origin, size: cp.treeSize, rootHash: cp.rootHash };
}

function makeEvent(seq: number): AuditEvent {
  return {
    event_id: `evt_${String(seq).padStart(4, "0")}`,
    seq,
    at: new Date(Date.UTC(2030, 0, 1, 9, 0, seq)).toISOString(),
    actor: seq % 3 === 0 ? { type: "user", user_id: "usr_admin" } : { type: "agent", agent_id: `agt_${seq % 4}` },
    action: seq % 2 === 0 ? "booking.committed" : "hold.created",
    resource: `bkg_${seq}`,
    request: { calendar_id: "cal_1", priority: 1 + (seq % 3), start: `2030-01-02T${String(seq % 24).padStart(2, "0")}:00:00Z` },
    outcome: { status: seq % 5 === 0 ? 409 : 201 },
  };
}

/** A toy "store": the events as persisted, from which proofs are computed. */
class Store {
  events: AuditEvent[];
  constructor(events: AuditEvent[]) {
    this.events = events.map((e) => structuredClone(e));
  }
  leaves(): Uint8Array[] {
    return this.events.map(eventLeafHash);
  }
  checkpoint(size = this.events.length): string {
    const cp: Checkpoint = { origin: ORIGIN, size, rootHash: rootHash(this.leaves().slice(0, size)) };
    return signCheckpoint(cp, ORIGIN, KEY.seed);
  }
  inclusion(index: number, size: number): Uint8Array[] {
    return inclusionProof(this.leaves(), index, size);
  }
  consistency(oldSize: number, newSize: number): Uint8Array[] {
    return consistencyProof(this.leaves(), oldSize, newSize);
  }
  append(...events: AuditEvent[]): void {
    this.events.push(...events.map((e) => structuredClone(e)));
  }
}

const N = 20;
const honestEvents = Array.from({ length: N }, (_, i) => makeEvent(i));
const later = Array.from({ length: 5 }, (_, i) => makeEvent(N + i));

/** What a client has kept from the honest log: checkpoints at sizes 5, 12 and 20. */
async function clientState() {
  const honest = new Store(honestEvents);
  const cp5 = await verified(honest.checkpoint(5), { expectedOrigin: ORIGIN });
  const cp12 = await verified(honest.checkpoint(12), { expectedOrigin: ORIGIN });
  const cp20 = await verified(honest.checkpoint(), { expectedOrigin: ORIGIN });
  // Inclusion receipts the client stored for every event against cp20.
  const receipts = honestEvents.map((e, i) => ({ event: e, index: i, proof: honest.inclusion(i, N) }));
  return { honest, cp5, cp12, cp20, receipts };
}

/** A client-side audit of a store against the checkpoints it holds. */
async function audit(store: Store, held: Checkpoint[]) {
  const latest = await verified(store.checkpoint(), { expectedOrigin: ORIGIN });
  const consistent = await Promise.all(
    held.map((cp) => verifyConsistencyProof(cp.size, latest.size, cp.rootHash, latest.rootHash, store.consistency(cp.size, latest.size))),
  );
  return { latest, consistent };
}

describe("honest log", () => {
  it("every event proves inclusion and every held checkpoint is consistent with the growing log", async () => {
    const { honest, cp5, cp12, cp20, receipts } = await clientState();
    for (const r of receipts) {
      expect(await verifyInclusionProof(eventLeafHash(r.event), r.index, cp20.size, r.proof, cp20.rootHash)).toBe(true);
    }
    honest.append(...later);
    const { latest, consistent } = await audit(honest, [cp5, cp12, cp20]);
    expect(latest.size).toBe(N + later.length);
    expect(consistent).toEqual([true, true, true]);
    // Old receipts remain checkable against the old checkpoint; new proofs against the new one.
    for (let i = 0; i < latest.size; i++) {
      const leaf = eventLeafHash(honest.events[i]!);
      expect(await verifyInclusionProof(leaf, i, latest.size, honest.inclusion(i, latest.size), latest.rootHash)).toBe(true);
    }
  });
});

describe("tampering", () => {
  it("editing one event's field is detected", async () => {
    const { honest, cp5, cp12, cp20, receipts } = await clientState();
    const tampered = new Store(honest.events);
    tampered.events[7]!.outcome.status = 409; // was 201

    // The edited event no longer matches the client's receipt...
    const r = receipts[7]!;
    expect(await verifyInclusionProof(eventLeafHash(tampered.events[7]!), 7, N, r.proof, cp20.rootHash)).toBe(false);
    // ...nor any proof the tampered store can produce for the trusted checkpoint.
    expect(await verifyInclusionProof(eventLeafHash(tampered.events[7]!), 7, N, tampered.inclusion(7, N), cp20.rootHash)).toBe(false);
    // The store's new root differs, so the honest receipts fail against its checkpoint.
    const forged = await verified(tampered.checkpoint());
    expect(hex(forged.rootHash)).not.toBe(hex(cp20.rootHash));
    expect(await verifyInclusionProof(eventLeafHash(r.event), 7, N, r.proof, forged.rootHash)).toBe(false);

    // Growing the tampered log cannot be proven consistent with checkpoints taken after the edit point.
    tampered.append(...later);
    const { consistent } = await audit(tampered, [cp5, cp12, cp20]);
    // cp5 predates event 7, so it is legitimately still a prefix; cp12 and cp20 are not.
    expect(consistent).toEqual([true, false, false]);
  });

  it("deleting one event is detected", async () => {
    const { honest, cp5, cp12, cp20, receipts } = await clientState();
    const tampered = new Store(honest.events);
    tampered.events.splice(9, 1);

    // Events after the gap shifted down one position: no proof for them verifies against cp20.
    const moved = eventLeafHash(honest.events[15]!);
    expect(hex(eventLeafHash(tampered.events[14]!))).toBe(hex(moved));
    const proof = tampered.inclusion(14, tampered.events.length);
    expect(await verifyInclusionProof(moved, 14, N, proof, cp20.rootHash)).toBe(false);
    expect(await verifyInclusionProof(moved, 15, N, proof, cp20.rootHash)).toBe(false);
    // The deleted event cannot be found in the store; its receipt fails against the store's checkpoint.
    const forged = await verified(tampered.checkpoint());
    expect(forged.size).toBe(N - 1);
    expect(await verifyInclusionProof(eventLeafHash(receipts[9]!.event), 9, N, receipts[9]!.proof, forged.rootHash)).toBe(false);
    expect(await verifyInclusionProof(moved, 15, N, receipts[15]!.proof, forged.rootHash)).toBe(false);

    // Padding the log back to (and past) the old size does not help.
    tampered.append(...later);
    const { latest, consistent } = await audit(tampered, [cp5, cp12, cp20]);
    expect(latest.size).toBe(N - 1 + later.length);
    expect(consistent).toEqual([true, false, false]);
    // Even a same-size rewrite (one extra event appended to refill position 19) differs from cp20.
    const refilled = new Store(honest.events);
    refilled.events.splice(9, 1);
    refilled.append(makeEvent(99));
    const same = await verified(refilled.checkpoint());
    expect(same.size).toBe(N);
    expect(await verifyConsistencyProof(N, N, cp20.rootHash, same.rootHash, [])).toBe(false);
  });

  it("swapping two events is detected", async () => {
    const { honest, cp5, cp12, cp20, receipts } = await clientState();
    const tampered = new Store(honest.events);
    const [a, b] = [tampered.events[10]!, tampered.events[11]!];
    tampered.events[10] = b;
    tampered.events[11] = a;

    const forged = await verified(tampered.checkpoint());
    expect(forged.size).toBe(N);
    expect(hex(forged.rootHash)).not.toBe(hex(cp20.rootHash));
    // Same-size checkpoints with different roots are inconsistent by definition.
    expect(await verifyConsistencyProof(N, N, cp20.rootHash, forged.rootHash, [])).toBe(false);
    // Each swapped event fails at its new position against the trusted checkpoint, and at its old one
    // against the forged checkpoint.
    expect(await verifyInclusionProof(eventLeafHash(a), 11, N, tampered.inclusion(11, N), cp20.rootHash)).toBe(false);
    expect(await verifyInclusionProof(eventLeafHash(b), 10, N, tampered.inclusion(10, N), cp20.rootHash)).toBe(false);
    expect(await verifyInclusionProof(eventLeafHash(a), 10, N, receipts[10]!.proof, forged.rootHash)).toBe(false);
    expect(await verifyInclusionProof(eventLeafHash(b), 11, N, receipts[11]!.proof, forged.rootHash)).toBe(false);

    tampered.append(...later);
    expect((await audit(tampered, [cp5, cp12, cp20])).consistent).toEqual([true, false, false]);
  });

  it("any single-event edit, deletion or adjacent swap anywhere changes the root", async () => {
    const honestRoot = hex(rootHash(honestEvents.map(eventLeafHash)));
    const roots = new Set<string>([honestRoot]);
    for (let i = 0; i < N; i++) {
      const edited = honestEvents.map((e) => structuredClone(e));
      edited[i]!.request.priority = 99;
      roots.add(hex(rootHash(edited.map(eventLeafHash))));

      const deleted = honestEvents.filter((_, j) => j !== i);
      roots.add(hex(rootHash(deleted.map(eventLeafHash))));

      if (i + 1 < N) {
        const swapped = honestEvents.slice();
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        roots.add(hex(rootHash(swapped.map(eventLeafHash))));
      }
    }
    expect(roots.size).toBe(1 + N + N + (N - 1));
  });
});
