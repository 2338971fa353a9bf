// generated — do not edit. Source: spec/ (run `pnpm generate`).

export interface OperationSpec {
  operationId: string;
  method: "get" | "put" | "post" | "delete" | "patch";
  /** OpenAPI path template, e.g. `/v1/bookings/{booking_id}`. */
  path: string;
  /** Security scheme names; empty for public operations. */
  security: string[];
  /** One object schema per parameter location (header names lower-cased). */
  params: { path?: object; query?: object; header?: object };
  body?: { required: boolean; contentType: string; schema: object };
  responses: Record<string, { contentType?: string; schema?: object }>;
}

/** Component schemas of the API as one JSON Schema document; refs are `#/$defs/<Name>`. */
export const schemaDocument = {
  "$id": "agentdraft",
  "$defs": {
    "Agent": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "calendar_id",
        "mailbox_address",
        "revoked",
        "created_at"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name (also the mailbox handle, slugified)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of its API key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar it writes to."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        },
        "revoked": {
          "type": "boolean",
          "description": "Whether its key was revoked."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "An agent as the owner sees it."
    },
    "AgentActor": {
      "type": "object",
      "required": [
        "type",
        "agent_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "agent"
          ],
          "description": "Discriminator."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        }
      },
      "description": "An agent acted."
    },
    "AgentId": {
      "type": "string",
      "pattern": "^agt_[A-Za-z0-9_-]+$",
      "description": "Identifier of an agent (`agt_…`)."
    },
    "AgentIdentity": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "user_id",
        "calendar_id",
        "mailbox_address"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of the key in use."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "The owner of the agent's workspace."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        }
      },
      "description": "The calling agent."
    },
    "AgentList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Agent"
          },
          "description": "Agents, by creation."
        }
      },
      "description": "The workspace's agents."
    },
    "AgentUsage": {
      "type": "object",
      "required": [
        "agent_id",
        "requests_last_day",
        "errors_last_day",
        "rate_limit"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "last_used_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Its latest request (absent: none within the request log's 7 days)."
        },
        "requests_last_day": {
          "type": "integer",
          "description": "Requests in the last 24 hours."
        },
        "errors_last_day": {
          "type": "integer",
          "description": "Error responses in the last 24 hours."
        },
        "rate_limit": {
          "allOf": [
            {
              "$ref": "#/$defs/RateLimitState"
            }
          ],
          "description": "Its rate-limit bucket now."
        }
      },
      "description": "How an agent uses the API: last request (within the request log's window) and rate-limit state."
    },
    "AgentUsageList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AgentUsage"
          },
          "description": "Agents, by creation."
        }
      },
      "description": "Usage of every agent of the workspace."
    },
    "AgentWithKey": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "calendar_id",
        "mailbox_address",
        "revoked",
        "created_at",
        "plaintext_key"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name (also the mailbox handle, slugified)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of its API key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar it writes to."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        },
        "revoked": {
          "type": "boolean",
          "description": "Whether its key was revoked."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        },
        "plaintext_key": {
          "type": "string",
          "pattern": "^avs_live_[A-Za-z0-9]+$",
          "description": "The API key. Store it now: only a keyed hash is kept."
        }
      },
      "description": "An agent with its API key, shown exactly once (on create and on rotate)."
    },
    "AttachmentInfo": {
      "type": "object",
      "required": [
        "content_type",
        "size"
      ],
      "properties": {
        "filename": {
          "type": "string",
          "description": "File name."
        },
        "content_type": {
          "type": "string",
          "description": "MIME type."
        },
        "size": {
          "type": "integer",
          "description": "Size in bytes."
        }
      },
      "description": "Metadata of an attachment (contents are not served)."
    },
    "AuditActor": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/AgentActor"
        },
        {
          "$ref": "#/$defs/UserActor"
        },
        {
          "$ref": "#/$defs/SystemActor"
        }
      ],
      "description": "Who caused an audit event."
    },
    "AuditEvent": {
      "type": "object",
      "required": [
        "event_id",
        "seq",
        "at",
        "actor",
        "action",
        "resource",
        "request",
        "outcome"
      ],
      "properties": {
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "Event id."
        },
        "seq": {
          "type": "integer",
          "minimum": 0,
          "description": "Zero-based index of the event in the workspace's log (its Merkle leaf index)."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the server decided it."
        },
        "actor": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditActor"
            }
          ],
          "description": "Who caused it."
        },
        "action": {
          "type": "string",
          "description": "What happened, e.g. `booking.committed`, `booking.rejected`, `hold.invalidated`, `agent.created`."
        },
        "resource": {
          "type": "string",
          "description": "The id of the resource it concerns (booking, agent, calendar, message …)."
        },
        "request": {
          "type": "object",
          "additionalProperties": {},
          "description": "The request that caused it (method, path, request id, relevant input)."
        },
        "outcome": {
          "type": "object",
          "additionalProperties": {},
          "description": "Its result (new status, problem code, winner …)."
        }
      },
      "description": "One entry of the workspace's append-only audit log. Its RFC 8785 (JCS) canonical JSON is a leaf\nof the workspace's RFC 6962 Merkle tree, at index `seq`."
    },
    "AuditEventId": {
      "type": "string",
      "pattern": "^evt_[A-Za-z0-9_-]+$",
      "description": "Identifier of an audit event (`evt_…`)."
    },
    "AuditEventPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AuditEvent"
          },
          "description": "Events, in log order."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of audit events."
    },
    "AuthErrorProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            401
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "unauthenticated"
          ],
          "description": "Problem code."
        }
      },
      "description": "401 — the API key or session is missing, unknown or revoked."
    },
    "Availability": {
      "type": "object",
      "required": [
        "calendar_id",
        "range_start",
        "range_end",
        "slots",
        "busy"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar (the first one asked for, when several were)."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "description": "Every calendar asked for, when several were (docs/protocol.md §12.2)."
        },
        "min_available": {
          "type": "integer",
          "description": "How many of `calendar_ids` each slot is free on at least (several calendars only)."
        },
        "range_start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Start of the queried range."
        },
        "range_end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the queried range."
        },
        "slots": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Interval"
          },
          "description": "Maximal free intervals (each at least `duration_minutes` long when given), in order."
        },
        "busy": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/BusyInterval"
          },
          "description": "Busy intervals, in order of start."
        }
      },
      "description": "Free slots and busy intervals of one calendar in a range, merged across every agent and rule."
    },
    "AvailabilityPreviewRequest": {
      "type": "object",
      "required": [
        "range_start",
        "range_end",
        "rules"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar (default: the workspace's default calendar)."
        },
        "range_start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Start of the range."
        },
        "range_end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the range (at most 62 days after the start)."
        },
        "duration_minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Minimum slot length."
        },
        "rules": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Rule"
          },
          "maxItems": 100,
          "description": "The rules to try instead of the calendar's own (nothing is stored)."
        }
      },
      "description": "Rules to preview and the range to preview them on."
    },
    "Booking": {
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
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking id."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar the booking is on (the first of `calendar_ids` for a booking on several calendars)."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "description": "Every calendar the booking occupies, `calendar_id` first; present only on a booking of several calendars (otherwise read `[calendar_id]`)."
        },
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The recurring series the booking is an occurrence of (docs/protocol.md §12.3)."
        },
        "moved_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was last moved (docs/protocol.md §12.1); a move restarts a commit's bump window."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingStatus"
            }
          ],
          "description": "Current state."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "metadata": {
          "allOf": [
            {
              "$ref": "#/$defs/Metadata"
            }
          ],
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When a hold stops blocking (holds only)."
        },
        "committed_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was committed."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was created."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ExternalConflict"
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        },
        "series": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesOutcome"
            }
          ],
          "description": "Only in the answer to a recurring write: how each occurrence was decided (docs/protocol.md §12.3)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent."
    },
    "BookingId": {
      "type": "string",
      "pattern": "^bkg_[A-Za-z0-9_-]+$",
      "description": "Identifier of a booking (`bkg_…`)."
    },
    "BookingMode": {
      "type": "string",
      "enum": [
        "commit",
        "hold"
      ],
      "description": "How a booking write lands."
    },
    "BookingPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Booking"
          },
          "description": "Bookings, ordered by `start`, then `booking_id`."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of bookings."
    },
    "BookingStatus": {
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
    "BufferRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "buffer"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Gap in minutes."
        }
      },
      "description": "At least `minutes` between any two active bookings."
    },
    "BusinessHoursRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "hours"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "business_hours"
          ],
          "description": "Discriminator."
        },
        "hours": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/DayHours"
          },
          "description": "Opening hours."
        }
      },
      "description": "Bookings must lie within one day's opening hours (days not listed are closed)."
    },
    "BusyInterval": {
      "type": "object",
      "required": [
        "start",
        "end",
        "kind"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        },
        "kind": {
          "allOf": [
            {
              "$ref": "#/$defs/BusyKind"
            }
          ],
          "description": "What makes it busy."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent owning the booking or hold."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The booking or hold."
        },
        "rule_id": {
          "type": "string",
          "description": "The rule, for rule-derived intervals."
        },
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "The external source, for `external` intervals."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the interval is busy on (answers over several calendars only)."
        }
      },
      "description": "A busy interval of the calendar."
    },
    "BusyKind": {
      "type": "string",
      "enum": [
        "booking",
        "hold",
        "focus_block",
        "outside_business_hours",
        "external"
      ],
      "description": "Why an interval is busy."
    },
    "CaldavSourceInput": {
      "type": "object",
      "required": [
        "kind",
        "url"
      ],
      "properties": {
        "kind": {
          "type": "string",
          "enum": [
            "caldav"
          ],
          "description": "Discriminator."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "maxLength": 2000,
          "description": "URL of the calendar collection (http or https)."
        },
        "username": {
          "type": "string",
          "maxLength": 200,
          "description": "HTTP Basic user name."
        },
        "password": {
          "type": "string",
          "maxLength": 1000,
          "description": "HTTP Basic password: stored sealed, never returned. Omitted on a PUT that keeps the same url and username: the stored one stays."
        }
      },
      "description": "A CalDAV calendar collection, polled with sync-token / ctag; HTTP Basic when a username is given."
    },
    "Calendar": {
      "type": "object",
      "required": [
        "calendar_id",
        "name",
        "time_zone",
        "is_default",
        "settings",
        "created_at"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar id."
        },
        "name": {
          "type": "string",
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone its rules are evaluated in."
        },
        "is_default": {
          "type": "boolean",
          "description": "Whether agents write here unless a request names another calendar."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/$defs/EngineSettings"
            }
          ],
          "description": "Engine settings."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A calendar of the workspace."
    },
    "CalendarId": {
      "type": "string",
      "pattern": "^cal_[A-Za-z0-9_-]+$",
      "description": "Identifier of a calendar (`cal_…`)."
    },
    "CalendarInvite": {
      "type": "object",
      "required": [
        "method",
        "uid",
        "sequence"
      ],
      "properties": {
        "method": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarMethod"
            }
          ],
          "description": "iTIP method."
        },
        "uid": {
          "type": "string",
          "description": "Event UID (stable per booking)."
        },
        "sequence": {
          "type": "integer",
          "description": "SEQUENCE, bumped on every change."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Event start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Event end."
        },
        "summary": {
          "type": "string",
          "description": "SUMMARY."
        },
        "attendees": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Attendee replies (`PARTSTAT`) by address, for REPLY."
        }
      },
      "description": "The iCalendar invite attached to a message, parsed."
    },
    "CalendarList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Calendar"
          },
          "description": "Calendars, default first."
        }
      },
      "description": "Calendar list."
    },
    "CalendarMethod": {
      "type": "string",
      "enum": [
        "REQUEST",
        "REPLY",
        "CANCEL",
        "PUBLISH",
        "COUNTER"
      ],
      "description": "iTIP method of a calendar attachment."
    },
    "CalendarSource": {
      "type": "object",
      "required": [
        "source_id",
        "kind",
        "url",
        "has_password",
        "next_poll_at"
      ],
      "properties": {
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "Source id (the `source_id` of its busy intervals in availability)."
        },
        "kind": {
          "type": "string",
          "enum": [
            "caldav",
            "ics"
          ],
          "description": "`caldav` or `ics`."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "The source's URL."
        },
        "username": {
          "type": "string",
          "description": "CalDAV user name, when one is set."
        },
        "has_password": {
          "type": "boolean",
          "description": "Whether a password is stored (sealed)."
        },
        "last_sync_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the source was last read successfully (absent: never)."
        },
        "last_error": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceError"
            }
          ],
          "description": "The last poll's failure; absent when the last poll succeeded."
        },
        "event_count": {
          "type": "integer",
          "description": "Events in the source at the last successful read."
        },
        "interval_count": {
          "type": "integer",
          "description": "Busy intervals in force from this source."
        },
        "next_poll_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the next poll is due."
        }
      },
      "description": "An external source and its state. Credentials are never returned."
    },
    "CalendarSources": {
      "type": "object",
      "required": [
        "calendar_id",
        "poll_seconds",
        "sources"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar."
        },
        "poll_seconds": {
          "type": "integer",
          "description": "Seconds between polls."
        },
        "sources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarSource"
          },
          "description": "The sources, in the order they were given."
        }
      },
      "description": "A calendar's external sources."
    },
    "CancelBookingRequest": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string",
          "maxLength": 500,
          "description": "Why the booking is cancelled."
        }
      },
      "description": "Request to cancel a commit."
    },
    "Checkpoint": {
      "type": "object",
      "required": [
        "origin",
        "tree_size",
        "root_hash",
        "checkpoint",
        "verifier_key"
      ],
      "properties": {
        "origin": {
          "type": "string",
          "description": "Log origin line (`<host>/<workspace_id>`)."
        },
        "tree_size": {
          "type": "integer",
          "minimum": 0,
          "description": "Number of events in the tree."
        },
        "root_hash": {
          "type": "string",
          "description": "Base64 RFC 6962 root hash."
        },
        "checkpoint": {
          "type": "string",
          "description": "The C2SP checkpoint: a signed note (Ed25519) over origin, size and root."
        },
        "verifier_key": {
          "type": "string",
          "description": "The server's note verifier key (`<name>+<hex key id>+<base64 key>`), to pin out of band."
        }
      },
      "description": "A signed tree head of the workspace's audit log."
    },
    "ConflictCode": {
      "type": "string",
      "enum": [
        "outranked",
        "slot_taken",
        "booking_frozen",
        "hold_expired",
        "invalid_transition"
      ],
      "description": "Codes of the `Conflict` family."
    },
    "ConflictProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "audit_event_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            409
          ],
          "description": "HTTP status."
        },
        "code": {
          "allOf": [
            {
              "$ref": "#/$defs/ConflictCode"
            }
          ],
          "description": "Problem code (the SDKs expose it as `reason`)."
        },
        "winning_agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent whose booking blocks this write, when a winner exists."
        },
        "winning_agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority of the winning agent."
        },
        "winning_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2)."
        },
        "occurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/FailedOccurrence"
            }
          ],
          "description": "The occurrence of a series that failed (docs/protocol.md §12.3)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event that records this rejection."
        }
      },
      "description": "409 — the write lost: who won, by what priority, and which audit event records it."
    },
    "ConsistencyProof": {
      "type": "object",
      "required": [
        "from_size",
        "to_size",
        "proof"
      ],
      "properties": {
        "from_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the older tree."
        },
        "to_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the newer tree."
        },
        "proof": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Base64 consistency proof (RFC 6962 §2.1.2)."
        }
      },
      "description": "Proof that the tree of `from_size` is a prefix of the tree of `to_size`."
    },
    "CreateAgentRequest": {
      "type": "object",
      "required": [
        "name",
        "priority",
        "scopes"
      ],
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
          "description": "Display name, unique per workspace (letters, digits, `-`, `_`, `.`)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of the key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar (default: the workspace's default calendar)."
        }
      },
      "description": "Create an agent and its API key."
    },
    "CreateBookingRequest": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start; must carry an offset and not lie in the past."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end; after `start`, at most 24 h later."
        },
        "mode": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingMode"
            }
          ],
          "description": "`commit` (default) or `hold`.",
          "default": "commit"
        },
        "hold_ttl_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "TTL of a hold in seconds (calendar default 30, bounded by the calendar's settings)."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar to book on; defaults to the workspace's default calendar."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "minItems": 2,
          "maxItems": 10,
          "description": "Book 2–10 distinct calendars of the workspace at once, all or nothing (instead of `calendar_id`; docs/protocol.md §12.2)."
        },
        "recurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/Recurrence"
            }
          ],
          "description": "Repeat the booking as a series (docs/protocol.md §12.3); `start`/`end` are the first occurrence."
        },
        "metadata": {
          "allOf": [
            {
              "$ref": "#/$defs/Metadata"
            }
          ],
          "description": "Free-form metadata."
        }
      },
      "description": "Request to book a slot."
    },
    "CreateCalendarRequest": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone (default `UTC`)."
        }
      },
      "description": "Create a calendar."
    },
    "CreateWebhookRequest": {
      "type": "object",
      "required": [
        "url",
        "events"
      ],
      "properties": {
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL (https; http and non-public addresses only with the server's `--allow-private-targets`)."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 100,
          "description": "Event types to deliver (`*` for all)."
        }
      },
      "description": "Create a webhook."
    },
    "Cursor": {
      "type": "string",
      "description": "Opaque cursor for the next page."
    },
    "DailyCapRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "max_bookings",
        "per"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "daily_cap"
          ],
          "description": "Discriminator."
        },
        "max_bookings": {
          "type": "integer",
          "minimum": 1,
          "description": "Cap per day."
        },
        "per": {
          "type": "string",
          "enum": [
            "agent",
            "calendar"
          ],
          "description": "Count per agent or for the whole calendar."
        }
      },
      "description": "At most `max_bookings` active bookings per local day."
    },
    "DayHours": {
      "type": "object",
      "required": [
        "weekday",
        "open",
        "close"
      ],
      "properties": {
        "weekday": {
          "allOf": [
            {
              "$ref": "#/$defs/Weekday"
            }
          ],
          "description": "Weekday."
        },
        "open": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local opening time."
        },
        "close": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local closing time."
        }
      },
      "description": "Opening hours of one weekday."
    },
    "EngineSettings": {
      "type": "object",
      "required": [
        "arbitration_window_ms",
        "bump_window_seconds",
        "hold_ttl_default_seconds",
        "hold_ttl_min_seconds",
        "hold_ttl_max_seconds"
      ],
      "properties": {
        "arbitration_window_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "description": "Contending writes arriving within this window are decided together (0–1000 ms, default 50)."
        },
        "bump_window_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 86400,
          "description": "A higher-priority commit may evict a commit younger than this (0 disables; default 30)."
        },
        "hold_ttl_default_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Hold TTL when a request names none (default 30)."
        },
        "hold_ttl_min_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Shortest hold TTL allowed."
        },
        "hold_ttl_max_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Longest hold TTL allowed."
        },
        "external_busy": {
          "type": "string",
          "enum": [
            "block",
            "flag"
          ],
          "description": "What busy time of an external source does to a write over it: `block` (422 `rule_violation`\nof kind `external_busy`) or `flag` (allowed; the booking names it). Absent: `block`."
        }
      },
      "description": "Engine settings of a calendar."
    },
    "EngineSettingsUpdate": {
      "type": "object",
      "properties": {
        "arbitration_window_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "description": "See `EngineSettings`."
        },
        "bump_window_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_default_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_min_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_max_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "external_busy": {
          "type": "string",
          "enum": [
            "block",
            "flag"
          ],
          "description": "See `EngineSettings`."
        }
      },
      "description": "Partial update of engine settings."
    },
    "ExternalConflict": {
      "type": "object",
      "required": [
        "start",
        "end",
        "source_id"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "The source it came from."
        }
      },
      "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`)."
    },
    "FailedOccurrence": {
      "type": "object",
      "required": [
        "index",
        "booking_id",
        "start",
        "end"
      ],
      "properties": {
        "index": {
          "type": "integer",
          "description": "0-based position in the series."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The occurrence's booking id (not created)."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        }
      },
      "description": "The occurrence of a series a problem is about."
    },
    "FeedCreated": {
      "type": "object",
      "required": [
        "feed_id",
        "url",
        "created_at"
      ],
      "properties": {
        "feed_id": {
          "allOf": [
            {
              "$ref": "#/$defs/FeedId"
            }
          ],
          "description": "Feed id (to revoke it)."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "The tokenised, read-only feed URL."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A new feed: subscribe to `url` from a calendar app. The URL is the secret; it is shown once."
    },
    "FeedFile": {
      "type": "string",
      "pattern": "^adf_[A-Za-z0-9]+\\.ics$",
      "description": "A feed's file name: its token and `.ics`."
    },
    "FeedId": {
      "type": "string",
      "pattern": "^fd_[A-Za-z0-9_-]+$",
      "description": "Identifier of an ICS feed (`fd_…`)."
    },
    "FeedInfo": {
      "type": "object",
      "required": [
        "feed_id",
        "created_at"
      ],
      "properties": {
        "feed_id": {
          "allOf": [
            {
              "$ref": "#/$defs/FeedId"
            }
          ],
          "description": "Feed id."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A feed of a calendar (its URL is not shown again)."
    },
    "FeedList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeedInfo"
          },
          "description": "Feeds, by creation."
        }
      },
      "description": "A calendar's feeds."
    },
    "FieldError": {
      "type": "object",
      "required": [
        "field",
        "message"
      ],
      "properties": {
        "field": {
          "type": "string",
          "description": "JSON pointer or parameter name of the offending field, e.g. `/end` or `query.range_start`."
        },
        "message": {
          "type": "string",
          "description": "What is wrong with it."
        }
      },
      "description": "One invalid field of a request."
    },
    "FocusBlockRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "weekdays",
        "start",
        "end"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "focus_block"
          ],
          "description": "Discriminator."
        },
        "weekdays": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Weekday"
          },
          "description": "Weekdays it recurs on."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local start time."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local end time."
        }
      },
      "description": "Nothing may be booked during these recurring local hours."
    },
    "HealthStatus": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "ok"
          ],
          "description": "Always `ok`."
        }
      },
      "description": "The server is ready."
    },
    "ICalendarText": {
      "type": "string",
      "description": "An iCalendar (RFC 5545) text."
    },
    "IcsSourceInput": {
      "type": "object",
      "required": [
        "kind",
        "url"
      ],
      "properties": {
        "kind": {
          "type": "string",
          "enum": [
            "ics"
          ],
          "description": "Discriminator."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "maxLength": 2000,
          "description": "URL of the `.ics` file (http or https)."
        }
      },
      "description": "An ICS URL, polled with If-None-Match / If-Modified-Since."
    },
    "IdempotencyInFlightProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "retry_after_seconds"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            409
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "idempotency_in_flight"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds to wait before retrying (also sent as `Retry-After`)."
        }
      },
      "description": "409 — a request with this idempotency key is still executing; retry after `Retry-After`."
    },
    "IdempotencyKeyReusedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "idempotency_key_reused"
          ],
          "description": "Problem code."
        }
      },
      "description": "422 — the idempotency key was already used for a different request."
    },
    "InboundMail": {
      "type": "object",
      "required": [
        "recipients",
        "raw"
      ],
      "properties": {
        "recipients": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "description": "Envelope recipients (RCPT TO)."
        },
        "sender": {
          "type": "string",
          "description": "Envelope sender (MAIL FROM)."
        },
        "raw": {
          "type": "string",
          "description": "The full RFC 5322 message."
        }
      },
      "description": "Provider-style inbound webhook payload: the raw RFC 5322 message and its envelope recipients,\nas posted by an inbound mail provider."
    },
    "InboundResult": {
      "type": "object",
      "required": [
        "message_ids",
        "duplicate"
      ],
      "properties": {
        "message_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MessageId"
          },
          "description": "Stored messages, one per accepted recipient (existing ones on a duplicate `Message-ID`)."
        },
        "duplicate": {
          "type": "boolean",
          "description": "Whether the message had been received before (deduplicated by `Message-ID`)."
        }
      },
      "description": "Result of an inbound delivery."
    },
    "InclusionProof": {
      "type": "object",
      "required": [
        "event_id",
        "leaf_index",
        "tree_size",
        "leaf_hash",
        "proof",
        "event"
      ],
      "properties": {
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The event."
        },
        "leaf_index": {
          "type": "integer",
          "minimum": 0,
          "description": "Its leaf index."
        },
        "tree_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the tree the proof is for."
        },
        "leaf_hash": {
          "type": "string",
          "description": "Base64 leaf hash: SHA-256(0x00 ‖ JCS(event))."
        },
        "proof": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Base64 audit path, leaf to root (RFC 6962 §2.1.1)."
        },
        "event": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEvent"
            }
          ],
          "description": "The event itself, so a client can recompute the leaf hash."
        }
      },
      "description": "Proof that an event is a leaf of the tree of a given size."
    },
    "Instant": {
      "type": "string",
      "format": "date-time",
      "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision."
    },
    "InternalProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            500
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "internal"
          ],
          "description": "Problem code."
        }
      },
      "description": "500 — the server failed; nothing was stored. Safe to retry with the same idempotency key."
    },
    "Interval": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        }
      },
      "description": "A half-open interval `[start, end)`."
    },
    "InvalidRequestProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "errors"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            400
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "invalid_request"
          ],
          "description": "Problem code."
        },
        "errors": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FieldError"
          },
          "description": "The invalid fields."
        }
      },
      "description": "400 — the request is malformed or fails validation."
    },
    "LocalDateTime": {
      "type": "string",
      "description": "A local date-time with its UTC offset, e.g. `2026-03-30T09:00:00+02:00` (RFC 3339, offset of that instant in the zone)."
    },
    "LocalTime": {
      "type": "string",
      "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$",
      "description": "A local wall-clock time `HH:MM` (24 h) in the calendar's time zone."
    },
    "MagicLinkRequest": {
      "type": "object",
      "required": [
        "email"
      ],
      "properties": {
        "email": {
          "type": "string",
          "maxLength": 254,
          "pattern": "^[^@\\s]+@[^@\\s]+$",
          "description": "The owner's email address."
        }
      },
      "description": "Request a sign-in link for an owner."
    },
    "MagicLinkResponse": {
      "type": "object",
      "required": [
        "sent"
      ],
      "properties": {
        "sent": {
          "type": "boolean",
          "enum": [
            true
          ],
          "description": "Always true (no account enumeration)."
        },
        "dev_token": {
          "type": "string",
          "description": "The link token, returned only when the server runs in dev mode."
        }
      },
      "description": "The link was sent."
    },
    "MaxDurationRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "max_duration"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Longest booking in minutes."
        }
      },
      "description": "Bookings last at most `minutes`."
    },
    "Message": {
      "type": "object",
      "required": [
        "message_id",
        "direction",
        "status",
        "from",
        "to",
        "subject",
        "internet_message_id",
        "references",
        "attachments",
        "audit_event_id",
        "created_at"
      ],
      "properties": {
        "message_id": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageId"
            }
          ],
          "description": "Message id."
        },
        "direction": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageDirection"
            }
          ],
          "description": "Inbound or outbound."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageStatus"
            }
          ],
          "description": "Delivery state."
        },
        "failure_reason": {
          "type": "string",
          "description": "Why the relay refused it (status `failed`)."
        },
        "from": {
          "type": "string",
          "description": "Sender address."
        },
        "to": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Recipient addresses."
        },
        "subject": {
          "type": "string",
          "description": "Subject."
        },
        "text": {
          "type": "string",
          "description": "Plain-text body."
        },
        "html": {
          "type": "string",
          "description": "HTML body (stored as received; never rendered by the server)."
        },
        "internet_message_id": {
          "type": "string",
          "description": "RFC 5322 `Message-ID`."
        },
        "in_reply_to": {
          "type": "string",
          "description": "`In-Reply-To`."
        },
        "references": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "`References`, oldest first."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking the message is about."
        },
        "attachments": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AttachmentInfo"
          },
          "description": "Attachment metadata."
        },
        "calendar": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarInvite"
            }
          ],
          "description": "Parsed calendar invite, when one is attached."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event of its receipt or send."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was stored."
        }
      },
      "description": "A message of an agent's mailbox."
    },
    "MessageDirection": {
      "type": "string",
      "enum": [
        "inbound",
        "outbound"
      ],
      "description": "Direction of a message relative to the agent's mailbox."
    },
    "MessageId": {
      "type": "string",
      "pattern": "^msg_[A-Za-z0-9_-]+$",
      "description": "Identifier of a mailbox message (`msg_…`)."
    },
    "MessagePage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Message"
          },
          "description": "Messages, newest first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of messages."
    },
    "MessageStatus": {
      "type": "string",
      "enum": [
        "received",
        "queued",
        "sent",
        "failed"
      ],
      "description": "Delivery state of a message."
    },
    "Metadata": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      },
      "description": "Free-form string metadata stored with a booking (at most 50 keys of 40 characters, values of 500)."
    },
    "MinNoticeRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "min_notice"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 525600,
          "description": "Notice in minutes."
        }
      },
      "description": "Bookings start at least `minutes` after they are made."
    },
    "MoveBookingRequest": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "New inclusive start; must carry an offset and not lie in the past."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "New exclusive end; after `start`, at most 24 h later."
        },
        "whole_series": {
          "type": "boolean",
          "description": "Move every occurrence of the booking's series still to come by the same local wall-clock shift."
        }
      },
      "description": "Request to move a booking to a new interval."
    },
    "NotFoundProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            404
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "not_found"
          ],
          "description": "Problem code."
        }
      },
      "description": "404 — no such resource in the caller's workspace."
    },
    "OccurrenceProblem": {
      "type": "object",
      "required": [
        "code",
        "detail"
      ],
      "properties": {
        "code": {
          "type": "string",
          "description": "Problem code (`outranked`, `slot_taken`, `booking_frozen`, `rule_violation`, …)."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation."
        },
        "winning_agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent whose booking blocks the occurrence, when a winner exists."
        },
        "winning_agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority of the winning agent."
        },
        "winning_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "rule": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleRef"
            }
          ],
          "description": "The broken rule (`rule_violation`)."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the occurrence lost on (several calendars)."
        }
      },
      "description": "Why one occurrence of a series was not created: the problem it would have got on its own."
    },
    "OwnerCancelRequest": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string",
          "maxLength": 500,
          "description": "Free-text reason, kept in the audit log."
        }
      },
      "description": "Why the owner cancels."
    },
    "PayloadTooLargeProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "max_bytes"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            413
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "payload_too_large"
          ],
          "description": "Problem code."
        },
        "max_bytes": {
          "type": "integer",
          "description": "The largest body the server accepts."
        }
      },
      "description": "413 — the request body is larger than the server accepts."
    },
    "PermissionDeniedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            403
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "forbidden"
          ],
          "description": "Problem code."
        },
        "required_scope": {
          "allOf": [
            {
              "$ref": "#/$defs/Scope"
            }
          ],
          "description": "The scope the request needed, when a scope was missing."
        }
      },
      "description": "403 — authenticated, but not allowed (missing scope, another agent's booking)."
    },
    "Priority": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "description": "Agent priority: an integer ≥ 1 where **1 is the highest**."
    },
    "Race": {
      "type": "object",
      "required": [
        "winner",
        "losers",
        "last_at"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "The slot (the winning booking's interval)."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the slot."
        },
        "winner": {
          "allOf": [
            {
              "$ref": "#/$defs/RaceWinner"
            }
          ],
          "description": "Who won."
        },
        "losers": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RaceLoser"
          },
          "description": "Who lost, in log order."
        },
        "last_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was last contested."
        }
      },
      "description": "A contested slot: one winning booking and every write it beat."
    },
    "RaceLoser": {
      "type": "object",
      "required": [
        "agent_id",
        "booking_id",
        "outcome",
        "problem_code",
        "audit_event_id",
        "at"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Its priority (of the evicted booking; for a refused write, the agent's priority now)."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The booking it wrote or lost."
        },
        "outcome": {
          "allOf": [
            {
              "$ref": "#/$defs/RaceOutcome"
            }
          ],
          "description": "How it lost."
        },
        "problem_code": {
          "type": "string",
          "description": "The problem code it got (refused writes) or `evicted` / `displaced`."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event recording the loss."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When."
        }
      },
      "description": "One contender that lost a race."
    },
    "RaceOutcome": {
      "type": "string",
      "enum": [
        "rejected",
        "evicted",
        "displaced"
      ],
      "description": "How a contender lost."
    },
    "RacePage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Race"
          },
          "description": "Races, most recent first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether older audit events remain to scan."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next (older) page, when `has_more`."
        }
      },
      "description": "Races, most recent first, derived from the audit log."
    },
    "RaceWinner": {
      "type": "object",
      "required": [
        "agent_id",
        "priority",
        "booking_id"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Its priority when it wrote the booking."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingStatus"
            }
          ],
          "description": "The winning booking's status now."
        }
      },
      "description": "The winner of a race."
    },
    "RateLimitState": {
      "type": "object",
      "required": [
        "capacity",
        "refill_per_second",
        "remaining",
        "full_in_seconds"
      ],
      "properties": {
        "capacity": {
          "type": "integer",
          "description": "Bucket size (burst)."
        },
        "refill_per_second": {
          "type": "number",
          "description": "Tokens added per second."
        },
        "remaining": {
          "type": "integer",
          "description": "Requests it may send at once now."
        },
        "full_in_seconds": {
          "type": "integer",
          "description": "Seconds until the bucket is full again."
        }
      },
      "description": "An agent's token bucket now."
    },
    "RateLimitedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "retry_after_seconds"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            429
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "rate_limited"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds until a token is available (also sent as `Retry-After`)."
        }
      },
      "description": "429 — the agent's token bucket is empty."
    },
    "Recurrence": {
      "type": "object",
      "required": [
        "rrule"
      ],
      "properties": {
        "rrule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1000,
          "description": "RRULE value (an optional `RRULE:` prefix is accepted) bounded by COUNT or UNTIL, at most 100 occurrences."
        },
        "all_or_nothing": {
          "type": "boolean",
          "description": "`true` (default): every occurrence or none; `false`: each occurrence is decided on its own."
        }
      },
      "description": "A recurrence rule: RFC 5545 RRULE, expanded in the calendar's time zone (docs/protocol.md §12.3)."
    },
    "RequestErrorGroup": {
      "type": "object",
      "required": [
        "error_code",
        "status",
        "count",
        "last_at",
        "last_request_id"
      ],
      "properties": {
        "error_code": {
          "type": "string",
          "description": "Problem code."
        },
        "status": {
          "type": "integer",
          "description": "HTTP status of the latest one."
        },
        "count": {
          "type": "integer",
          "description": "How many."
        },
        "last_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "The latest one."
        },
        "last_request_id": {
          "type": "string",
          "description": "`Request-Id` of the latest one."
        }
      },
      "description": "Error responses of one problem code within the request log."
    },
    "RequestErrorSummary": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RequestErrorGroup"
          },
          "description": "Groups, most frequent first."
        }
      },
      "description": "Errors of the request log grouped by problem code, most frequent first."
    },
    "RequestLogEntry": {
      "type": "object",
      "required": [
        "request_id",
        "at",
        "method",
        "path",
        "status",
        "replayed",
        "latency_ms"
      ],
      "properties": {
        "request_id": {
          "type": "string",
          "description": "The request's `Request-Id`."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it arrived."
        },
        "method": {
          "type": "string",
          "description": "HTTP method."
        },
        "path": {
          "type": "string",
          "description": "Path (no query)."
        },
        "operation_id": {
          "type": "string",
          "description": "The spec operation it reached, when it reached one."
        },
        "status": {
          "type": "integer",
          "description": "Response status."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The calling agent (absent for owner requests)."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The `Idempotency-Key` it sent."
        },
        "replayed": {
          "type": "boolean",
          "description": "Whether the answer was an idempotent replay (`Idempotent-Replayed: true`)."
        },
        "latency_ms": {
          "type": "number",
          "description": "Time spent in the server, in milliseconds."
        },
        "error_code": {
          "type": "string",
          "description": "The problem `code` of an error response."
        }
      },
      "description": "One request the server answered for the workspace (kept 7 days, at most 100 000 per workspace)."
    },
    "RequestLogPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RequestLogEntry"
          },
          "description": "Requests, newest first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "A page of the request log, newest first."
    },
    "RotateWebhookSecretRequest": {
      "type": "object",
      "properties": {
        "overlap_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 604800,
          "description": "How long the previous secret keeps signing too, 0–604800 s (default 86400)."
        }
      },
      "description": "Rotate a webhook's secret."
    },
    "Rule": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/BusinessHoursRule"
        },
        {
          "$ref": "#/$defs/FocusBlockRule"
        },
        {
          "$ref": "#/$defs/DailyCapRule"
        },
        {
          "$ref": "#/$defs/BufferRule"
        },
        {
          "$ref": "#/$defs/MaxDurationRule"
        },
        {
          "$ref": "#/$defs/MinNoticeRule"
        }
      ],
      "description": "A calendar rule, checked before arbitration."
    },
    "RuleKind": {
      "type": "string",
      "enum": [
        "business_hours",
        "focus_block",
        "daily_cap",
        "buffer",
        "max_duration",
        "min_notice",
        "external_busy"
      ],
      "description": "Kinds of calendar rules."
    },
    "RuleRef": {
      "type": "object",
      "required": [
        "rule_id",
        "kind"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "description": "Owner-chosen id of the rule."
        },
        "kind": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleKind"
            }
          ],
          "description": "Its kind."
        }
      },
      "description": "The rule a write broke."
    },
    "RuleSet": {
      "type": "object",
      "required": [
        "rules"
      ],
      "properties": {
        "rules": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Rule"
          },
          "maxItems": 100,
          "description": "Rules, all of which must pass."
        }
      },
      "description": "The full rule set of a calendar."
    },
    "RuleViolationProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "rule",
        "audit_event_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "rule_violation"
          ],
          "description": "Problem code."
        },
        "rule": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleRef"
            }
          ],
          "description": "The rule that was broken."
        },
        "external": {
          "allOf": [
            {
              "$ref": "#/$defs/ExternalConflict"
            }
          ],
          "description": "For kind `external_busy`: the external busy interval the write overlaps."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2)."
        },
        "occurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/FailedOccurrence"
            }
          ],
          "description": "The occurrence of a series that failed (docs/protocol.md §12.3)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event that records this rejection."
        }
      },
      "description": "422 — a calendar rule forbids this booking."
    },
    "Scope": {
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
    "SendMessageRequest": {
      "type": "object",
      "required": [
        "to",
        "subject",
        "text"
      ],
      "properties": {
        "to": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 50,
          "description": "Recipients (1–50 addresses)."
        },
        "subject": {
          "type": "string",
          "maxLength": 998,
          "description": "Subject."
        },
        "text": {
          "type": "string",
          "description": "Plain-text body."
        },
        "html": {
          "type": "string",
          "description": "Optional HTML body."
        },
        "in_reply_to": {
          "type": "string",
          "description": "`Message-ID` of the message this replies to (threads `In-Reply-To`/`References`)."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Attach an iTIP invite for this booking (REQUEST, or CANCEL when cancelled)."
        }
      },
      "description": "Request to send a message from the calling agent's mailbox."
    },
    "SeriesCancellation": {
      "type": "object",
      "required": [
        "series_id",
        "bookings"
      ],
      "properties": {
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The series."
        },
        "bookings": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Booking"
          },
          "description": "The occurrences cancelled (COMMITTED → CANCELLED) or released (HELD → RELEASED), in order."
        }
      },
      "description": "The occurrences a series cancel ended."
    },
    "SeriesId": {
      "type": "string",
      "pattern": "^srs_[A-Za-z0-9_-]+$",
      "description": "A recurring series id (`srs_…`); its occurrences are bookings `bkg_<same suffix>_<index>`."
    },
    "SeriesOccurrence": {
      "type": "object",
      "required": [
        "index",
        "booking_id",
        "start",
        "end",
        "outcome"
      ],
      "properties": {
        "index": {
          "type": "integer",
          "description": "0-based position in the series."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The occurrence's booking id (created or not)."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "outcome": {
          "type": "string",
          "enum": [
            "created",
            "failed"
          ],
          "description": "`created` or `failed`."
        },
        "problem": {
          "allOf": [
            {
              "$ref": "#/$defs/OccurrenceProblem"
            }
          ],
          "description": "Why it failed."
        }
      },
      "description": "How one occurrence of a recurring write was decided."
    },
    "SeriesOutcome": {
      "type": "object",
      "required": [
        "series_id",
        "all_or_nothing",
        "occurrences"
      ],
      "properties": {
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The series."
        },
        "all_or_nothing": {
          "type": "boolean",
          "description": "Whether the series was decided all or nothing."
        },
        "occurrences": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SeriesOccurrence"
          },
          "description": "Every occurrence, in order."
        }
      },
      "description": "The occurrences of a recurring write, in order."
    },
    "Session": {
      "type": "object",
      "required": [
        "user_id",
        "email"
      ],
      "properties": {
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "Owner id."
        },
        "email": {
          "type": "string",
          "description": "Owner email."
        }
      },
      "description": "The signed-in owner."
    },
    "SetSourcesRequest": {
      "type": "object",
      "required": [
        "sources"
      ],
      "properties": {
        "sources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SourceInput"
          },
          "maxItems": 10,
          "description": "The sources (an empty list removes every source and its busy time)."
        },
        "poll_seconds": {
          "type": "integer",
          "minimum": 5,
          "maximum": 3600,
          "description": "Seconds between two polls of each source (default 300).",
          "default": 300
        }
      },
      "description": "Replace a calendar's external sources."
    },
    "SourceError": {
      "type": "object",
      "required": [
        "code",
        "message",
        "at"
      ],
      "properties": {
        "code": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceErrorCode"
            }
          ],
          "description": "What went wrong."
        },
        "message": {
          "type": "string",
          "description": "A readable account."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When."
        }
      },
      "description": "The last failed poll of a source."
    },
    "SourceErrorCode": {
      "type": "string",
      "enum": [
        "refused",
        "unreachable",
        "timeout",
        "unauthorized",
        "http_status",
        "malformed",
        "too_large"
      ],
      "description": "Why the last poll of a source failed (its last good busy set stays in force)."
    },
    "SourceId": {
      "type": "string",
      "pattern": "^src_[A-Za-z0-9_-]+$",
      "description": "Identifier of an external calendar source (`src_…`)."
    },
    "SourceInput": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/CaldavSourceInput"
        },
        {
          "$ref": "#/$defs/IcsSourceInput"
        }
      ],
      "description": "An external calendar to read busy time from."
    },
    "SystemActor": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "system"
          ],
          "description": "Discriminator."
        }
      },
      "description": "The server acted on its own (e.g. a hold expired)."
    },
    "TargetRefusedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "errors"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "target_refused"
          ],
          "description": "Problem code."
        },
        "errors": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FieldError"
          },
          "description": "The refused fields, each with the reason."
        }
      },
      "description": "422 — a URL the owner gave is one the server does not call (docs/security.md §5)."
    },
    "TimeZoneParam": {
      "type": "string",
      "maxLength": 64,
      "description": "An IANA time zone name (`Europe/Berlin`), or `calendar` for the zone of the item's calendar.\nAn unknown zone is a 400 `invalid_request` naming `query.time_zone`."
    },
    "UnavailableProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            503
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "unavailable"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds to wait before retrying (also sent as `Retry-After`)."
        }
      },
      "description": "503 — the server cannot serve right now (store unreachable, draining); nothing was stored."
    },
    "UpdateAgentRequest": {
      "type": "object",
      "properties": {
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "New priority (applies to future writes)."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "New scopes."
        }
      },
      "description": "Change an agent's priority or scopes."
    },
    "UpdateCalendarRequest": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/$defs/EngineSettingsUpdate"
            }
          ],
          "description": "Engine settings to change."
        }
      },
      "description": "Update a calendar: its name, time zone or engine settings."
    },
    "UpdateWebhookRequest": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 100,
          "description": "Event types to deliver (`*` for all)."
        },
        "enabled": {
          "type": "boolean",
          "description": "Pause (false) or resume (true) delivery; paused deliveries wait, new events are not queued."
        }
      },
      "description": "Change a webhook; absent fields keep their value."
    },
    "UserActor": {
      "type": "object",
      "required": [
        "type",
        "user_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "user"
          ],
          "description": "Discriminator."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "The owner."
        }
      },
      "description": "An owner acted."
    },
    "UserId": {
      "type": "string",
      "pattern": "^usr_[A-Za-z0-9_-]+$",
      "description": "Identifier of an owner (`usr_…`)."
    },
    "VerifyRequest": {
      "type": "object",
      "required": [
        "token"
      ],
      "properties": {
        "token": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "Token from the link."
        }
      },
      "description": "Exchange a magic-link token for a session."
    },
    "Webhook": {
      "type": "object",
      "required": [
        "webhook_id",
        "url",
        "events",
        "enabled",
        "created_at"
      ],
      "properties": {
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "Webhook id."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`."
        },
        "enabled": {
          "type": "boolean",
          "description": "Whether events are delivered (a disabled subscription queues nothing and sends nothing)."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A webhook subscription: the server POSTs matching audit events to `url`, signed (Standard Webhooks)."
    },
    "WebhookDelivery": {
      "type": "object",
      "required": [
        "delivery_id",
        "webhook_id",
        "event_id",
        "event_type",
        "status",
        "attempts",
        "created_at"
      ],
      "properties": {
        "delivery_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDeliveryId"
            }
          ],
          "description": "Delivery id, sent as `webhook-id` on every attempt."
        },
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "The subscription."
        },
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event delivered."
        },
        "event_type": {
          "type": "string",
          "description": "Its type."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDeliveryStatus"
            }
          ],
          "description": "Where it stands."
        },
        "attempts": {
          "type": "integer",
          "minimum": 0,
          "description": "Attempts made so far."
        },
        "last_attempt_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the latest attempt was made."
        },
        "last_status_code": {
          "type": "integer",
          "description": "HTTP status of the latest answer (absent when none came)."
        },
        "last_latency_ms": {
          "type": "integer",
          "description": "Duration of the latest attempt, in ms."
        },
        "last_error": {
          "type": "string",
          "description": "Why the latest attempt failed."
        },
        "next_attempt_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the next attempt is due (pending only)."
        },
        "delivered_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was delivered."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was queued."
        }
      },
      "description": "One event's delivery to one subscription."
    },
    "WebhookDeliveryId": {
      "type": "string",
      "description": "Identifier of one webhook delivery (`whd_…`); it is also the `webhook-id` header of every attempt."
    },
    "WebhookDeliveryPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/WebhookDelivery"
          },
          "description": "Deliveries."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of a webhook's deliveries, newest event first."
    },
    "WebhookDeliveryStatus": {
      "type": "string",
      "enum": [
        "pending",
        "delivered",
        "dead"
      ],
      "description": "State of a delivery."
    },
    "WebhookEnvelope": {
      "type": "object",
      "required": [
        "type",
        "timestamp",
        "data"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "Event type (the audit action)."
        },
        "timestamp": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the event happened."
        },
        "data": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEvent"
            }
          ],
          "description": "The audit event."
        }
      },
      "description": "The body of every delivery (Standard Webhooks envelope): `type` is the audit action, `timestamp`\nthe event's time, `data` the audit event exactly as the audit log holds it (§4.1), so it can be\nchecked against a signed checkpoint."
    },
    "WebhookEventCatalog": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/WebhookEventType"
          },
          "description": "Event types, by name."
        }
      },
      "description": "Every event type the server emits."
    },
    "WebhookEventType": {
      "type": "object",
      "required": [
        "type",
        "description",
        "schema"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "The event type: the audit action, e.g. `booking.committed`."
        },
        "description": {
          "type": "string",
          "description": "What it means."
        },
        "schema": {
          "type": "string",
          "description": "JSON reference of the schema of the envelope's `data` (an audit event)."
        }
      },
      "description": "One type of event a webhook can subscribe to."
    },
    "WebhookId": {
      "type": "string",
      "pattern": "^whk_[A-Za-z0-9_-]+$",
      "description": "Identifier of a webhook subscription (`whk_…`)."
    },
    "WebhookList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Webhook"
          },
          "description": "Webhooks."
        }
      },
      "description": "The workspace's webhooks."
    },
    "WebhookTestResult": {
      "type": "object",
      "required": [
        "delivery",
        "envelope"
      ],
      "properties": {
        "delivery": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDelivery"
            }
          ],
          "description": "The delivery of the `webhook.test` event."
        },
        "envelope": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookEnvelope"
            }
          ],
          "description": "The body it sends."
        }
      },
      "description": "The test delivery queued."
    },
    "WebhookWithSecret": {
      "type": "object",
      "required": [
        "webhook_id",
        "url",
        "events",
        "enabled",
        "created_at",
        "secret"
      ],
      "properties": {
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "Webhook id."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`."
        },
        "enabled": {
          "type": "boolean",
          "description": "Whether events are delivered (a disabled subscription queues nothing and sends nothing)."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        },
        "secret": {
          "type": "string",
          "description": "Standard Webhooks signing secret: `whsec_` + base64 of the HMAC-SHA256 key."
        }
      },
      "description": "A webhook with its signing secret, shown once (on creation and on rotation)."
    },
    "Weekday": {
      "type": "string",
      "enum": [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun"
      ],
      "description": "Day of the week, ISO order."
    },
    "Workspace": {
      "type": "object",
      "required": [
        "workspace_id",
        "user_id",
        "email",
        "default_calendar_id"
      ],
      "properties": {
        "workspace_id": {
          "type": "string",
          "description": "Workspace id."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "Owner."
        },
        "email": {
          "type": "string",
          "description": "Owner email."
        },
        "default_calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar agents write to by default."
        }
      },
      "description": "The owner's workspace."
    }
  }
} as const;

