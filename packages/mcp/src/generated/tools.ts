// generated — do not edit. Source: spec/ (run `pnpm generate`; tools/src/mcp-tools.ts).
// The MCP tools: schemas from the spec's models, annotations from each operation's method.

/** One SDK call a tool makes. `has_params`: the method takes a params object after its path ids (the idempotency key always goes in its options). */
export interface ToolCall {
  resource: string;
  method: string;
  path_params: string[];
  params: string[];
  has_params: boolean;
}

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** Scopes the tool's calls need. */
  scopes: string[];
  /** Writes accept (and return) `idempotency_key`. */
  write: boolean;
  annotations: { readOnlyHint: boolean; idempotentHint?: boolean; destructiveHint?: boolean; openWorldHint: boolean };
  calls: ToolCall[];
  inputSchema: Record<string, unknown> & { type: "object" };
  outputSchema: Record<string, unknown> & { type: "object" };
}

export type ToolName = "whoami" | "get_availability" | "create_hold" | "release_hold" | "commit_booking" | "cancel_booking" | "get_booking" | "list_bookings" | "verify_booking_audit";

/** Property names that hold an instant in some model: they get a `<name>_local` copy. */
export const instantFields: readonly string[] = ["at","committed_at","created_at","end","hold_expires_at","last_at","last_sync_at","last_used_at","next_poll_at","range_end","range_start","start"];

