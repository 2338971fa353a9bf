import { camelize } from "../case.ts";
import type { RequestOptions } from "../request.ts";
import { toInstant, type TimeInput } from "../time.ts";
import type { Availability as AvailabilityResult } from "../types.ts";
import { Resource } from "./resource.ts";

export interface AvailabilityListParams {
  /** Start of the range (inclusive). */
  start: TimeInput;
  /** End of the range (exclusive; at most 62 days after `start`). */
  end: TimeInput;
  /** Only return slots at least this long. */
  durationMinutes?: number;
  /** Calendar to query (default: the workspace's default calendar). */
  calendarId?: string;
}

/** Free/busy of a calendar, merged across every agent and rule. */
export class Availability extends Resource {
  /** Free slots and busy intervals in `[start, end)` (`GET /v1/availability`; `availability:read`). */
  async list(params: AvailabilityListParams, options?: RequestOptions): Promise<AvailabilityResult> {
    const query = {
      range_start: toInstant(params.start, "start"),
      range_end: toInstant(params.end, "end"),
      duration_minutes: params.durationMinutes,
      calendar_id: params.calendarId,
    };
    const data = await this.transport.call(
      "GET",
      "/v1/availability",
      (init) => this.transport.api.GET("/v1/availability", { params: { query }, ...init }),
      options,
    );
    return camelize(data);
  }
}
