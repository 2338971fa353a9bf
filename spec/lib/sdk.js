// The `@sdk` and `@scope` decorators of spec/lib/sdk.tsp: they only attach OpenAPI extensions
// (`x-agentdraft-sdk`, `x-agentdraft-scope`) to the operation, which tools/ reads back.
import { getExtensions, setExtension } from "@typespec/openapi";

export const namespace = "AgentDraft";

/** Appends one SDK method to the operation's `x-agentdraft-sdk` list (in source order). */
export function $sdk(context, target, resource, method, options) {
  const existing = getExtensions(context.program, target).get("x-agentdraft-sdk") ?? [];
  const entry = { resource, method, ...(options ?? {}) };
  // Decorators run bottom-up: prepend, so the list reads in the order the decorators are written.
  setExtension(context.program, target, "x-agentdraft-sdk", [entry, ...existing]);
}

/** The API-key scope the operation requires (`x-agentdraft-scope`). */
export function $scope(context, target, scope) {
  setExtension(context.program, target, "x-agentdraft-scope", scope);
}
