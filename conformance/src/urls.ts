// The one URL builder: an operation of the spec, its path parameters and query, against a base URL.
import { operation } from "./operations.ts";

export interface BuiltUrl {
  url: string;
  /** The query parameters sent (absent and null ones dropped). */
  query: Record<string, unknown>;
}

/**
 * `base` + the operation's path with `{param}`s filled in (URL-encoded) + the query string (a list
 * is sent as the parameter repeated, OpenAPI's default `form` style). A missing path parameter is an error.
 */
export function operationUrl(
  base: string,
  operationId: string,
  pathParams: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): BuiltUrl {
  const op = operation(operationId);
  let urlPath = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (!(name in pathParams) || pathParams[name] === undefined) throw new Error(`${operationId} needs path parameter ${name}`);
    return encodeURIComponent(String(pathParams[name]));
  });
  const sent: Record<string, unknown> = {};
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    sent[k] = v;
    for (const x of Array.isArray(v) ? v : [v]) qs.append(k, String(x));
  }
  if ([...qs.keys()].length) urlPath += `?${qs.toString()}`;
  return { url: `${base.replace(/\/+$/, "")}${urlPath}`, query: sent };
}