/** The same schemas for requests: every object with listed properties refuses unknown ones. */
export const requestSchemaDocument = {
  "$id": "agentdraft-request",
  "$defs": {
    "Agent": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "calendar_id",
        "mailbox_address",
        "revoked",
        "created_at"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name (also the mailbox handle, slugified)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of its API key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar it writes to."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        },
        "revoked": {
          "type": "boolean",
          "description": "Whether its key was revoked."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "An agent as the owner sees it.",
      "additionalProperties": false
    },
    "AgentActor": {
      "type": "object",
      "required": [
        "type",
        "agent_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "agent"
          ],
          "description": "Discriminator."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        }
      },
      "description": "An agent acted.",
      "additionalProperties": false
    },
    "AgentId": {
      "type": "string",
      "pattern": "^agt_[A-Za-z0-9_-]+$",
      "description": "Identifier of an agent (`agt_…`)."
    },
    "AgentIdentity": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "user_id",
        "calendar_id",
        "mailbox_address"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of the key in use."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "The owner of the agent's workspace."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        }
      },
      "description": "The calling agent.",
      "additionalProperties": false
    },
    "AgentList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Agent"
          },
          "description": "Agents, by creation."
        }
      },
      "description": "The workspace's agents.",
      "additionalProperties": false
    },
    "AgentUsage": {
      "type": "object",
      "required": [
        "agent_id",
        "requests_last_day",
        "errors_last_day",
        "rate_limit"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "last_used_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Its latest request (absent: none within the request log's 7 days)."
        },
        "requests_last_day": {
          "type": "integer",
          "description": "Requests in the last 24 hours."
        },
        "errors_last_day": {
          "type": "integer",
          "description": "Error responses in the last 24 hours."
        },
        "rate_limit": {
          "allOf": [
            {
              "$ref": "#/$defs/RateLimitState"
            }
          ],
          "description": "Its rate-limit bucket now."
        }
      },
      "description": "How an agent uses the API: last request (within the request log's window) and rate-limit state.",
      "additionalProperties": false
    },
    "AgentUsageList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AgentUsage"
          },
          "description": "Agents, by creation."
        }
      },
      "description": "Usage of every agent of the workspace.",
      "additionalProperties": false
    },
    "AgentWithKey": {
      "type": "object",
      "required": [
        "agent_id",
        "name",
        "priority",
        "scopes",
        "calendar_id",
        "mailbox_address",
        "revoked",
        "created_at",
        "plaintext_key"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent id."
        },
        "name": {
          "type": "string",
          "description": "Display name (also the mailbox handle, slugified)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of its API key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar it writes to."
        },
        "mailbox_address": {
          "type": "string",
          "description": "Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server."
        },
        "revoked": {
          "type": "boolean",
          "description": "Whether its key was revoked."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        },
        "plaintext_key": {
          "type": "string",
          "pattern": "^avs_live_[A-Za-z0-9]+$",
          "description": "The API key. Store it now: only a keyed hash is kept."
        }
      },
      "description": "An agent with its API key, shown exactly once (on create and on rotate).",
      "additionalProperties": false
    },
    "AttachmentInfo": {
      "type": "object",
      "required": [
        "content_type",
        "size"
      ],
      "properties": {
        "filename": {
          "type": "string",
          "description": "File name."
        },
        "content_type": {
          "type": "string",
          "description": "MIME type."
        },
        "size": {
          "type": "integer",
          "description": "Size in bytes."
        }
      },
      "description": "Metadata of an attachment (contents are not served).",
      "additionalProperties": false
    },
    "AuditActor": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/AgentActor"
        },
        {
          "$ref": "#/$defs/UserActor"
        },
        {
          "$ref": "#/$defs/SystemActor"
        }
      ],
      "description": "Who caused an audit event."
    },
    "AuditEvent": {
      "type": "object",
      "required": [
        "event_id",
        "seq",
        "at",
        "actor",
        "action",
        "resource",
        "request",
        "outcome"
      ],
      "properties": {
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "Event id."
        },
        "seq": {
          "type": "integer",
          "minimum": 0,
          "description": "Zero-based index of the event in the workspace's log (its Merkle leaf index)."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the server decided it."
        },
        "actor": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditActor"
            }
          ],
          "description": "Who caused it."
        },
        "action": {
          "type": "string",
          "description": "What happened, e.g. `booking.committed`, `booking.rejected`, `hold.invalidated`, `agent.created`."
        },
        "resource": {
          "type": "string",
          "description": "The id of the resource it concerns (booking, agent, calendar, message …)."
        },
        "request": {
          "type": "object",
          "additionalProperties": {},
          "description": "The request that caused it (method, path, request id, relevant input)."
        },
        "outcome": {
          "type": "object",
          "additionalProperties": {},
          "description": "Its result (new status, problem code, winner …)."
        }
      },
      "description": "One entry of the workspace's append-only audit log. Its RFC 8785 (JCS) canonical JSON is a leaf\nof the workspace's RFC 6962 Merkle tree, at index `seq`.",
      "additionalProperties": false
    },
    "AuditEventId": {
      "type": "string",
      "pattern": "^evt_[A-Za-z0-9_-]+$",
      "description": "Identifier of an audit event (`evt_…`)."
    },
    "AuditEventPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AuditEvent"
          },
          "description": "Events, in log order."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of audit events.",
      "additionalProperties": false
    },
    "AuthErrorProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            401
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "unauthenticated"
          ],
          "description": "Problem code."
        }
      },
      "description": "401 — the API key or session is missing, unknown or revoked.",
      "additionalProperties": false
    },
    "Availability": {
      "type": "object",
      "required": [
        "calendar_id",
        "range_start",
        "range_end",
        "slots",
        "busy"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar (the first one asked for, when several were)."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "description": "Every calendar asked for, when several were (docs/protocol.md §12.2)."
        },
        "min_available": {
          "type": "integer",
          "description": "How many of `calendar_ids` each slot is free on at least (several calendars only)."
        },
        "range_start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Start of the queried range."
        },
        "range_end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the queried range."
        },
        "slots": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Interval"
          },
          "description": "Maximal free intervals (each at least `duration_minutes` long when given), in order."
        },
        "busy": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/BusyInterval"
          },
          "description": "Busy intervals, in order of start."
        }
      },
      "description": "Free slots and busy intervals of one calendar in a range, merged across every agent and rule.",
      "additionalProperties": false
    },
    "AvailabilityPreviewRequest": {
      "type": "object",
      "required": [
        "range_start",
        "range_end",
        "rules"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar (default: the workspace's default calendar)."
        },
        "range_start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Start of the range."
        },
        "range_end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the range (at most 62 days after the start)."
        },
        "duration_minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Minimum slot length."
        },
        "rules": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Rule"
          },
          "maxItems": 100,
          "description": "The rules to try instead of the calendar's own (nothing is stored)."
        }
      },
      "description": "Rules to preview and the range to preview them on.",
      "additionalProperties": false
    },
    "Booking": {
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
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking id."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar the booking is on (the first of `calendar_ids` for a booking on several calendars)."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "description": "Every calendar the booking occupies, `calendar_id` first; present only on a booking of several calendars (otherwise read `[calendar_id]`)."
        },
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The recurring series the booking is an occurrence of (docs/protocol.md §12.3)."
        },
        "moved_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was last moved (docs/protocol.md §12.1); a move restarts a commit's bump window."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent that made the booking."
        },
        "agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "The agent's priority when it wrote the booking."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingStatus"
            }
          ],
          "description": "Current state."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "metadata": {
          "allOf": [
            {
              "$ref": "#/$defs/Metadata"
            }
          ],
          "description": "Metadata given at creation."
        },
        "hold_expires_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When a hold stops blocking (holds only)."
        },
        "committed_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was committed."
        },
        "ended_reason": {
          "type": "string",
          "description": "Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings."
        },
        "displaced_by_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking that evicted or displaced this one."
        },
        "displaced_by_source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "External source whose busy time displaced this hold (`ended_reason` says so too)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event of the booking's latest transition."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the booking was created."
        },
        "external_conflicts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ExternalConflict"
          },
          "description": "On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        },
        "series": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesOutcome"
            }
          ],
          "description": "Only in the answer to a recurring write: how each occurrence was decided (docs/protocol.md §12.3)."
        }
      },
      "description": "A reservation of `[start, end)` on a calendar by one agent.",
      "additionalProperties": false
    },
    "BookingId": {
      "type": "string",
      "pattern": "^bkg_[A-Za-z0-9_-]+$",
      "description": "Identifier of a booking (`bkg_…`)."
    },
    "BookingMode": {
      "type": "string",
      "enum": [
        "commit",
        "hold"
      ],
      "description": "How a booking write lands."
    },
    "BookingPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Booking"
          },
          "description": "Bookings, ordered by `start`, then `booking_id`."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of bookings.",
      "additionalProperties": false
    },
    "BookingStatus": {
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
    "BufferRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "buffer"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Gap in minutes."
        }
      },
      "description": "At least `minutes` between any two active bookings.",
      "additionalProperties": false
    },
    "BusinessHoursRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "hours"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "business_hours"
          ],
          "description": "Discriminator."
        },
        "hours": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/DayHours"
          },
          "description": "Opening hours."
        }
      },
      "description": "Bookings must lie within one day's opening hours (days not listed are closed).",
      "additionalProperties": false
    },
    "BusyInterval": {
      "type": "object",
      "required": [
        "start",
        "end",
        "kind"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        },
        "kind": {
          "allOf": [
            {
              "$ref": "#/$defs/BusyKind"
            }
          ],
          "description": "What makes it busy."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent owning the booking or hold."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The booking or hold."
        },
        "rule_id": {
          "type": "string",
          "description": "The rule, for rule-derived intervals."
        },
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "The external source, for `external` intervals."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the interval is busy on (answers over several calendars only)."
        }
      },
      "description": "A busy interval of the calendar.",
      "additionalProperties": false
    },
    "BusyKind": {
      "type": "string",
      "enum": [
        "booking",
        "hold",
        "focus_block",
        "outside_business_hours",
        "external"
      ],
      "description": "Why an interval is busy."
    },
    "CaldavSourceInput": {
      "type": "object",
      "required": [
        "kind",
        "url"
      ],
      "properties": {
        "kind": {
          "type": "string",
          "enum": [
            "caldav"
          ],
          "description": "Discriminator."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "maxLength": 2000,
          "description": "URL of the calendar collection (http or https)."
        },
        "username": {
          "type": "string",
          "maxLength": 200,
          "description": "HTTP Basic user name."
        },
        "password": {
          "type": "string",
          "maxLength": 1000,
          "description": "HTTP Basic password: stored sealed, never returned. Omitted on a PUT that keeps the same url and username: the stored one stays."
        }
      },
      "description": "A CalDAV calendar collection, polled with sync-token / ctag; HTTP Basic when a username is given.",
      "additionalProperties": false
    },
    "Calendar": {
      "type": "object",
      "required": [
        "calendar_id",
        "name",
        "time_zone",
        "is_default",
        "settings",
        "created_at"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar id."
        },
        "name": {
          "type": "string",
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone its rules are evaluated in."
        },
        "is_default": {
          "type": "boolean",
          "description": "Whether agents write here unless a request names another calendar."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/$defs/EngineSettings"
            }
          ],
          "description": "Engine settings."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A calendar of the workspace.",
      "additionalProperties": false
    },
    "CalendarId": {
      "type": "string",
      "pattern": "^cal_[A-Za-z0-9_-]+$",
      "description": "Identifier of a calendar (`cal_…`)."
    },
    "CalendarInvite": {
      "type": "object",
      "required": [
        "method",
        "uid",
        "sequence"
      ],
      "properties": {
        "method": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarMethod"
            }
          ],
          "description": "iTIP method."
        },
        "uid": {
          "type": "string",
          "description": "Event UID (stable per booking)."
        },
        "sequence": {
          "type": "integer",
          "description": "SEQUENCE, bumped on every change."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Event start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Event end."
        },
        "summary": {
          "type": "string",
          "description": "SUMMARY."
        },
        "attendees": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Attendee replies (`PARTSTAT`) by address, for REPLY."
        }
      },
      "description": "The iCalendar invite attached to a message, parsed.",
      "additionalProperties": false
    },
    "CalendarList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Calendar"
          },
          "description": "Calendars, default first."
        }
      },
      "description": "Calendar list.",
      "additionalProperties": false
    },
    "CalendarMethod": {
      "type": "string",
      "enum": [
        "REQUEST",
        "REPLY",
        "CANCEL",
        "PUBLISH",
        "COUNTER"
      ],
      "description": "iTIP method of a calendar attachment."
    },
    "CalendarSource": {
      "type": "object",
      "required": [
        "source_id",
        "kind",
        "url",
        "has_password",
        "next_poll_at"
      ],
      "properties": {
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "Source id (the `source_id` of its busy intervals in availability)."
        },
        "kind": {
          "type": "string",
          "enum": [
            "caldav",
            "ics"
          ],
          "description": "`caldav` or `ics`."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "The source's URL."
        },
        "username": {
          "type": "string",
          "description": "CalDAV user name, when one is set."
        },
        "has_password": {
          "type": "boolean",
          "description": "Whether a password is stored (sealed)."
        },
        "last_sync_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the source was last read successfully (absent: never)."
        },
        "last_error": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceError"
            }
          ],
          "description": "The last poll's failure; absent when the last poll succeeded."
        },
        "event_count": {
          "type": "integer",
          "description": "Events in the source at the last successful read."
        },
        "interval_count": {
          "type": "integer",
          "description": "Busy intervals in force from this source."
        },
        "next_poll_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the next poll is due."
        }
      },
      "description": "An external source and its state. Credentials are never returned.",
      "additionalProperties": false
    },
    "CalendarSources": {
      "type": "object",
      "required": [
        "calendar_id",
        "poll_seconds",
        "sources"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar."
        },
        "poll_seconds": {
          "type": "integer",
          "description": "Seconds between polls."
        },
        "sources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarSource"
          },
          "description": "The sources, in the order they were given."
        }
      },
      "description": "A calendar's external sources.",
      "additionalProperties": false
    },
    "CancelBookingRequest": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string",
          "maxLength": 500,
          "description": "Why the booking is cancelled."
        }
      },
      "description": "Request to cancel a commit.",
      "additionalProperties": false
    },
    "Checkpoint": {
      "type": "object",
      "required": [
        "origin",
        "tree_size",
        "root_hash",
        "checkpoint",
        "verifier_key"
      ],
      "properties": {
        "origin": {
          "type": "string",
          "description": "Log origin line (`<host>/<workspace_id>`)."
        },
        "tree_size": {
          "type": "integer",
          "minimum": 0,
          "description": "Number of events in the tree."
        },
        "root_hash": {
          "type": "string",
          "description": "Base64 RFC 6962 root hash."
        },
        "checkpoint": {
          "type": "string",
          "description": "The C2SP checkpoint: a signed note (Ed25519) over origin, size and root."
        },
        "verifier_key": {
          "type": "string",
          "description": "The server's note verifier key (`<name>+<hex key id>+<base64 key>`), to pin out of band."
        }
      },
      "description": "A signed tree head of the workspace's audit log.",
      "additionalProperties": false
    },
    "ConflictCode": {
      "type": "string",
      "enum": [
        "outranked",
        "slot_taken",
        "booking_frozen",
        "hold_expired",
        "invalid_transition"
      ],
      "description": "Codes of the `Conflict` family."
    },
    "ConflictProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "audit_event_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            409
          ],
          "description": "HTTP status."
        },
        "code": {
          "allOf": [
            {
              "$ref": "#/$defs/ConflictCode"
            }
          ],
          "description": "Problem code (the SDKs expose it as `reason`)."
        },
        "winning_agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent whose booking blocks this write, when a winner exists."
        },
        "winning_agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority of the winning agent."
        },
        "winning_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2)."
        },
        "occurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/FailedOccurrence"
            }
          ],
          "description": "The occurrence of a series that failed (docs/protocol.md §12.3)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event that records this rejection."
        }
      },
      "description": "409 — the write lost: who won, by what priority, and which audit event records it.",
      "additionalProperties": false
    },
    "ConsistencyProof": {
      "type": "object",
      "required": [
        "from_size",
        "to_size",
        "proof"
      ],
      "properties": {
        "from_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the older tree."
        },
        "to_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the newer tree."
        },
        "proof": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Base64 consistency proof (RFC 6962 §2.1.2)."
        }
      },
      "description": "Proof that the tree of `from_size` is a prefix of the tree of `to_size`.",
      "additionalProperties": false
    },
    "CreateAgentRequest": {
      "type": "object",
      "required": [
        "name",
        "priority",
        "scopes"
      ],
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
          "description": "Display name, unique per workspace (letters, digits, `-`, `_`, `.`)."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority, 1 is highest."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "Scopes of the key."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Default calendar (default: the workspace's default calendar)."
        }
      },
      "description": "Create an agent and its API key.",
      "additionalProperties": false
    },
    "CreateBookingRequest": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start; must carry an offset and not lie in the past."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end; after `start`, at most 24 h later."
        },
        "mode": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingMode"
            }
          ],
          "description": "`commit` (default) or `hold`.",
          "default": "commit"
        },
        "hold_ttl_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "TTL of a hold in seconds (calendar default 30, bounded by the calendar's settings)."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar to book on; defaults to the workspace's default calendar."
        },
        "calendar_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CalendarId"
          },
          "minItems": 2,
          "maxItems": 10,
          "description": "Book 2–10 distinct calendars of the workspace at once, all or nothing (instead of `calendar_id`; docs/protocol.md §12.2)."
        },
        "recurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/Recurrence"
            }
          ],
          "description": "Repeat the booking as a series (docs/protocol.md §12.3); `start`/`end` are the first occurrence."
        },
        "metadata": {
          "allOf": [
            {
              "$ref": "#/$defs/Metadata"
            }
          ],
          "description": "Free-form metadata."
        }
      },
      "description": "Request to book a slot.",
      "additionalProperties": false
    },
    "CreateCalendarRequest": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone (default `UTC`)."
        }
      },
      "description": "Create a calendar.",
      "additionalProperties": false
    },
    "CreateWebhookRequest": {
      "type": "object",
      "required": [
        "url",
        "events"
      ],
      "properties": {
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL (https; http and non-public addresses only with the server's `--allow-private-targets`)."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 100,
          "description": "Event types to deliver (`*` for all)."
        }
      },
      "description": "Create a webhook.",
      "additionalProperties": false
    },
    "Cursor": {
      "type": "string",
      "description": "Opaque cursor for the next page."
    },
    "DailyCapRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "max_bookings",
        "per"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "daily_cap"
          ],
          "description": "Discriminator."
        },
        "max_bookings": {
          "type": "integer",
          "minimum": 1,
          "description": "Cap per day."
        },
        "per": {
          "type": "string",
          "enum": [
            "agent",
            "calendar"
          ],
          "description": "Count per agent or for the whole calendar."
        }
      },
      "description": "At most `max_bookings` active bookings per local day.",
      "additionalProperties": false
    },
    "DayHours": {
      "type": "object",
      "required": [
        "weekday",
        "open",
        "close"
      ],
      "properties": {
        "weekday": {
          "allOf": [
            {
              "$ref": "#/$defs/Weekday"
            }
          ],
          "description": "Weekday."
        },
        "open": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local opening time."
        },
        "close": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local closing time."
        }
      },
      "description": "Opening hours of one weekday.",
      "additionalProperties": false
    },
    "EngineSettings": {
      "type": "object",
      "required": [
        "arbitration_window_ms",
        "bump_window_seconds",
        "hold_ttl_default_seconds",
        "hold_ttl_min_seconds",
        "hold_ttl_max_seconds"
      ],
      "properties": {
        "arbitration_window_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "description": "Contending writes arriving within this window are decided together (0–1000 ms, default 50)."
        },
        "bump_window_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 86400,
          "description": "A higher-priority commit may evict a commit younger than this (0 disables; default 30)."
        },
        "hold_ttl_default_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Hold TTL when a request names none (default 30)."
        },
        "hold_ttl_min_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Shortest hold TTL allowed."
        },
        "hold_ttl_max_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "Longest hold TTL allowed."
        },
        "external_busy": {
          "type": "string",
          "enum": [
            "block",
            "flag"
          ],
          "description": "What busy time of an external source does to a write over it: `block` (422 `rule_violation`\nof kind `external_busy`) or `flag` (allowed; the booking names it). Absent: `block`."
        }
      },
      "description": "Engine settings of a calendar.",
      "additionalProperties": false
    },
    "EngineSettingsUpdate": {
      "type": "object",
      "properties": {
        "arbitration_window_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "description": "See `EngineSettings`."
        },
        "bump_window_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_default_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_min_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "hold_ttl_max_seconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "description": "See `EngineSettings`."
        },
        "external_busy": {
          "type": "string",
          "enum": [
            "block",
            "flag"
          ],
          "description": "See `EngineSettings`."
        }
      },
      "description": "Partial update of engine settings.",
      "additionalProperties": false
    },
    "ExternalConflict": {
      "type": "object",
      "required": [
        "start",
        "end",
        "source_id"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "source_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceId"
            }
          ],
          "description": "The source it came from."
        }
      },
      "description": "External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`).",
      "additionalProperties": false
    },
    "FailedOccurrence": {
      "type": "object",
      "required": [
        "index",
        "booking_id",
        "start",
        "end"
      ],
      "properties": {
        "index": {
          "type": "integer",
          "description": "0-based position in the series."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The occurrence's booking id (not created)."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        }
      },
      "description": "The occurrence of a series a problem is about.",
      "additionalProperties": false
    },
    "FeedCreated": {
      "type": "object",
      "required": [
        "feed_id",
        "url",
        "created_at"
      ],
      "properties": {
        "feed_id": {
          "allOf": [
            {
              "$ref": "#/$defs/FeedId"
            }
          ],
          "description": "Feed id (to revoke it)."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "The tokenised, read-only feed URL."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A new feed: subscribe to `url` from a calendar app. The URL is the secret; it is shown once.",
      "additionalProperties": false
    },
    "FeedFile": {
      "type": "string",
      "pattern": "^adf_[A-Za-z0-9]+\\.ics$",
      "description": "A feed's file name: its token and `.ics`."
    },
    "FeedId": {
      "type": "string",
      "pattern": "^fd_[A-Za-z0-9_-]+$",
      "description": "Identifier of an ICS feed (`fd_…`)."
    },
    "FeedInfo": {
      "type": "object",
      "required": [
        "feed_id",
        "created_at"
      ],
      "properties": {
        "feed_id": {
          "allOf": [
            {
              "$ref": "#/$defs/FeedId"
            }
          ],
          "description": "Feed id."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A feed of a calendar (its URL is not shown again).",
      "additionalProperties": false
    },
    "FeedList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FeedInfo"
          },
          "description": "Feeds, by creation."
        }
      },
      "description": "A calendar's feeds.",
      "additionalProperties": false
    },
    "FieldError": {
      "type": "object",
      "required": [
        "field",
        "message"
      ],
      "properties": {
        "field": {
          "type": "string",
          "description": "JSON pointer or parameter name of the offending field, e.g. `/end` or `query.range_start`."
        },
        "message": {
          "type": "string",
          "description": "What is wrong with it."
        }
      },
      "description": "One invalid field of a request.",
      "additionalProperties": false
    },
    "FocusBlockRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "weekdays",
        "start",
        "end"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "focus_block"
          ],
          "description": "Discriminator."
        },
        "weekdays": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Weekday"
          },
          "description": "Weekdays it recurs on."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local start time."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalTime"
            }
          ],
          "description": "Local end time."
        }
      },
      "description": "Nothing may be booked during these recurring local hours.",
      "additionalProperties": false
    },
    "HealthStatus": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "ok"
          ],
          "description": "Always `ok`."
        }
      },
      "description": "The server is ready.",
      "additionalProperties": false
    },
    "ICalendarText": {
      "type": "string",
      "description": "An iCalendar (RFC 5545) text."
    },
    "IcsSourceInput": {
      "type": "object",
      "required": [
        "kind",
        "url"
      ],
      "properties": {
        "kind": {
          "type": "string",
          "enum": [
            "ics"
          ],
          "description": "Discriminator."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "maxLength": 2000,
          "description": "URL of the `.ics` file (http or https)."
        }
      },
      "description": "An ICS URL, polled with If-None-Match / If-Modified-Since.",
      "additionalProperties": false
    },
    "IdempotencyInFlightProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "retry_after_seconds"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            409
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "idempotency_in_flight"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds to wait before retrying (also sent as `Retry-After`)."
        }
      },
      "description": "409 — a request with this idempotency key is still executing; retry after `Retry-After`.",
      "additionalProperties": false
    },
    "IdempotencyKeyReusedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "idempotency_key_reused"
          ],
          "description": "Problem code."
        }
      },
      "description": "422 — the idempotency key was already used for a different request.",
      "additionalProperties": false
    },
    "InboundMail": {
      "type": "object",
      "required": [
        "recipients",
        "raw"
      ],
      "properties": {
        "recipients": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "description": "Envelope recipients (RCPT TO)."
        },
        "sender": {
          "type": "string",
          "description": "Envelope sender (MAIL FROM)."
        },
        "raw": {
          "type": "string",
          "description": "The full RFC 5322 message."
        }
      },
      "description": "Provider-style inbound webhook payload: the raw RFC 5322 message and its envelope recipients,\nas posted by an inbound mail provider.",
      "additionalProperties": false
    },
    "InboundResult": {
      "type": "object",
      "required": [
        "message_ids",
        "duplicate"
      ],
      "properties": {
        "message_ids": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MessageId"
          },
          "description": "Stored messages, one per accepted recipient (existing ones on a duplicate `Message-ID`)."
        },
        "duplicate": {
          "type": "boolean",
          "description": "Whether the message had been received before (deduplicated by `Message-ID`)."
        }
      },
      "description": "Result of an inbound delivery.",
      "additionalProperties": false
    },
    "InclusionProof": {
      "type": "object",
      "required": [
        "event_id",
        "leaf_index",
        "tree_size",
        "leaf_hash",
        "proof",
        "event"
      ],
      "properties": {
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The event."
        },
        "leaf_index": {
          "type": "integer",
          "minimum": 0,
          "description": "Its leaf index."
        },
        "tree_size": {
          "type": "integer",
          "minimum": 1,
          "description": "Size of the tree the proof is for."
        },
        "leaf_hash": {
          "type": "string",
          "description": "Base64 leaf hash: SHA-256(0x00 ‖ JCS(event))."
        },
        "proof": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Base64 audit path, leaf to root (RFC 6962 §2.1.1)."
        },
        "event": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEvent"
            }
          ],
          "description": "The event itself, so a client can recompute the leaf hash."
        }
      },
      "description": "Proof that an event is a leaf of the tree of a given size.",
      "additionalProperties": false
    },
    "Instant": {
      "type": "string",
      "format": "date-time",
      "description": "An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).\nNaive times are rejected; instants are stored at millisecond precision."
    },
    "InternalProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            500
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "internal"
          ],
          "description": "Problem code."
        }
      },
      "description": "500 — the server failed; nothing was stored. Safe to retry with the same idempotency key.",
      "additionalProperties": false
    },
    "Interval": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "start_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`start` as a local time in `time_zone`."
        },
        "end_local": {
          "allOf": [
            {
              "$ref": "#/$defs/LocalDateTime"
            }
          ],
          "description": "`end` as a local time in `time_zone`."
        },
        "time_zone": {
          "type": "string",
          "description": "The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone)."
        }
      },
      "description": "A half-open interval `[start, end)`.",
      "additionalProperties": false
    },
    "InvalidRequestProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "errors"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            400
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "invalid_request"
          ],
          "description": "Problem code."
        },
        "errors": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FieldError"
          },
          "description": "The invalid fields."
        }
      },
      "description": "400 — the request is malformed or fails validation.",
      "additionalProperties": false
    },
    "LocalDateTime": {
      "type": "string",
      "description": "A local date-time with its UTC offset, e.g. `2026-03-30T09:00:00+02:00` (RFC 3339, offset of that instant in the zone)."
    },
    "LocalTime": {
      "type": "string",
      "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$",
      "description": "A local wall-clock time `HH:MM` (24 h) in the calendar's time zone."
    },
    "MagicLinkRequest": {
      "type": "object",
      "required": [
        "email"
      ],
      "properties": {
        "email": {
          "type": "string",
          "maxLength": 254,
          "pattern": "^[^@\\s]+@[^@\\s]+$",
          "description": "The owner's email address."
        }
      },
      "description": "Request a sign-in link for an owner.",
      "additionalProperties": false
    },
    "MagicLinkResponse": {
      "type": "object",
      "required": [
        "sent"
      ],
      "properties": {
        "sent": {
          "type": "boolean",
          "enum": [
            true
          ],
          "description": "Always true (no account enumeration)."
        },
        "dev_token": {
          "type": "string",
          "description": "The link token, returned only when the server runs in dev mode."
        }
      },
      "description": "The link was sent.",
      "additionalProperties": false
    },
    "MaxDurationRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "max_duration"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1440,
          "description": "Longest booking in minutes."
        }
      },
      "description": "Bookings last at most `minutes`.",
      "additionalProperties": false
    },
    "Message": {
      "type": "object",
      "required": [
        "message_id",
        "direction",
        "status",
        "from",
        "to",
        "subject",
        "internet_message_id",
        "references",
        "attachments",
        "audit_event_id",
        "created_at"
      ],
      "properties": {
        "message_id": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageId"
            }
          ],
          "description": "Message id."
        },
        "direction": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageDirection"
            }
          ],
          "description": "Inbound or outbound."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/MessageStatus"
            }
          ],
          "description": "Delivery state."
        },
        "failure_reason": {
          "type": "string",
          "description": "Why the relay refused it (status `failed`)."
        },
        "from": {
          "type": "string",
          "description": "Sender address."
        },
        "to": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Recipient addresses."
        },
        "subject": {
          "type": "string",
          "description": "Subject."
        },
        "text": {
          "type": "string",
          "description": "Plain-text body."
        },
        "html": {
          "type": "string",
          "description": "HTML body (stored as received; never rendered by the server)."
        },
        "internet_message_id": {
          "type": "string",
          "description": "RFC 5322 `Message-ID`."
        },
        "in_reply_to": {
          "type": "string",
          "description": "`In-Reply-To`."
        },
        "references": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "`References`, oldest first."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Booking the message is about."
        },
        "attachments": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AttachmentInfo"
          },
          "description": "Attachment metadata."
        },
        "calendar": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarInvite"
            }
          ],
          "description": "Parsed calendar invite, when one is attached."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event of its receipt or send."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was stored."
        }
      },
      "description": "A message of an agent's mailbox.",
      "additionalProperties": false
    },
    "MessageDirection": {
      "type": "string",
      "enum": [
        "inbound",
        "outbound"
      ],
      "description": "Direction of a message relative to the agent's mailbox."
    },
    "MessageId": {
      "type": "string",
      "pattern": "^msg_[A-Za-z0-9_-]+$",
      "description": "Identifier of a mailbox message (`msg_…`)."
    },
    "MessagePage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Message"
          },
          "description": "Messages, newest first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of messages.",
      "additionalProperties": false
    },
    "MessageStatus": {
      "type": "string",
      "enum": [
        "received",
        "queued",
        "sent",
        "failed"
      ],
      "description": "Delivery state of a message."
    },
    "Metadata": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      },
      "description": "Free-form string metadata stored with a booking (at most 50 keys of 40 characters, values of 500)."
    },
    "MinNoticeRule": {
      "type": "object",
      "required": [
        "rule_id",
        "kind",
        "minutes"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "description": "Owner-chosen rule id, unique per calendar."
        },
        "kind": {
          "type": "string",
          "enum": [
            "min_notice"
          ],
          "description": "Discriminator."
        },
        "minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 525600,
          "description": "Notice in minutes."
        }
      },
      "description": "Bookings start at least `minutes` after they are made.",
      "additionalProperties": false
    },
    "MoveBookingRequest": {
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "properties": {
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "New inclusive start; must carry an offset and not lie in the past."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "New exclusive end; after `start`, at most 24 h later."
        },
        "whole_series": {
          "type": "boolean",
          "description": "Move every occurrence of the booking's series still to come by the same local wall-clock shift."
        }
      },
      "description": "Request to move a booking to a new interval.",
      "additionalProperties": false
    },
    "NotFoundProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            404
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "not_found"
          ],
          "description": "Problem code."
        }
      },
      "description": "404 — no such resource in the caller's workspace.",
      "additionalProperties": false
    },
    "OccurrenceProblem": {
      "type": "object",
      "required": [
        "code",
        "detail"
      ],
      "properties": {
        "code": {
          "type": "string",
          "description": "Problem code (`outranked`, `slot_taken`, `booking_frozen`, `rule_violation`, …)."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation."
        },
        "winning_agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "Agent whose booking blocks the occurrence, when a winner exists."
        },
        "winning_agent_priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Priority of the winning agent."
        },
        "winning_booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "rule": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleRef"
            }
          ],
          "description": "The broken rule (`rule_violation`)."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the occurrence lost on (several calendars)."
        }
      },
      "description": "Why one occurrence of a series was not created: the problem it would have got on its own.",
      "additionalProperties": false
    },
    "OwnerCancelRequest": {
      "type": "object",
      "properties": {
        "reason": {
          "type": "string",
          "maxLength": 500,
          "description": "Free-text reason, kept in the audit log."
        }
      },
      "description": "Why the owner cancels.",
      "additionalProperties": false
    },
    "PayloadTooLargeProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "max_bytes"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            413
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "payload_too_large"
          ],
          "description": "Problem code."
        },
        "max_bytes": {
          "type": "integer",
          "description": "The largest body the server accepts."
        }
      },
      "description": "413 — the request body is larger than the server accepts.",
      "additionalProperties": false
    },
    "PermissionDeniedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            403
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "forbidden"
          ],
          "description": "Problem code."
        },
        "required_scope": {
          "allOf": [
            {
              "$ref": "#/$defs/Scope"
            }
          ],
          "description": "The scope the request needed, when a scope was missing."
        }
      },
      "description": "403 — authenticated, but not allowed (missing scope, another agent's booking).",
      "additionalProperties": false
    },
    "Priority": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "description": "Agent priority: an integer ≥ 1 where **1 is the highest**."
    },
    "Race": {
      "type": "object",
      "required": [
        "winner",
        "losers",
        "last_at"
      ],
      "properties": {
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "The slot (the winning booking's interval)."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "End of the slot."
        },
        "winner": {
          "allOf": [
            {
              "$ref": "#/$defs/RaceWinner"
            }
          ],
          "description": "Who won."
        },
        "losers": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RaceLoser"
          },
          "description": "Who lost, in log order."
        },
        "last_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was last contested."
        }
      },
      "description": "A contested slot: one winning booking and every write it beat.",
      "additionalProperties": false
    },
    "RaceLoser": {
      "type": "object",
      "required": [
        "agent_id",
        "booking_id",
        "outcome",
        "problem_code",
        "audit_event_id",
        "at"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Its priority (of the evicted booking; for a refused write, the agent's priority now)."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The booking it wrote or lost."
        },
        "outcome": {
          "allOf": [
            {
              "$ref": "#/$defs/RaceOutcome"
            }
          ],
          "description": "How it lost."
        },
        "problem_code": {
          "type": "string",
          "description": "The problem code it got (refused writes) or `evicted` / `displaced`."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event recording the loss."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When."
        }
      },
      "description": "One contender that lost a race.",
      "additionalProperties": false
    },
    "RaceOutcome": {
      "type": "string",
      "enum": [
        "rejected",
        "evicted",
        "displaced"
      ],
      "description": "How a contender lost."
    },
    "RacePage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Race"
          },
          "description": "Races, most recent first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether older audit events remain to scan."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next (older) page, when `has_more`."
        }
      },
      "description": "Races, most recent first, derived from the audit log.",
      "additionalProperties": false
    },
    "RaceWinner": {
      "type": "object",
      "required": [
        "agent_id",
        "priority",
        "booking_id"
      ],
      "properties": {
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The agent."
        },
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "Its priority when it wrote the booking."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The winning booking."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingStatus"
            }
          ],
          "description": "The winning booking's status now."
        }
      },
      "description": "The winner of a race.",
      "additionalProperties": false
    },
    "RateLimitState": {
      "type": "object",
      "required": [
        "capacity",
        "refill_per_second",
        "remaining",
        "full_in_seconds"
      ],
      "properties": {
        "capacity": {
          "type": "integer",
          "description": "Bucket size (burst)."
        },
        "refill_per_second": {
          "type": "number",
          "description": "Tokens added per second."
        },
        "remaining": {
          "type": "integer",
          "description": "Requests it may send at once now."
        },
        "full_in_seconds": {
          "type": "integer",
          "description": "Seconds until the bucket is full again."
        }
      },
      "description": "An agent's token bucket now.",
      "additionalProperties": false
    },
    "RateLimitedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "retry_after_seconds"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            429
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "rate_limited"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds until a token is available (also sent as `Retry-After`)."
        }
      },
      "description": "429 — the agent's token bucket is empty.",
      "additionalProperties": false
    },
    "Recurrence": {
      "type": "object",
      "required": [
        "rrule"
      ],
      "properties": {
        "rrule": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1000,
          "description": "RRULE value (an optional `RRULE:` prefix is accepted) bounded by COUNT or UNTIL, at most 100 occurrences."
        },
        "all_or_nothing": {
          "type": "boolean",
          "description": "`true` (default): every occurrence or none; `false`: each occurrence is decided on its own."
        }
      },
      "description": "A recurrence rule: RFC 5545 RRULE, expanded in the calendar's time zone (docs/protocol.md §12.3).",
      "additionalProperties": false
    },
    "RequestErrorGroup": {
      "type": "object",
      "required": [
        "error_code",
        "status",
        "count",
        "last_at",
        "last_request_id"
      ],
      "properties": {
        "error_code": {
          "type": "string",
          "description": "Problem code."
        },
        "status": {
          "type": "integer",
          "description": "HTTP status of the latest one."
        },
        "count": {
          "type": "integer",
          "description": "How many."
        },
        "last_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "The latest one."
        },
        "last_request_id": {
          "type": "string",
          "description": "`Request-Id` of the latest one."
        }
      },
      "description": "Error responses of one problem code within the request log.",
      "additionalProperties": false
    },
    "RequestErrorSummary": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RequestErrorGroup"
          },
          "description": "Groups, most frequent first."
        }
      },
      "description": "Errors of the request log grouped by problem code, most frequent first.",
      "additionalProperties": false
    },
    "RequestLogEntry": {
      "type": "object",
      "required": [
        "request_id",
        "at",
        "method",
        "path",
        "status",
        "replayed",
        "latency_ms"
      ],
      "properties": {
        "request_id": {
          "type": "string",
          "description": "The request's `Request-Id`."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it arrived."
        },
        "method": {
          "type": "string",
          "description": "HTTP method."
        },
        "path": {
          "type": "string",
          "description": "Path (no query)."
        },
        "operation_id": {
          "type": "string",
          "description": "The spec operation it reached, when it reached one."
        },
        "status": {
          "type": "integer",
          "description": "Response status."
        },
        "agent_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AgentId"
            }
          ],
          "description": "The calling agent (absent for owner requests)."
        },
        "idempotency_key": {
          "type": "string",
          "description": "The `Idempotency-Key` it sent."
        },
        "replayed": {
          "type": "boolean",
          "description": "Whether the answer was an idempotent replay (`Idempotent-Replayed: true`)."
        },
        "latency_ms": {
          "type": "number",
          "description": "Time spent in the server, in milliseconds."
        },
        "error_code": {
          "type": "string",
          "description": "The problem `code` of an error response."
        }
      },
      "description": "One request the server answered for the workspace (kept 7 days, at most 100 000 per workspace).",
      "additionalProperties": false
    },
    "RequestLogPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RequestLogEntry"
          },
          "description": "Requests, newest first."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "A page of the request log, newest first.",
      "additionalProperties": false
    },
    "RotateWebhookSecretRequest": {
      "type": "object",
      "properties": {
        "overlap_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 604800,
          "description": "How long the previous secret keeps signing too, 0–604800 s (default 86400)."
        }
      },
      "description": "Rotate a webhook's secret.",
      "additionalProperties": false
    },
    "Rule": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/BusinessHoursRule"
        },
        {
          "$ref": "#/$defs/FocusBlockRule"
        },
        {
          "$ref": "#/$defs/DailyCapRule"
        },
        {
          "$ref": "#/$defs/BufferRule"
        },
        {
          "$ref": "#/$defs/MaxDurationRule"
        },
        {
          "$ref": "#/$defs/MinNoticeRule"
        }
      ],
      "description": "A calendar rule, checked before arbitration."
    },
    "RuleKind": {
      "type": "string",
      "enum": [
        "business_hours",
        "focus_block",
        "daily_cap",
        "buffer",
        "max_duration",
        "min_notice",
        "external_busy"
      ],
      "description": "Kinds of calendar rules."
    },
    "RuleRef": {
      "type": "object",
      "required": [
        "rule_id",
        "kind"
      ],
      "properties": {
        "rule_id": {
          "type": "string",
          "description": "Owner-chosen id of the rule."
        },
        "kind": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleKind"
            }
          ],
          "description": "Its kind."
        }
      },
      "description": "The rule a write broke.",
      "additionalProperties": false
    },
    "RuleSet": {
      "type": "object",
      "required": [
        "rules"
      ],
      "properties": {
        "rules": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Rule"
          },
          "maxItems": 100,
          "description": "Rules, all of which must pass."
        }
      },
      "description": "The full rule set of a calendar.",
      "additionalProperties": false
    },
    "RuleViolationProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "rule",
        "audit_event_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "rule_violation"
          ],
          "description": "Problem code."
        },
        "rule": {
          "allOf": [
            {
              "$ref": "#/$defs/RuleRef"
            }
          ],
          "description": "The rule that was broken."
        },
        "external": {
          "allOf": [
            {
              "$ref": "#/$defs/ExternalConflict"
            }
          ],
          "description": "For kind `external_busy`: the external busy interval the write overlaps."
        },
        "calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2)."
        },
        "occurrence": {
          "allOf": [
            {
              "$ref": "#/$defs/FailedOccurrence"
            }
          ],
          "description": "The occurrence of a series that failed (docs/protocol.md §12.3)."
        },
        "audit_event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event that records this rejection."
        }
      },
      "description": "422 — a calendar rule forbids this booking.",
      "additionalProperties": false
    },
    "Scope": {
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
    "SendMessageRequest": {
      "type": "object",
      "required": [
        "to",
        "subject",
        "text"
      ],
      "properties": {
        "to": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 50,
          "description": "Recipients (1–50 addresses)."
        },
        "subject": {
          "type": "string",
          "maxLength": 998,
          "description": "Subject."
        },
        "text": {
          "type": "string",
          "description": "Plain-text body."
        },
        "html": {
          "type": "string",
          "description": "Optional HTML body."
        },
        "in_reply_to": {
          "type": "string",
          "description": "`Message-ID` of the message this replies to (threads `In-Reply-To`/`References`)."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "Attach an iTIP invite for this booking (REQUEST, or CANCEL when cancelled)."
        }
      },
      "description": "Request to send a message from the calling agent's mailbox.",
      "additionalProperties": false
    },
    "SeriesCancellation": {
      "type": "object",
      "required": [
        "series_id",
        "bookings"
      ],
      "properties": {
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The series."
        },
        "bookings": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Booking"
          },
          "description": "The occurrences cancelled (COMMITTED → CANCELLED) or released (HELD → RELEASED), in order."
        }
      },
      "description": "The occurrences a series cancel ended.",
      "additionalProperties": false
    },
    "SeriesId": {
      "type": "string",
      "pattern": "^srs_[A-Za-z0-9_-]+$",
      "description": "A recurring series id (`srs_…`); its occurrences are bookings `bkg_<same suffix>_<index>`."
    },
    "SeriesOccurrence": {
      "type": "object",
      "required": [
        "index",
        "booking_id",
        "start",
        "end",
        "outcome"
      ],
      "properties": {
        "index": {
          "type": "integer",
          "description": "0-based position in the series."
        },
        "booking_id": {
          "allOf": [
            {
              "$ref": "#/$defs/BookingId"
            }
          ],
          "description": "The occurrence's booking id (created or not)."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Inclusive start."
        },
        "end": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "Exclusive end."
        },
        "outcome": {
          "type": "string",
          "enum": [
            "created",
            "failed"
          ],
          "description": "`created` or `failed`."
        },
        "problem": {
          "allOf": [
            {
              "$ref": "#/$defs/OccurrenceProblem"
            }
          ],
          "description": "Why it failed."
        }
      },
      "description": "How one occurrence of a recurring write was decided.",
      "additionalProperties": false
    },
    "SeriesOutcome": {
      "type": "object",
      "required": [
        "series_id",
        "all_or_nothing",
        "occurrences"
      ],
      "properties": {
        "series_id": {
          "allOf": [
            {
              "$ref": "#/$defs/SeriesId"
            }
          ],
          "description": "The series."
        },
        "all_or_nothing": {
          "type": "boolean",
          "description": "Whether the series was decided all or nothing."
        },
        "occurrences": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SeriesOccurrence"
          },
          "description": "Every occurrence, in order."
        }
      },
      "description": "The occurrences of a recurring write, in order.",
      "additionalProperties": false
    },
    "Session": {
      "type": "object",
      "required": [
        "user_id",
        "email"
      ],
      "properties": {
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "Owner id."
        },
        "email": {
          "type": "string",
          "description": "Owner email."
        }
      },
      "description": "The signed-in owner.",
      "additionalProperties": false
    },
    "SetSourcesRequest": {
      "type": "object",
      "required": [
        "sources"
      ],
      "properties": {
        "sources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SourceInput"
          },
          "maxItems": 10,
          "description": "The sources (an empty list removes every source and its busy time)."
        },
        "poll_seconds": {
          "type": "integer",
          "minimum": 5,
          "maximum": 3600,
          "description": "Seconds between two polls of each source (default 300).",
          "default": 300
        }
      },
      "description": "Replace a calendar's external sources.",
      "additionalProperties": false
    },
    "SourceError": {
      "type": "object",
      "required": [
        "code",
        "message",
        "at"
      ],
      "properties": {
        "code": {
          "allOf": [
            {
              "$ref": "#/$defs/SourceErrorCode"
            }
          ],
          "description": "What went wrong."
        },
        "message": {
          "type": "string",
          "description": "A readable account."
        },
        "at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When."
        }
      },
      "description": "The last failed poll of a source.",
      "additionalProperties": false
    },
    "SourceErrorCode": {
      "type": "string",
      "enum": [
        "refused",
        "unreachable",
        "timeout",
        "unauthorized",
        "http_status",
        "malformed",
        "too_large"
      ],
      "description": "Why the last poll of a source failed (its last good busy set stays in force)."
    },
    "SourceId": {
      "type": "string",
      "pattern": "^src_[A-Za-z0-9_-]+$",
      "description": "Identifier of an external calendar source (`src_…`)."
    },
    "SourceInput": {
      "type": "object",
      "oneOf": [
        {
          "$ref": "#/$defs/CaldavSourceInput"
        },
        {
          "$ref": "#/$defs/IcsSourceInput"
        }
      ],
      "description": "An external calendar to read busy time from."
    },
    "SystemActor": {
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "system"
          ],
          "description": "Discriminator."
        }
      },
      "description": "The server acted on its own (e.g. a hold expired).",
      "additionalProperties": false
    },
    "TargetRefusedProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code",
        "errors"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            422
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "target_refused"
          ],
          "description": "Problem code."
        },
        "errors": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FieldError"
          },
          "description": "The refused fields, each with the reason."
        }
      },
      "description": "422 — a URL the owner gave is one the server does not call (docs/security.md §5).",
      "additionalProperties": false
    },
    "TimeZoneParam": {
      "type": "string",
      "maxLength": 64,
      "description": "An IANA time zone name (`Europe/Berlin`), or `calendar` for the zone of the item's calendar.\nAn unknown zone is a 400 `invalid_request` naming `query.time_zone`."
    },
    "UnavailableProblem": {
      "type": "object",
      "required": [
        "type",
        "title",
        "detail",
        "request_id",
        "status",
        "code"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`)."
        },
        "title": {
          "type": "string",
          "description": "Short, human-readable summary of the problem type."
        },
        "detail": {
          "type": "string",
          "description": "Human-readable explanation specific to this occurrence."
        },
        "request_id": {
          "type": "string",
          "description": "The `Request-Id` of the failed request."
        },
        "status": {
          "type": "number",
          "enum": [
            503
          ],
          "description": "HTTP status."
        },
        "code": {
          "type": "string",
          "enum": [
            "unavailable"
          ],
          "description": "Problem code."
        },
        "retry_after_seconds": {
          "type": "integer",
          "description": "Seconds to wait before retrying (also sent as `Retry-After`)."
        }
      },
      "description": "503 — the server cannot serve right now (store unreachable, draining); nothing was stored.",
      "additionalProperties": false
    },
    "UpdateAgentRequest": {
      "type": "object",
      "properties": {
        "priority": {
          "allOf": [
            {
              "$ref": "#/$defs/Priority"
            }
          ],
          "description": "New priority (applies to future writes)."
        },
        "scopes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Scope"
          },
          "description": "New scopes."
        }
      },
      "description": "Change an agent's priority or scopes.",
      "additionalProperties": false
    },
    "UpdateCalendarRequest": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Name."
        },
        "time_zone": {
          "type": "string",
          "description": "IANA time zone."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/$defs/EngineSettingsUpdate"
            }
          ],
          "description": "Engine settings to change."
        }
      },
      "description": "Update a calendar: its name, time zone or engine settings.",
      "additionalProperties": false
    },
    "UpdateWebhookRequest": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 100,
          "description": "Event types to deliver (`*` for all)."
        },
        "enabled": {
          "type": "boolean",
          "description": "Pause (false) or resume (true) delivery; paused deliveries wait, new events are not queued."
        }
      },
      "description": "Change a webhook; absent fields keep their value.",
      "additionalProperties": false
    },
    "UserActor": {
      "type": "object",
      "required": [
        "type",
        "user_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "user"
          ],
          "description": "Discriminator."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "The owner."
        }
      },
      "description": "An owner acted.",
      "additionalProperties": false
    },
    "UserId": {
      "type": "string",
      "pattern": "^usr_[A-Za-z0-9_-]+$",
      "description": "Identifier of an owner (`usr_…`)."
    },
    "VerifyRequest": {
      "type": "object",
      "required": [
        "token"
      ],
      "properties": {
        "token": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "Token from the link."
        }
      },
      "description": "Exchange a magic-link token for a session.",
      "additionalProperties": false
    },
    "Webhook": {
      "type": "object",
      "required": [
        "webhook_id",
        "url",
        "events",
        "enabled",
        "created_at"
      ],
      "properties": {
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "Webhook id."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`."
        },
        "enabled": {
          "type": "boolean",
          "description": "Whether events are delivered (a disabled subscription queues nothing and sends nothing)."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        }
      },
      "description": "A webhook subscription: the server POSTs matching audit events to `url`, signed (Standard Webhooks).",
      "additionalProperties": false
    },
    "WebhookDelivery": {
      "type": "object",
      "required": [
        "delivery_id",
        "webhook_id",
        "event_id",
        "event_type",
        "status",
        "attempts",
        "created_at"
      ],
      "properties": {
        "delivery_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDeliveryId"
            }
          ],
          "description": "Delivery id, sent as `webhook-id` on every attempt."
        },
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "The subscription."
        },
        "event_id": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEventId"
            }
          ],
          "description": "The audit event delivered."
        },
        "event_type": {
          "type": "string",
          "description": "Its type."
        },
        "status": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDeliveryStatus"
            }
          ],
          "description": "Where it stands."
        },
        "attempts": {
          "type": "integer",
          "minimum": 0,
          "description": "Attempts made so far."
        },
        "last_attempt_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the latest attempt was made."
        },
        "last_status_code": {
          "type": "integer",
          "description": "HTTP status of the latest answer (absent when none came)."
        },
        "last_latency_ms": {
          "type": "integer",
          "description": "Duration of the latest attempt, in ms."
        },
        "last_error": {
          "type": "string",
          "description": "Why the latest attempt failed."
        },
        "next_attempt_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the next attempt is due (pending only)."
        },
        "delivered_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was delivered."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was queued."
        }
      },
      "description": "One event's delivery to one subscription.",
      "additionalProperties": false
    },
    "WebhookDeliveryId": {
      "type": "string",
      "description": "Identifier of one webhook delivery (`whd_…`); it is also the `webhook-id` header of every attempt."
    },
    "WebhookDeliveryPage": {
      "type": "object",
      "required": [
        "data",
        "has_more"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/WebhookDelivery"
          },
          "description": "Deliveries."
        },
        "has_more": {
          "type": "boolean",
          "description": "Whether another page follows."
        },
        "next_cursor": {
          "allOf": [
            {
              "$ref": "#/$defs/Cursor"
            }
          ],
          "description": "Cursor of the next page, when `has_more`."
        }
      },
      "description": "One page of a webhook's deliveries, newest event first.",
      "additionalProperties": false
    },
    "WebhookDeliveryStatus": {
      "type": "string",
      "enum": [
        "pending",
        "delivered",
        "dead"
      ],
      "description": "State of a delivery."
    },
    "WebhookEnvelope": {
      "type": "object",
      "required": [
        "type",
        "timestamp",
        "data"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "Event type (the audit action)."
        },
        "timestamp": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When the event happened."
        },
        "data": {
          "allOf": [
            {
              "$ref": "#/$defs/AuditEvent"
            }
          ],
          "description": "The audit event."
        }
      },
      "description": "The body of every delivery (Standard Webhooks envelope): `type` is the audit action, `timestamp`\nthe event's time, `data` the audit event exactly as the audit log holds it (§4.1), so it can be\nchecked against a signed checkpoint.",
      "additionalProperties": false
    },
    "WebhookEventCatalog": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/WebhookEventType"
          },
          "description": "Event types, by name."
        }
      },
      "description": "Every event type the server emits.",
      "additionalProperties": false
    },
    "WebhookEventType": {
      "type": "object",
      "required": [
        "type",
        "description",
        "schema"
      ],
      "properties": {
        "type": {
          "type": "string",
          "description": "The event type: the audit action, e.g. `booking.committed`."
        },
        "description": {
          "type": "string",
          "description": "What it means."
        },
        "schema": {
          "type": "string",
          "description": "JSON reference of the schema of the envelope's `data` (an audit event)."
        }
      },
      "description": "One type of event a webhook can subscribe to.",
      "additionalProperties": false
    },
    "WebhookId": {
      "type": "string",
      "pattern": "^whk_[A-Za-z0-9_-]+$",
      "description": "Identifier of a webhook subscription (`whk_…`)."
    },
    "WebhookList": {
      "type": "object",
      "required": [
        "data"
      ],
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Webhook"
          },
          "description": "Webhooks."
        }
      },
      "description": "The workspace's webhooks.",
      "additionalProperties": false
    },
    "WebhookTestResult": {
      "type": "object",
      "required": [
        "delivery",
        "envelope"
      ],
      "properties": {
        "delivery": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookDelivery"
            }
          ],
          "description": "The delivery of the `webhook.test` event."
        },
        "envelope": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookEnvelope"
            }
          ],
          "description": "The body it sends."
        }
      },
      "description": "The test delivery queued.",
      "additionalProperties": false
    },
    "WebhookWithSecret": {
      "type": "object",
      "required": [
        "webhook_id",
        "url",
        "events",
        "enabled",
        "created_at",
        "secret"
      ],
      "properties": {
        "webhook_id": {
          "allOf": [
            {
              "$ref": "#/$defs/WebhookId"
            }
          ],
          "description": "Webhook id."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "Target URL."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`."
        },
        "enabled": {
          "type": "boolean",
          "description": "Whether events are delivered (a disabled subscription queues nothing and sends nothing)."
        },
        "created_at": {
          "allOf": [
            {
              "$ref": "#/$defs/Instant"
            }
          ],
          "description": "When it was created."
        },
        "secret": {
          "type": "string",
          "description": "Standard Webhooks signing secret: `whsec_` + base64 of the HMAC-SHA256 key."
        }
      },
      "description": "A webhook with its signing secret, shown once (on creation and on rotation).",
      "additionalProperties": false
    },
    "Weekday": {
      "type": "string",
      "enum": [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun"
      ],
      "description": "Day of the week, ISO order."
    },
    "Workspace": {
      "type": "object",
      "required": [
        "workspace_id",
        "user_id",
        "email",
        "default_calendar_id"
      ],
      "properties": {
        "workspace_id": {
          "type": "string",
          "description": "Workspace id."
        },
        "user_id": {
          "allOf": [
            {
              "$ref": "#/$defs/UserId"
            }
          ],
          "description": "Owner."
        },
        "email": {
          "type": "string",
          "description": "Owner email."
        },
        "default_calendar_id": {
          "allOf": [
            {
              "$ref": "#/$defs/CalendarId"
            }
          ],
          "description": "Calendar agents write to by default."
        }
      },
      "description": "The owner's workspace.",
      "additionalProperties": false
    }
  }
} as const;

/** Every operation of the API with its parameter, body and response schemas. */
export const operations: readonly OperationSpec[] = [
  {
    "operationId": "health",
    "method": "get",
    "path": "/healthz",
    "security": [],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/HealthStatus"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getCurrentAgent",
    "method": "get",
    "path": "/v1/agents/me",
    "security": [
      "BearerAuth"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AgentIdentity"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listAuditEvents",
    "method": "get",
    "path": "/v1/audit",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "resource": {
            "type": "string"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuditEventPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getAuditCheckpoint",
    "method": "get",
    "path": "/v1/audit/checkpoint",
    "security": [
      "BearerAuth"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Checkpoint"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getAuditConsistencyProof",
    "method": "get",
    "path": "/v1/audit/consistency",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "from_size": {
            "type": "integer",
            "minimum": 1
          },
          "to_size": {
            "type": "integer",
            "minimum": 1
          }
        },
        "required": [
          "from_size"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/ConsistencyProof"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getAuditInclusionProof",
    "method": "get",
    "path": "/v1/audit/events/{event_id}/inclusion",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "event_id": {
            "$ref": "agentdraft-request#/$defs/AuditEventId"
          }
        },
        "required": [
          "event_id"
        ]
      },
      "query": {
        "type": "object",
        "properties": {
          "tree_size": {
            "type": "integer",
            "minimum": 1
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/InclusionProof"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "logout",
    "method": "post",
    "path": "/v1/auth/logout",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "204": {},
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "requestMagicLink",
    "method": "post",
    "path": "/v1/auth/magic-link",
    "security": [],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/MagicLinkResponse"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/MagicLinkRequest"
      }
    }
  },
  {
    "operationId": "verifyMagicLink",
    "method": "post",
    "path": "/v1/auth/verify",
    "security": [],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Session"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/VerifyRequest"
      }
    }
  },
  {
    "operationId": "getAvailability",
    "method": "get",
    "path": "/v1/availability",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "range_start": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "range_end": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "duration_minutes": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1440
          },
          "calendar_id": {
            "type": "array",
            "items": {
              "$ref": "agentdraft-request#/$defs/CalendarId"
            },
            "minItems": 1,
            "maxItems": 10
          },
          "min_available": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10
          },
          "time_zone": {
            "$ref": "agentdraft-request#/$defs/TimeZoneParam"
          }
        },
        "required": [
          "range_start",
          "range_end"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Availability"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listBookings",
    "method": "get",
    "path": "/v1/bookings",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "status": {
            "$ref": "agentdraft-request#/$defs/BookingStatus"
          },
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          },
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          },
          "range_start": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "range_end": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "time_zone": {
            "$ref": "agentdraft-request#/$defs/TimeZoneParam"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/BookingPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "createBooking",
    "method": "post",
    "path": "/v1/bookings",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "201": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CreateBookingRequest"
      }
    }
  },
  {
    "operationId": "getBooking",
    "method": "get",
    "path": "/v1/bookings/{booking_id}",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      },
      "query": {
        "type": "object",
        "properties": {
          "time_zone": {
            "$ref": "agentdraft-request#/$defs/TimeZoneParam"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "cancelBooking",
    "method": "post",
    "path": "/v1/bookings/{booking_id}/cancel",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": false,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CancelBookingRequest"
      }
    }
  },
  {
    "operationId": "commitHold",
    "method": "post",
    "path": "/v1/bookings/{booking_id}/commit",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "moveBooking",
    "method": "post",
    "path": "/v1/bookings/{booking_id}/move",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/MoveBookingRequest"
      }
    }
  },
  {
    "operationId": "releaseHold",
    "method": "post",
    "path": "/v1/bookings/{booking_id}/release",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listAgents",
    "method": "get",
    "path": "/v1/dashboard/agents",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AgentList"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "createAgent",
    "method": "post",
    "path": "/v1/dashboard/agents",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "201": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AgentWithKey"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CreateAgentRequest"
      }
    }
  },
  {
    "operationId": "listAgentUsage",
    "method": "get",
    "path": "/v1/dashboard/agents-usage",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AgentUsageList"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getAgent",
    "method": "get",
    "path": "/v1/dashboard/agents/{agent_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          }
        },
        "required": [
          "agent_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Agent"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "updateAgent",
    "method": "patch",
    "path": "/v1/dashboard/agents/{agent_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          }
        },
        "required": [
          "agent_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Agent"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/UpdateAgentRequest"
      }
    }
  },
  {
    "operationId": "revokeAgent",
    "method": "post",
    "path": "/v1/dashboard/agents/{agent_id}/revoke",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          }
        },
        "required": [
          "agent_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Agent"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "rotateAgentKey",
    "method": "post",
    "path": "/v1/dashboard/agents/{agent_id}/rotate-key",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          }
        },
        "required": [
          "agent_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AgentWithKey"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getOwnerAuditCheckpoint",
    "method": "get",
    "path": "/v1/dashboard/audit/checkpoint",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Checkpoint"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listOwnerAuditEvents",
    "method": "get",
    "path": "/v1/dashboard/audit/events",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "resource": {
            "type": "string"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuditEventPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getOwnerAuditInclusionProof",
    "method": "get",
    "path": "/v1/dashboard/audit/events/{event_id}/inclusion",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "event_id": {
            "$ref": "agentdraft-request#/$defs/AuditEventId"
          }
        },
        "required": [
          "event_id"
        ]
      },
      "query": {
        "type": "object",
        "properties": {
          "tree_size": {
            "type": "integer",
            "minimum": 1
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/InclusionProof"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getOwnerAvailability",
    "method": "get",
    "path": "/v1/dashboard/availability",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "range_start": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "range_end": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "duration_minutes": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1440
          },
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "range_start",
          "range_end"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Availability"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "previewAvailability",
    "method": "post",
    "path": "/v1/dashboard/availability/preview",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Availability"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/AvailabilityPreviewRequest"
      }
    }
  },
  {
    "operationId": "listOwnerBookings",
    "method": "get",
    "path": "/v1/dashboard/bookings",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "status": {
            "$ref": "agentdraft-request#/$defs/BookingStatus"
          },
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          },
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          },
          "range_start": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "range_end": {
            "$ref": "agentdraft-request#/$defs/Instant"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/BookingPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "ownerCancelBooking",
    "method": "post",
    "path": "/v1/dashboard/bookings/{booking_id}/cancel",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/ConflictProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": false,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/OwnerCancelRequest"
      }
    }
  },
  {
    "operationId": "ownerReleaseHold",
    "method": "post",
    "path": "/v1/dashboard/bookings/{booking_id}/release",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "booking_id": {
            "$ref": "agentdraft-request#/$defs/BookingId"
          }
        },
        "required": [
          "booking_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Booking"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/ConflictProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listCalendars",
    "method": "get",
    "path": "/v1/dashboard/calendars",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/CalendarList"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "createCalendar",
    "method": "post",
    "path": "/v1/dashboard/calendars",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "201": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Calendar"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CreateCalendarRequest"
      }
    }
  },
  {
    "operationId": "updateCalendar",
    "method": "patch",
    "path": "/v1/dashboard/calendars/{calendar_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Calendar"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/UpdateCalendarRequest"
      }
    }
  },
  {
    "operationId": "listCalendarFeeds",
    "method": "get",
    "path": "/v1/dashboard/calendars/{calendar_id}/feeds",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/FeedList"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "createCalendarFeed",
    "method": "post",
    "path": "/v1/dashboard/calendars/{calendar_id}/feeds",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "201": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/FeedCreated"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "deleteCalendarFeed",
    "method": "delete",
    "path": "/v1/dashboard/calendars/{calendar_id}/feeds/{feed_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          },
          "feed_id": {
            "$ref": "agentdraft-request#/$defs/FeedId"
          }
        },
        "required": [
          "calendar_id",
          "feed_id"
        ]
      }
    },
    "responses": {
      "204": {},
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getRules",
    "method": "get",
    "path": "/v1/dashboard/calendars/{calendar_id}/rules",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/RuleSet"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "setRules",
    "method": "put",
    "path": "/v1/dashboard/calendars/{calendar_id}/rules",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/RuleSet"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/RuleSet"
      }
    }
  },
  {
    "operationId": "getCalendarSources",
    "method": "get",
    "path": "/v1/dashboard/calendars/{calendar_id}/sources",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/CalendarSources"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "setCalendarSources",
    "method": "put",
    "path": "/v1/dashboard/calendars/{calendar_id}/sources",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "calendar_id": {
            "$ref": "agentdraft-request#/$defs/CalendarId"
          }
        },
        "required": [
          "calendar_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/CalendarSources"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/SetSourcesRequest"
      }
    }
  },
  {
    "operationId": "listRaces",
    "method": "get",
    "path": "/v1/dashboard/races",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/RacePage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listRequestLog",
    "method": "get",
    "path": "/v1/dashboard/requests",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599
          },
          "errors_only": {
            "type": "boolean"
          },
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          },
          "idempotency_key": {
            "type": "string"
          },
          "error_code": {
            "type": "string"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/RequestLogPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "summarizeRequestErrors",
    "method": "get",
    "path": "/v1/dashboard/requests/errors",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "agent_id": {
            "$ref": "agentdraft-request#/$defs/AgentId"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/RequestErrorSummary"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "listWebhooks",
    "method": "get",
    "path": "/v1/dashboard/webhooks",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookList"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "createWebhook",
    "method": "post",
    "path": "/v1/dashboard/webhooks",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "201": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookWithSecret"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/TargetRefusedProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CreateWebhookRequest"
      }
    }
  },
  {
    "operationId": "listWebhookEventTypes",
    "method": "get",
    "path": "/v1/dashboard/webhooks/events",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookEventCatalog"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "deleteWebhook",
    "method": "delete",
    "path": "/v1/dashboard/webhooks/{webhook_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          }
        },
        "required": [
          "webhook_id"
        ]
      }
    },
    "responses": {
      "204": {},
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "updateWebhook",
    "method": "patch",
    "path": "/v1/dashboard/webhooks/{webhook_id}",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          }
        },
        "required": [
          "webhook_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Webhook"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/TargetRefusedProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/UpdateWebhookRequest"
      }
    }
  },
  {
    "operationId": "listWebhookDeliveries",
    "method": "get",
    "path": "/v1/dashboard/webhooks/{webhook_id}/deliveries",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          }
        },
        "required": [
          "webhook_id"
        ]
      },
      "query": {
        "type": "object",
        "properties": {
          "status": {
            "$ref": "agentdraft-request#/$defs/WebhookDeliveryStatus"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookDeliveryPage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "redeliverWebhookDelivery",
    "method": "post",
    "path": "/v1/dashboard/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          },
          "delivery_id": {
            "$ref": "agentdraft-request#/$defs/WebhookDeliveryId"
          }
        },
        "required": [
          "webhook_id",
          "delivery_id"
        ]
      }
    },
    "responses": {
      "202": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookDelivery"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "rotateWebhookSecret",
    "method": "post",
    "path": "/v1/dashboard/webhooks/{webhook_id}/rotate-secret",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          }
        },
        "required": [
          "webhook_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookWithSecret"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": false,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/RotateWebhookSecretRequest"
      }
    }
  },
  {
    "operationId": "testWebhook",
    "method": "post",
    "path": "/v1/dashboard/webhooks/{webhook_id}/test",
    "security": [
      "OwnerSession"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "webhook_id": {
            "$ref": "agentdraft-request#/$defs/WebhookId"
          }
        },
        "required": [
          "webhook_id"
        ]
      }
    },
    "responses": {
      "202": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/WebhookTestResult"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getWorkspace",
    "method": "get",
    "path": "/v1/dashboard/workspace",
    "security": [
      "OwnerSession"
    ],
    "params": {},
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Workspace"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "getFeed",
    "method": "get",
    "path": "/v1/feeds/{feed_file}",
    "security": [],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "feed_file": {
            "$ref": "agentdraft-request#/$defs/FeedFile"
          }
        },
        "required": [
          "feed_file"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "if-none-match": {
            "type": "string"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "text/calendar",
        "schema": {
          "$ref": "agentdraft#/$defs/ICalendarText"
        }
      },
      "304": {},
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "receiveInboundMail",
    "method": "post",
    "path": "/v1/mailbox/inbound",
    "security": [
      "ApiKeyAuth"
    ],
    "params": {},
    "responses": {
      "202": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/InboundResult"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/InboundMail"
      }
    }
  },
  {
    "operationId": "listMessages",
    "method": "get",
    "path": "/v1/mailbox/messages",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "query": {
        "type": "object",
        "properties": {
          "direction": {
            "$ref": "agentdraft-request#/$defs/MessageDirection"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 200,
            "default": 50
          },
          "cursor": {
            "$ref": "agentdraft-request#/$defs/Cursor"
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/MessagePage"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "sendMessage",
    "method": "post",
    "path": "/v1/mailbox/messages",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "202": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Message"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": true,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/SendMessageRequest"
      }
    }
  },
  {
    "operationId": "getMessage",
    "method": "get",
    "path": "/v1/mailbox/messages/{message_id}",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "message_id": {
            "$ref": "agentdraft-request#/$defs/MessageId"
          }
        },
        "required": [
          "message_id"
        ]
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/Message"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    }
  },
  {
    "operationId": "cancelSeries",
    "method": "post",
    "path": "/v1/series/{series_id}/cancel",
    "security": [
      "BearerAuth"
    ],
    "params": {
      "path": {
        "type": "object",
        "properties": {
          "series_id": {
            "$ref": "agentdraft-request#/$defs/SeriesId"
          }
        },
        "required": [
          "series_id"
        ]
      },
      "header": {
        "type": "object",
        "properties": {
          "idempotency-key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          }
        },
        "required": []
      }
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": {
          "$ref": "agentdraft#/$defs/SeriesCancellation"
        }
      },
      "400": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InvalidRequestProblem"
        }
      },
      "401": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/AuthErrorProblem"
        }
      },
      "403": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PermissionDeniedProblem"
        }
      },
      "404": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/NotFoundProblem"
        }
      },
      "409": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/ConflictProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyInFlightProblem"
            }
          ]
        }
      },
      "413": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/PayloadTooLargeProblem"
        }
      },
      "422": {
        "contentType": "application/problem+json",
        "schema": {
          "anyOf": [
            {
              "$ref": "agentdraft#/$defs/RuleViolationProblem"
            },
            {
              "$ref": "agentdraft#/$defs/IdempotencyKeyReusedProblem"
            }
          ]
        }
      },
      "429": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/RateLimitedProblem"
        }
      },
      "500": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/InternalProblem"
        }
      },
      "503": {
        "contentType": "application/problem+json",
        "schema": {
          "$ref": "agentdraft#/$defs/UnavailableProblem"
        }
      }
    },
    "body": {
      "required": false,
      "contentType": "application/json",
      "schema": {
        "$ref": "agentdraft-request#/$defs/CancelBookingRequest"
      }
    }
  }
];
