/** Version of this package: `pnpm --filter @agentdraft/sdk sync-version` copies it from package.json (a test checks). */
export const VERSION = "0.1.0";

/** Value of the `X-AgentDraft-Client` header (browsers forbid setting `User-Agent`). */
export const CLIENT_HEADER_VALUE = `agentdraft-ts/${VERSION}`;
