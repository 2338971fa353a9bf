// The right edge of an RFC 6962 Merkle tree: the roots of its perfect subtrees, largest first (one
// per set bit of the size). Appending a leaf merges equal-sized subtrees like a binary carry, so a
// checkpoint's root costs O(log n) whatever the size of the log, and the frontier is all a process
// keeps in memory of a workspace's audit tree (proofs read the leaf hashes from the store).
import { emptyRoot, nodeHash } from "./merkle.ts";

export interface FrontierJson {
  size: number;
  /** Hex roots of the perfect subtrees, largest first. */
  nodes: string[];
}

export class MerkleFrontier {
  private sizeValue: number;
  /** Perfect subtree roots, largest (leftmost) first; node i covers 2^(bit i of size) leaves. */
  private readonly nodes: Uint8Array[];

  private constructor(size: number, nodes: Uint8Array[]) {
    this.sizeValue = size;
    this.nodes = nodes;
  }

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  static fromJson(json: FrontierJson): MerkleFrontier {
    let bits = 0;
    for (let n = json.size; n > 0; n = Math.floor(n / 2)) bits += n % 2;
    if (!Number.isSafeInteger(json.size) || json.size < 0 || json.nodes.length !== bits) {
      throw new RangeError(`a frontier of size ${json.size} has ${bits} nodes, not ${json.nodes.length}`);
    }
    return new MerkleFrontier(
      json.size,
      json.nodes.map((h) => Buffer.from(h, "hex")),
    );
  }

  toJson(): FrontierJson {
    return { size: this.sizeValue, nodes: this.nodes.map((n) => Buffer.from(n).toString("hex")) };
  }

  get size(): number {
    return this.sizeValue;
  }

  copy(): MerkleFrontier {
    return new MerkleFrontier(this.sizeValue, [...this.nodes]);
  }

  /** Appends one leaf hash (already leaf-hashed). */
  append(leaf: Uint8Array): void {
    let node = leaf;
    // Each trailing 1 bit of the old size is a subtree of the same height as the carry: merge them.
    for (let n = this.sizeValue; n % 2 === 1; n = (n - 1) / 2) node = nodeHash(this.nodes.pop()!, node);
    this.nodes.push(node);
    this.sizeValue++;
  }

  /** MTH of the leaves appended so far: the subtrees folded from the right (RFC 6962 §2.1). */
  root(): Uint8Array {
    if (this.nodes.length === 0) return emptyRoot();
    let acc = this.nodes.at(-1)!;
    for (let i = this.nodes.length - 2; i >= 0; i--) acc = nodeHash(this.nodes[i]!, acc);
    return Buffer.from(acc);
  }
}
