/** Small shared helpers for the audit tests. */
export const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
export const unhex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, "hex"));
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Copy of `bytes` with bit `bit` of byte `at` flipped. */
export function flipBit(bytes: Uint8Array, at: number, bit = 0): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ (1 << bit);
  return copy;
}

/** Every single-byte corruption of every element of a proof. */
export function* corruptedProofs(proof: readonly Uint8Array[]): Generator<Uint8Array[]> {
  for (let e = 0; e < proof.length; e++) {
    const element = proof[e]!;
    for (let at = 0; at < element.length; at++) {
      const copy = proof.slice();
      copy[e] = flipBit(element, at, at % 8);
      yield copy;
    }
  }
}

/** Structural manglings of a proof: truncated, extended, prefixed, reordered, element-dropped. */
export function* mangledProofs(proof: readonly Uint8Array[], extra: Uint8Array): Generator<[string, Uint8Array[]]> {
  yield ["appended hash", [...proof, extra]];
  yield ["prepended hash", [extra, ...proof]];
  yield ["appended empty", [...proof, new Uint8Array(0)]];
  if (proof.length > 0) {
    yield ["empty proof", []];
    yield ["last removed", proof.slice(0, -1)];
    yield ["first removed", proof.slice(1)];
    yield ["first duplicated", [proof[0]!, ...proof]];
    yield ["short element", [proof[0]!.subarray(0, 31), ...proof.slice(1)]];
  }
  if (proof.length > 1) {
    yield ["reversed", proof.slice().reverse()];
    yield ["first two swapped", [proof[1]!, proof[0]!, ...proof.slice(2)]];
    yield ["inserted element", [proof[0]!, extra, ...proof.slice(1)]];
  }
}
