// Authenticated API keys kept for a short while (docs/security.md §3), below the HTTP layer so the
// composition of services can own one.
/** How long an authenticated key is remembered on the embedded store (docs/security.md §3). */
export const AGENT_KEY_CACHE_TTL_MS = 2_000;
const AGENT_KEY_CACHE_MAX = 10_000;

/**
 * A short-lived cache of authenticated API keys, by key hash: a busy agent's requests skip the
 * lookup. Only keys that authenticated are kept (an unknown key costs its lookup each time, and
 * cannot fill the cache). A change to a workspace's agents committed by this process (revoke,
 * key rotation, new scopes) drops the workspace's entries before the change is answered, so it
 * holds at once. Only a store this process alone writes may use it (TTL 0 turns it off): a change
 * committed by another replica would otherwise hold here only after the TTL.
 */
export class AgentKeyCache<Agent extends { workspace_id: string } = { workspace_id: string }> {
  private readonly entries = new Map<string, { agent: Agent; until: number }>();
  /** Bumped by every invalidation: a lookup that raced one does not cache what it read. */
  private generation = 0;
  private readonly now: () => number;
  readonly ttlMs: number;

  constructor(now: () => number = Date.now, ttlMs = AGENT_KEY_CACHE_TTL_MS) {
    this.now = now;
    this.ttlMs = ttlMs;
  }

  get(keyHash: string): Agent | undefined {
    const hit = this.entries.get(keyHash);
    if (!hit) return undefined;
    if (hit.until > this.now()) return hit.agent;
    this.entries.delete(keyHash);
    return undefined;
  }

  /** The current generation, to pass to `set` after a lookup. */
  get mark(): number {
    return this.generation;
  }

  set(keyHash: string, agent: Agent, mark: number): void {
    if (mark !== this.generation || this.ttlMs <= 0) return;
    if (this.entries.size >= AGENT_KEY_CACHE_MAX) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(keyHash, { agent, until: this.now() + this.ttlMs });
  }

  /** Forgets every cached key of the workspace. */
  forgetWorkspace(workspaceId: string): void {
    this.generation++;
    for (const [hash, e] of this.entries) if (e.agent.workspace_id === workspaceId) this.entries.delete(hash);
  }
}
