import { camelize } from "../case.ts";
import type { RequestOptions } from "../request.ts";
import type { AgentIdentity } from "../types.ts";
import { Resource } from "./resource.ts";

/** The calling agent. */
export class Agents extends Resource {
  /** Who am I: the agent behind the API key (`GET /v1/agents/me`; needs no scope). */
  async me(options?: RequestOptions): Promise<AgentIdentity> {
    const data = await this.transport.call("GET", "/v1/agents/me", (init) => this.transport.api.GET("/v1/agents/me", init), options);
    return camelize(data);
  }
}
