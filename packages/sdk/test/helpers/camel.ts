// An independent reference for the SDK's key conversion: snake_case keys → camelCase, deeply,
// except inside `metadata`, `request` and `outcome`.
export function expectedCamel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expectedCamel);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k.replace(/_(.)/g, (_, c: string) => c.toUpperCase()),
      ["metadata", "request", "outcome"].includes(k) ? v : expectedCamel(v),
    ]),
  );
}
