// The incremental Merkle frontier gives the RFC 6962 root of every prefix, and survives JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyRoot, leafHash, MerkleFrontier, rootHash } from "../../src/audit/index.ts";

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe("Merkle frontier", () => {
  it("matches rootHash for every size up to 130", () => {
    const all = leaves(130);
    const f = MerkleFrontier.empty();
    expect(Buffer.from(f.root())).toEqual(Buffer.from(emptyRoot()));
    for (let n = 1; n <= all.length; n++) {
      f.append(all[n - 1]!);
      expect(f.size).toBe(n);
      expect(Buffer.from(f.root()).toString("hex"), `size ${n}`).toBe(Buffer.from(rootHash(all.slice(0, n))).toString("hex"));
    }
  });

  it("round-trips through JSON, and a copy grows on its own", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 10 }), (n, more) => {
        const all = leaves(n + more);
        const f = MerkleFrontier.empty();
        for (const l of all.slice(0, n)) f.append(l);
        const back = MerkleFrontier.fromJson(JSON.parse(JSON.stringify(f.toJson())));
        const copy = f.copy();
        for (const l of all.slice(n)) back.append(l);
        expect(Buffer.from(back.root())).toEqual(Buffer.from(rootHash(all)));
        expect(Buffer.from(copy.root())).toEqual(Buffer.from(rootHash(all.slice(0, n))));
      }),
    );
  });

  it("refuses a frontier whose node count does not fit its size", () => {
    expect(() => MerkleFrontier.fromJson({ size: 3, nodes: ["00"] })).toThrow(RangeError);
  });
});