export const toolDefinitions: readonly ToolDefinition[] = [
  {
    "name": "whoami",
    "title": "Who am I",
    "description": "The calling agent: id, name, priority (1 is highest), scopes, calendar and mailbox.",
    "scopes": [],
    "write": false,
    "annotations": {
      "readOnlyHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "agents",
        "method": "me",
        "path_params": [],
        "params": [],
        "has_params": false
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "user_id",
        "calendar_id",
        "mailbox_address",
        "time_zone"
      ],
      "properties": {
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name."
        },
        "priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "availability:read",
              "bookings:read",
              "bookings:write",
              "mailbox:read",
              "mailbox:send",
              "audit:read"
            ],
            "description": "A permission granted to an agent's API key."
          },
          "description": "Scopes of the key in use."
        },
        "user_id": {
          "type": "string",
          "pattern": "^usr_[A-Za-z0-9_-]+$",
          "description": "The owner of the agent's workspace."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Default calendar."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        }
      },
      "description": "The calling agent."
    }
  },
  {
    "name": "get_availability",
    "title": "Get availability",
    "description": "Free slots and busy intervals of the calendar in [start, end), merged across every agent and rule. Call it before booking.",
    "scopes": [
      "availability:read"
    ],
    "write": false,
    "annotations": {
      "readOnlyHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "availability",
        "method": "get",
        "path_params": [],
        "params": [
          "start",
          "end",
          "duration_minutes",
          "calendar_id",
          "time_zone"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "duration_minutes": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1440,
          "description": "Only return slots at least this long."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Identifier of a calendar (`cal_…`)."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "required": [
        "start",
        "end"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "calendar_id",
        "range_start",
        "range_end",
        "slots",
        "busy",
        "time_zone"
      ],
      "properties": {
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "The calendar."
        },
        "range_start": {
          "type": "string",
          "format": "date-time",
          "description": "Start of the queried range."
        },
        "range_start_local": {
          "type": "string",
          "description": "`range_start` in `time_zone`, with its offset."
        },
        "range_end": {
          "type": "string",
          "format": "date-time",
          "description": "End of the queried range."
        },
        "range_end_local": {
          "type": "string",
          "description": "`range_end` in `time_zone`, with its offset."
        },
        "slots": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` as a local time in `time_zone`."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` as a local time in `time_zone`."
              },
              "time_zone": {
                "type": "string",
                "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
              }
            },
            "description": "A half-open interval `[start, end)`."
          },
          "description": "Maximal free intervals (each at least `duration_minutes` long when given), in order."
        },
        "busy": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "kind"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` as a local time in `time_zone`."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` as a local time in `time_zone`."
              },
              "time_zone": {
                "type": "string",
                "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
              },
              "kind": {
                "type": "string",
                "enum": [
                  "booking",
                  "hold",
                  "focus_block",
                  "outside_business_hours",
                  "external"
                ],
                "description": "What makes it busy."
              },
              "agent_id": {
                "type": "string",
                "pattern": "^agt_[A-Za-z0-9_-]+$",
                "description": "Agent owning the booking or hold."
              },
              "booking_id": {
                "type": "string",
                "pattern": "^bkg_[A-Za-z0-9_-]+$",
                "description": "The booking or hold."
              },
              "rule_id": {
                "type": "string",
                "description": "The rule, for rule-derived intervals."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The external source, for `external` intervals."
              }
            },
            "description": "A busy interval of the calendar."
          },
          "description": "Busy intervals, in order of start."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        }
      },
      "description": "Free slots and busy intervals of one calendar in a range, merged across every agent and rule."
    }
  },
  {
    "name": "create_hold",
    "title": "Hold a slot",
    "description": "Hold [start, end) for ttl_seconds (calendar default 30 s) without committing; then commit_booking with its booking_id, or release_hold.",
    "scopes": [
      "bookings:write"
    ],
    "write": true,
    "annotations": {
      "readOnlyHint": false,
      "idempotentHint": true,
      "destructiveHint": false,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "hold",
        "path_params": [],
        "params": [
          "start",
          "end",
          "ttl_seconds",
          "idempotency_key",
          "metadata",
          "calendar_id"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start; must carry an offset and not lie in the past. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end; after `start`, at most 24 h later. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "ttl_seconds": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 86400,
          "description": "TTL of a hold in seconds (calendar default 30, bounded by the calendar's settings)."
        },
        "idempotency_key": {
          "type": "string",
          "description": "Idempotency key of this write (1–255 characters); generated when absent and returned. Reuse it to retry safely."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Free-form metadata."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar to book on; defaults to the workspace's default calendar."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "required": [
        "start",
        "end"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "booking_id",
        "calendar_id",
        "agent_id",
        "agent_priority",
        "status",
        "start",
        "end",
        "metadata",
        "audit_event_id",
        "created_at",
        "time_zone",
        "idempotency_key"
      ],
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking id."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar the booking is on."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Current state."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start."
        },
        "start_local": {
          "type": "string",
          "description": "`start` as a local time in `time_zone`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end."
        },
        "end_local": {
          "type": "string",
          "description": "`end` as a local time in `time_zone`."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "type": "string",
          "format": "date-time",
          "description": "When a hold stops blocking (holds only)."
        },
        "hold_expires_at_local": {
          "type": "string",
          "description": "`hold_expires_at` in `time_zone`, with its offset."
        },
        "committed_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was committed."
        },
        "committed_at_local": {
          "type": "string",
          "description": "`committed_at` in `time_zone`, with its offset."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "type": "string",
          "pattern": "^src_[A-Za-z0-9_-]+$",
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "type": "string",
          "pattern": "^evt_[A-Za-z0-9_-]+$",
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was created."
        },
        "created_at_local": {
          "type": "string",
          "description": "`created_at` in `time_zone`, with its offset."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "source_id"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` in `time_zone`, with its offset."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` in `time_zone`, with its offset."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The source it came from."
              }
            },
            "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The idempotency key used (replay it to retry safely)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    }
  },
  {
    "name": "release_hold",
    "title": "Release a hold",
    "description": "Release the caller's own hold by booking_id.",
    "scopes": [
      "bookings:write"
    ],
    "write": true,
    "annotations": {
      "readOnlyHint": false,
      "idempotentHint": true,
      "destructiveHint": false,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "release",
        "path_params": [
          "booking_id"
        ],
        "params": [
          "idempotency_key"
        ],
        "has_params": false
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Identifier of a booking (`bkg_…`)."
        },
        "idempotency_key": {
          "type": "string",
          "description": "Idempotency key of this write (1–255 characters); generated when absent and returned. Reuse it to retry safely."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "required": [
        "booking_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "booking_id",
        "calendar_id",
        "agent_id",
        "agent_priority",
        "status",
        "start",
        "end",
        "metadata",
        "audit_event_id",
        "created_at",
        "time_zone",
        "idempotency_key"
      ],
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking id."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar the booking is on."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Current state."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start."
        },
        "start_local": {
          "type": "string",
          "description": "`start` as a local time in `time_zone`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end."
        },
        "end_local": {
          "type": "string",
          "description": "`end` as a local time in `time_zone`."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "type": "string",
          "format": "date-time",
          "description": "When a hold stops blocking (holds only)."
        },
        "hold_expires_at_local": {
          "type": "string",
          "description": "`hold_expires_at` in `time_zone`, with its offset."
        },
        "committed_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was committed."
        },
        "committed_at_local": {
          "type": "string",
          "description": "`committed_at` in `time_zone`, with its offset."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "type": "string",
          "pattern": "^src_[A-Za-z0-9_-]+$",
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "type": "string",
          "pattern": "^evt_[A-Za-z0-9_-]+$",
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was created."
        },
        "created_at_local": {
          "type": "string",
          "description": "`created_at` in `time_zone`, with its offset."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "source_id"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` in `time_zone`, with its offset."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` in `time_zone`, with its offset."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The source it came from."
              }
            },
            "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The idempotency key used (replay it to retry safely)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    }
  },
  {
    "name": "commit_booking",
    "title": "Commit a booking",
    "description": "Book a slot: either a new [start, end), or promote the caller's own hold by booking_id. A lost race returns isError with the winner (winning_agent_id, winning_agent_priority, winning_booking_id).",
    "scopes": [
      "bookings:write"
    ],
    "write": true,
    "annotations": {
      "readOnlyHint": false,
      "idempotentHint": true,
      "destructiveHint": false,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "commit",
        "path_params": [],
        "params": [
          "start",
          "end",
          "idempotency_key",
          "metadata",
          "calendar_id"
        ],
        "has_params": true
      },
      {
        "resource": "bookings",
        "method": "commit",
        "path_params": [
          "booking_id"
        ],
        "params": [
          "idempotency_key"
        ],
        "has_params": false
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start; must carry an offset and not lie in the past. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end; after `start`, at most 24 h later. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "idempotency_key": {
          "type": "string",
          "description": "Idempotency key of this write (1–255 characters); generated when absent and returned. Reuse it to retry safely."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Free-form metadata."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar to book on; defaults to the workspace's default calendar."
        },
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Identifier of a booking (`bkg_…`)."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "booking_id",
        "calendar_id",
        "agent_id",
        "agent_priority",
        "status",
        "start",
        "end",
        "metadata",
        "audit_event_id",
        "created_at",
        "time_zone",
        "idempotency_key"
      ],
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking id."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar the booking is on."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Current state."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start."
        },
        "start_local": {
          "type": "string",
          "description": "`start` as a local time in `time_zone`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end."
        },
        "end_local": {
          "type": "string",
          "description": "`end` as a local time in `time_zone`."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "type": "string",
          "format": "date-time",
          "description": "When a hold stops blocking (holds only)."
        },
        "hold_expires_at_local": {
          "type": "string",
          "description": "`hold_expires_at` in `time_zone`, with its offset."
        },
        "committed_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was committed."
        },
        "committed_at_local": {
          "type": "string",
          "description": "`committed_at` in `time_zone`, with its offset."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "type": "string",
          "pattern": "^src_[A-Za-z0-9_-]+$",
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "type": "string",
          "pattern": "^evt_[A-Za-z0-9_-]+$",
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was created."
        },
        "created_at_local": {
          "type": "string",
          "description": "`created_at` in `time_zone`, with its offset."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "source_id"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` in `time_zone`, with its offset."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` in `time_zone`, with its offset."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The source it came from."
              }
            },
            "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The idempotency key used (replay it to retry safely)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    }
  },
  {
    "name": "cancel_booking",
    "title": "Cancel a booking",
    "description": "Cancel the caller's own committed booking by booking_id.",
    "scopes": [
      "bookings:write"
    ],
    "write": true,
    "annotations": {
      "readOnlyHint": false,
      "idempotentHint": true,
      "destructiveHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "cancel",
        "path_params": [
          "booking_id"
        ],
        "params": [
          "reason",
          "idempotency_key"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Identifier of a booking (`bkg_…`)."
        },
        "reason": {
          "type": "string",
          "maxLength": 500,
          "description": "Why the booking is cancelled."
        },
        "idempotency_key": {
          "type": "string",
          "description": "Idempotency key of this write (1–255 characters); generated when absent and returned. Reuse it to retry safely."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "required": [
        "booking_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "booking_id",
        "calendar_id",
        "agent_id",
        "agent_priority",
        "status",
        "start",
        "end",
        "metadata",
        "audit_event_id",
        "created_at",
        "time_zone",
        "idempotency_key"
      ],
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking id."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar the booking is on."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Current state."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start."
        },
        "start_local": {
          "type": "string",
          "description": "`start` as a local time in `time_zone`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end."
        },
        "end_local": {
          "type": "string",
          "description": "`end` as a local time in `time_zone`."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "type": "string",
          "format": "date-time",
          "description": "When a hold stops blocking (holds only)."
        },
        "hold_expires_at_local": {
          "type": "string",
          "description": "`hold_expires_at` in `time_zone`, with its offset."
        },
        "committed_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was committed."
        },
        "committed_at_local": {
          "type": "string",
          "description": "`committed_at` in `time_zone`, with its offset."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "type": "string",
          "pattern": "^src_[A-Za-z0-9_-]+$",
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "type": "string",
          "pattern": "^evt_[A-Za-z0-9_-]+$",
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was created."
        },
        "created_at_local": {
          "type": "string",
          "description": "`created_at` in `time_zone`, with its offset."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "source_id"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` in `time_zone`, with its offset."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` in `time_zone`, with its offset."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The source it came from."
              }
            },
            "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The idempotency key used (replay it to retry safely)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    }
  },
  {
    "name": "get_booking",
    "title": "Get a booking",
    "description": "Read one booking by booking_id.",
    "scopes": [
      "bookings:read"
    ],
    "write": false,
    "annotations": {
      "readOnlyHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "get",
        "path_params": [
          "booking_id"
        ],
        "params": [
          "time_zone"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Identifier of a booking (`bkg_…`)."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        }
      },
      "required": [
        "booking_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "booking_id",
        "calendar_id",
        "agent_id",
        "agent_priority",
        "status",
        "start",
        "end",
        "metadata",
        "audit_event_id",
        "created_at",
        "time_zone"
      ],
      "properties": {
        "booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking id."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Calendar the booking is on."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000,
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Current state."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive start."
        },
        "start_local": {
          "type": "string",
          "description": "`start` as a local time in `time_zone`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive end."
        },
        "end_local": {
          "type": "string",
          "description": "`end` as a local time in `time_zone`."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "type": "string",
          "format": "date-time",
          "description": "When a hold stops blocking (holds only)."
        },
        "hold_expires_at_local": {
          "type": "string",
          "description": "`hold_expires_at` in `time_zone`, with its offset."
        },
        "committed_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was committed."
        },
        "committed_at_local": {
          "type": "string",
          "description": "`committed_at` in `time_zone`, with its offset."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "type": "string",
          "pattern": "^bkg_[A-Za-z0-9_-]+$",
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "type": "string",
          "pattern": "^src_[A-Za-z0-9_-]+$",
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "type": "string",
          "pattern": "^evt_[A-Za-z0-9_-]+$",
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was created."
        },
        "created_at_local": {
          "type": "string",
          "description": "`created_at` in `time_zone`, with its offset."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "start",
              "end",
              "source_id"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` in `time_zone`, with its offset."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` in `time_zone`, with its offset."
              },
              "source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "The source it came from."
              }
            },
            "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    }
  },
  {
    "name": "list_bookings",
    "title": "List bookings",
    "description": "One page of the workspace's bookings, filtered; pass next_cursor as cursor for the next page.",
    "scopes": [
      "bookings:read"
    ],
    "write": false,
    "annotations": {
      "readOnlyHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "list",
        "path_params": [],
        "params": [
          "status",
          "agent_id",
          "calendar_id",
          "start",
          "end",
          "time_zone",
          "limit",
          "cursor"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "HELD",
            "COMMITTED",
            "RELEASED",
            "EXPIRED",
            "CANCELLED",
            "EVICTED",
            "INVALIDATED"
          ],
          "description": "Lifecycle state of a booking. Only `HELD` and `COMMITTED` block the calendar."
        },
        "agent_id": {
          "type": "string",
          "pattern": "^agt_[A-Za-z0-9_-]+$",
          "description": "Identifier of an agent (`agt_…`)."
        },
        "calendar_id": {
          "type": "string",
          "pattern": "^cal_[A-Za-z0-9_-]+$",
          "description": "Identifier of a calendar (`cal_…`)."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision. RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`."
        },
        "limit": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 200,
          "default": 50,
          "description": "Page size, 1–200 (default 50)."
        },
        "cursor": {
          "type": "string",
          "description": "Opaque cursor for the next page."
        }
      },
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "data",
        "has_more",
        "time_zone"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "booking_id",
              "calendar_id",
              "agent_id",
              "agent_priority",
              "status",
              "start",
              "end",
              "metadata",
              "audit_event_id",
              "created_at"
            ],
            "properties": {
              "booking_id": {
                "type": "string",
                "pattern": "^bkg_[A-Za-z0-9_-]+$",
                "description": "Booking id."
              },
              "calendar_id": {
                "type": "string",
                "pattern": "^cal_[A-Za-z0-9_-]+$",
                "description": "Calendar the booking is on."
              },
              "agent_id": {
                "type": "string",
                "pattern": "^agt_[A-Za-z0-9_-]+$",
                "description": "Agent that made the booking."
              },
              "agent_priority": {
                "type": "integer",
                "format": "int32",
                "minimum": 1,
                "maximum": 1000,
                "description": "The agent's priority when it wrote the booking."
              },
              "status": {
                "type": "string",
                "enum": [
                  "HELD",
                  "COMMITTED",
                  "RELEASED",
                  "EXPIRED",
                  "CANCELLED",
                  "EVICTED",
                  "INVALIDATED"
                ],
                "description": "Current state."
              },
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Inclusive start."
              },
              "start_local": {
                "type": "string",
                "description": "`start` as a local time in `time_zone`."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Exclusive end."
              },
              "end_local": {
                "type": "string",
                "description": "`end` as a local time in `time_zone`."
              },
              "metadata": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                },
                "description": "Metadata given at creation."
              },
              "hold_expires_at": {
                "type": "string",
                "format": "date-time",
                "description": "When a hold stops blocking (holds only)."
              },
              "hold_expires_at_local": {
                "type": "string",
                "description": "`hold_expires_at` in `time_zone`, with its offset."
              },
              "committed_at": {
                "type": "string",
                "format": "date-time",
                "description": "When the booking was committed."
              },
              "committed_at_local": {
                "type": "string",
                "description": "`committed_at` in `time_zone`, with its offset."
              },
              "ended_reason": {
                "type": "string",
                "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
              },
              "displaced_by_booking_id": {
                "type": "string",
                "pattern": "^bkg_[A-Za-z0-9_-]+$",
                "description": "Booking that evicted or displaced this one."
              },
              "displaced_by_source_id": {
                "type": "string",
                "pattern": "^src_[A-Za-z0-9_-]+$",
                "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
              },
              "audit_event_id": {
                "type": "string",
                "pattern": "^evt_[A-Za-z0-9_-]+$",
                "description": "The audit event of the booking's latest transition."
              },
              "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "When the booking was created."
              },
              "created_at_local": {
                "type": "string",
                "description": "`created_at` in `time_zone`, with its offset."
              },
              "external_conflicts": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "start",
                    "end",
                    "source_id"
                  ],
                  "properties": {
                    "start": {
                      "type": "string",
                      "format": "date-time",
                      "description": "Inclusive start."
                    },
                    "start_local": {
                      "type": "string",
                      "description": "`start` in `time_zone`, with its offset."
                    },
                    "end": {
                      "type": "string",
                      "format": "date-time",
                      "description": "Exclusive end."
                    },
                    "end_local": {
                      "type": "string",
                      "description": "`end` in `time_zone`, with its offset."
                    },
                    "source_id": {
                      "type": "string",
                      "pattern": "^src_[A-Za-z0-9_-]+$",
                      "description": "The source it came from."
                    }
                  },
                  "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
                },
                "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
              },
              "time_zone": {
                "type": "string",
                "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
              }
            },
            "description": "A reservation of `[start, end)` on a calendar by one agent."
          },
          "description": "Bookings, ordered by `start`, then `booking_id`."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "type": "string",
          "description": "Cursor of the next page, when `has_more`."
        },
        "time_zone": {
          "type": "string",
          "description": "Zone of the `*_local` instants."
        }
      },
      "description": "One page of bookings."
    }
  },
  {
    "name": "verify_booking_audit",
    "title": "Verify a booking's audit trail",
    "description": "Proves that a booking's audit event is in the tamper-evident log: fetches the signed checkpoint, verifies its Ed25519 signature, fetches the inclusion proof of the event and verifies it (RFC 6962).",
    "scopes": [
      "bookings:read",
      "audit:read"
    ],
    "write": false,
    "annotations": {
      "readOnlyHint": true,
      "openWorldHint": false
    },
    "calls": [
      {
        "resource": "bookings",
        "method": "get",
        "path_params": [
          "booking_id"
        ],
        "params": [
          "time_zone"
        ],
        "has_params": true
      },
      {
        "resource": "audit",
        "method": "checkpoint",
        "path_params": [],
        "params": [],
        "has_params": false
      },
      {
        "resource": "audit",
        "method": "inclusion_proof",
        "path_params": [
          "event_id"
        ],
        "params": [
          "tree_size"
        ],
        "has_params": true
      }
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "booking_id": {
          "type": "string",
          "description": "The booking whose audit event to verify."
        },
        "verifier_key": {
          "type": "string",
          "description": "The server's note verifier key, pinned out of band (default: AGENTDRAFT_VERIFIER_KEY, else the key the checkpoint advertises — trust on first use)."
        }
      },
      "required": [
        "booking_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "verified",
        "booking_id",
        "audit_event_id",
        "tree_size",
        "root_hash",
        "origin",
        "verifier_key",
        "verifier_key_source"
      ],
      "properties": {
        "verified": {
          "type": "boolean",
          "description": "The checkpoint signature and the inclusion proof both verified."
        },
        "booking_id": {
          "type": "string"
        },
        "audit_event_id": {
          "type": "string",
          "description": "The booking's latest audit event."
        },
        "leaf_index": {
          "type": "integer"
        },
        "tree_size": {
          "type": "integer",
          "description": "Size of the verified tree."
        },
        "root_hash": {
          "type": "string",
          "description": "Root hash of the verified tree (base64)."
        },
        "origin": {
          "type": "string",
          "description": "Checkpoint origin (`<host>/<workspace_id>`)."
        },
        "verifier_key": {
          "type": "string"
        },
        "verifier_key_source": {
          "type": "string",
          "enum": [
            "argument",
            "environment",
            "checkpoint"
          ]
        },
        "action": {
          "type": "string",
          "description": "The audited action."
        }
      }
    }
  }
];
