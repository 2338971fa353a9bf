// generated — do not edit. Source: spec/ (run `pnpm generate`).
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description 200 when the server is ready to serve.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the calling agent
         * @description Who am I: the agent behind the API key. Needs no scope.
         */
        get: operations["getCurrentAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Audit events of the workspace, optionally only those about one resource, in log order.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed checkpoint
         * @description The latest signed tree head.
         */
        get: operations["getAuditCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a consistency proof
         * @description Consistency proof between two tree sizes.
         */
        get: operations["getAuditConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events/{event_id}/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inclusion proof
         * @description Inclusion proof of one event in the tree of `tree_size` (default: current size).
         */
        get: operations["getAuditInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description End the owner's session.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a magic link
         * @description Send a sign-in link to an owner's email (creates the owner and workspace on first use).
         */
        post: operations["requestMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a magic link
         * @description Exchange a link token for the `ad_session` cookie (HttpOnly, SameSite=Lax, Secure outside dev).
         */
        post: operations["verifyMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get availability
         * @description Free slots and busy intervals of a calendar in `[range_start, range_end)` (at most 62 days). Requires `availability:read`.
         */
        get: operations["getAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings
         * @description List bookings of the caller's workspace, filtered, with cursor pagination. Requires `bookings:read`.
         */
        get: operations["listBookings"];
        put?: never;
        /**
         * Book a slot
         * @description Book `[start, end)` as a commit (default) or a hold. Contending writes that arrive within the
         *     calendar's arbitration window are decided together: the highest priority wins, exactly one gets 201,
         *     every loser gets 409 naming the winner. Requires `bookings:write`.
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{booking_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a booking
         * @description Read one booking of the caller's workspace. Requires `bookings:read`.
         */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{booking_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Cancel the caller's own commit. Requires `bookings:write`.
         */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{booking_id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commit a hold
         * @description Promote the caller's own hold to a commit. Requires `bookings:write`.
         */
        post: operations["commitHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{booking_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a booking
         * @description Move the caller's own HELD or COMMITTED booking to `[start, end)`, keeping its id, status and
         *     metadata. The old interval stays booked until the new one is granted; on a conflict the answer
         *     is the usual 409 and the booking is unchanged. A moved commit's bump window restarts. With
         *     `whole_series` every occurrence still to come moves by the same local shift. Requires `bookings:write`.
         */
        post: operations["moveBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{booking_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a hold
         * @description Release the caller's own hold. Requires `bookings:write`.
         */
        post: operations["releaseHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description List the workspace's agents.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Create an agent; the response carries its API key, shown once.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/agents-usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agents' usage and rate limits
         * @description Per-agent last use and rate-limit state.
         */
        get: operations["listAgentUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent
         * @description One agent.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Change an agent's priority or scopes.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/dashboard/agents/{agent_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an agent
         * @description Revoke an agent's key for good; its bookings stay.
         */
        post: operations["revokeAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/agents/{agent_id}/rotate-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an agent's key
         * @description Replace an agent's key; the old key stops working at once.
         */
        post: operations["rotateAgentKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed checkpoint
         * @description The latest signed checkpoint of the workspace's audit log.
         */
        get: operations["getOwnerAuditCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's audit events
         * @description Audit events of the workspace in log order, optionally of one resource.
         */
        get: operations["listOwnerAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/audit/events/{event_id}/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inclusion proof
         * @description Inclusion proof of one event.
         */
        get: operations["getOwnerAuditInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calendar's availability
         * @description Free/busy of a calendar of the workspace, each busy interval saying why.
         */
        get: operations["getOwnerAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/availability/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview availability under other rules
         * @description The availability a calendar would have under other rules (nothing is stored).
         */
        post: operations["previewAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's bookings
         * @description Bookings of the workspace, filtered, with cursor pagination (as the agent list).
         */
        get: operations["listOwnerBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/bookings/{booking_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking as the owner
         * @description Cancel a committed booking as the owner (audited with the owner as actor).
         */
        post: operations["ownerCancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/bookings/{booking_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a hold as the owner
         * @description Release a hold as the owner (audited with the owner as actor).
         */
        post: operations["ownerReleaseHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calendars
         * @description The workspace's calendars.
         */
        get: operations["listCalendars"];
        put?: never;
        /**
         * Create a calendar
         * @description Create a calendar.
         */
        post: operations["createCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/calendars/{calendar_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a calendar
         * @description Rename a calendar, change its time zone or its engine settings.
         */
        patch: operations["updateCalendar"];
        trace?: never;
    };
    "/v1/dashboard/calendars/{calendar_id}/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a calendar's feeds
         * @description The calendar's ICS feeds.
         */
        get: operations["listCalendarFeeds"];
        put?: never;
        /**
         * Create a feed
         * @description Create a read-only ICS feed of the calendar's bookings; the response carries its URL, shown once.
         */
        post: operations["createCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/calendars/{calendar_id}/feeds/{feed_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a feed
         * @description Revoke a feed: its URL answers 404 from now on.
         */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/calendars/{calendar_id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calendar's rules
         * @description The rules of a calendar.
         */
        get: operations["getRules"];
        /**
         * Replace a calendar's rules
         * @description Replace the rules of a calendar.
         */
        put: operations["setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/calendars/{calendar_id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calendar's external sources
         * @description The calendar's external sources and the state of each (last sync, last error, event count).
         */
        get: operations["getCalendarSources"];
        /**
         * Replace a calendar's external sources
         * @description Replace the calendar's external sources. A source with the same kind, URL and user name as
         *     before keeps its id and state; a removed source's busy time is removed. Each source is polled
         *     at once, then every `poll_seconds`.
         */
        put: operations["setCalendarSources"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/races": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List races
         * @description Contested slots: winner, losers, priorities, problem codes and audit ids, most recent first.
         */
        get: operations["listRaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the request log
         * @description The request log: every request of the workspace's agents and owner, newest first.
         */
        get: operations["listRequestLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/requests/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Group request errors by code
         * @description Errors of the request log grouped by problem code.
         */
        get: operations["summarizeRequestErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description The workspace's webhooks.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Subscribe a URL to events; the response carries the signing secret, shown once.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook event types
         * @description Every event type the server emits, with the schema of its `data`.
         */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Delete a webhook and its deliveries.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Change a webhook's URL, event types, or pause and resume it.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/dashboard/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description The webhook's deliveries, newest event first.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver
         * @description Queue a delivery again (same `webhook-id`), due now, with a fresh set of attempts.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook's secret
         * @description Replace the signing secret; the previous one keeps signing too for `overlap_seconds`.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queue a `webhook.test` event to this webhook alone.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace
         * @description The owner's workspace.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/{feed_file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an ICS feed
         * @description The calendar's bookings as iCalendar (RFC 5545): one VEVENT per booking with a stable UID,
         *     SEQUENCE, and STATUS (TENTATIVE holds, CONFIRMED commits, CANCELLED for ended ones). Answers
         *     304 to an `If-None-Match` naming the current ETag.
         */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mailbox/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive inbound mail
         * @description Inbound webhook for mail providers; authenticated by the server's inbound secret.
         */
        post: operations["receiveInboundMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mailbox/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description Messages of the calling agent's mailbox, newest first. Requires `mailbox:read`.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Send a message through the configured SMTP relay (queued, then sent). Requires `mailbox:send`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mailbox/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message
         * @description One message. Requires `mailbox:read`.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series/{series_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a series
         * @description Cancel every occurrence of the caller's own series that has not ended yet: commits become
         *     CANCELLED, holds RELEASED; occurrences already over stay as they are. One occurrence alone is
         *     cancelled (or moved) through its booking id. Requires `bookings:write`.
         */
        post: operations["cancelSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description An agent as the owner sees it.
         * @example {
         *       "agent_id": "agt_scheduler",
         *       "name": "scheduler",
         *       "priority": 1,
         *       "scopes": [
         *         "availability:read",
         *         "bookings:read",
         *         "bookings:write"
         *       ],
         *       "calendar_id": "cal_main",
         *       "mailbox_address": "scheduler.3f9a1c2b7d@agents.agentdraft.local",
         *       "revoked": false,
         *       "created_at": "2026-11-24T09:00:00Z"
         *     }
         */
        Agent: {
            /** @description Agent id. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Display name (also the mailbox handle, slugified). */
            name: string;
            /** @description Priority, 1 is highest. */
            priority: components["schemas"]["Priority"];
            /** @description Scopes of its API key. */
            scopes: components["schemas"]["Scope"][];
            /** @description Default calendar it writes to. */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server. */
            mailbox_address: string;
            /** @description Whether its key was revoked. */
            revoked: boolean;
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
        };
        /** @description An agent acted. */
        AgentActor: {
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "agent";
            /** @description The agent. */
            agent_id: components["schemas"]["AgentId"];
        };
        /**
         * @description Identifier of an agent (`agt_…`).
         * @example agt_scheduler
         */
        AgentId: string;
        /**
         * @description The calling agent.
         * @example {
         *       "agent_id": "agt_scheduler",
         *       "name": "scheduler",
         *       "priority": 1,
         *       "scopes": [
         *         "availability:read",
         *         "bookings:read",
         *         "bookings:write"
         *       ],
         *       "user_id": "usr_ada",
         *       "calendar_id": "cal_main",
         *       "mailbox_address": "scheduler.3f9a1c2b7d@agents.agentdraft.local"
         *     }
         */
        AgentIdentity: {
            /** @description Agent id. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Display name. */
            name: string;
            /** @description Priority, 1 is highest. */
            priority: components["schemas"]["Priority"];
            /** @description Scopes of the key in use. */
            scopes: components["schemas"]["Scope"][];
            /** @description The owner of the agent's workspace. */
            user_id: components["schemas"]["UserId"];
            /** @description Default calendar. */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server. */
            mailbox_address: string;
        };
        /**
         * @description The workspace's agents.
         * @example {
         *       "data": [
         *         {
         *           "agent_id": "agt_scheduler",
         *           "name": "scheduler",
         *           "priority": 1,
         *           "scopes": [
         *             "availability:read",
         *             "bookings:read",
         *             "bookings:write"
         *           ],
         *           "calendar_id": "cal_main",
         *           "mailbox_address": "scheduler.3f9a1c2b7d@agents.agentdraft.local",
         *           "revoked": false,
         *           "created_at": "2026-11-24T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        AgentList: {
            /** @description Agents, by creation. */
            data: components["schemas"]["Agent"][];
        };
        /** @description How an agent uses the API: last request (within the request log's window) and rate-limit state. */
        AgentUsage: {
            /** @description The agent. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Its latest request (absent: none within the request log's 7 days). */
            last_used_at?: components["schemas"]["Instant"];
            /**
             * Format: int32
             * @description Requests in the last 24 hours.
             */
            requests_last_day: number;
            /**
             * Format: int32
             * @description Error responses in the last 24 hours.
             */
            errors_last_day: number;
            /** @description Its rate-limit bucket now. */
            rate_limit: components["schemas"]["RateLimitState"];
        };
        /**
         * @description Usage of every agent of the workspace.
         * @example {
         *       "data": [
         *         {
         *           "agent_id": "agt_scheduler",
         *           "last_used_at": "2026-12-01T09:00:00Z",
         *           "requests_last_day": 12,
         *           "errors_last_day": 1,
         *           "rate_limit": {
         *             "capacity": 60,
         *             "refill_per_second": 10,
         *             "remaining": 59,
         *             "full_in_seconds": 1
         *           }
         *         }
         *       ]
         *     }
         */
        AgentUsageList: {
            /** @description Agents, by creation. */
            data: components["schemas"]["AgentUsage"][];
        };
        /**
         * @description An agent with its API key, shown exactly once (on create and on rotate).
         * @example {
         *       "agent_id": "agt_scheduler",
         *       "name": "scheduler",
         *       "priority": 1,
         *       "scopes": [
         *         "availability:read",
         *         "bookings:read",
         *         "bookings:write"
         *       ],
         *       "calendar_id": "cal_main",
         *       "mailbox_address": "scheduler.3f9a1c2b7d@agents.agentdraft.local",
         *       "revoked": false,
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "plaintext_key": "avs_live_3nR9xQ2mVb7LkP0sTf4WyZ8c"
         *     }
         */
        AgentWithKey: {
            /** @description Agent id. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Display name (also the mailbox handle, slugified). */
            name: string;
            /** @description Priority, 1 is highest. */
            priority: components["schemas"]["Priority"];
            /** @description Scopes of its API key. */
            scopes: components["schemas"]["Scope"][];
            /** @description Default calendar it writes to. */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server. */
            mailbox_address: string;
            /** @description Whether its key was revoked. */
            revoked: boolean;
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
            /** @description The API key. Store it now: only a keyed hash is kept. */
            plaintext_key: string;
        };
        /** @description Metadata of an attachment (contents are not served). */
        AttachmentInfo: {
            /** @description File name. */
            filename?: string;
            /** @description MIME type. */
            content_type: string;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            size: number;
        };
        /** @description Who caused an audit event. */
        AuditActor: components["schemas"]["AgentActor"] | components["schemas"]["UserActor"] | components["schemas"]["SystemActor"];
        /**
         * @description One entry of the workspace's append-only audit log. Its RFC 8785 (JCS) canonical JSON is a leaf
         *     of the workspace's RFC 6962 Merkle tree, at index `seq`.
         * @example {
         *       "event_id": "evt_000042",
         *       "seq": 41,
         *       "at": "2026-11-24T10:00:00.125Z",
         *       "actor": {
         *         "type": "agent",
         *         "agent_id": "agt_scheduler"
         *       },
         *       "action": "booking.committed",
         *       "resource": "bkg_01JD6M4Q7Z8W",
         *       "request": {
         *         "method": "POST",
         *         "path": "/v1/bookings",
         *         "request_id": "req_8f2c1a"
         *       },
         *       "outcome": {
         *         "status": "COMMITTED"
         *       }
         *     }
         */
        AuditEvent: {
            /** @description Event id. */
            event_id: components["schemas"]["AuditEventId"];
            /**
             * Format: int64
             * @description Zero-based index of the event in the workspace's log (its Merkle leaf index).
             */
            seq: number;
            /** @description When the server decided it. */
            at: components["schemas"]["Instant"];
            /** @description Who caused it. */
            actor: components["schemas"]["AuditActor"];
            /** @description What happened, e.g. `booking.committed`, `booking.rejected`, `hold.invalidated`, `agent.created`. */
            action: string;
            /** @description The id of the resource it concerns (booking, agent, calendar, message …). */
            resource: string;
            /** @description The request that caused it (method, path, request id, relevant input). */
            request: {
                [key: string]: unknown;
            };
            /** @description Its result (new status, problem code, winner …). */
            outcome: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Identifier of an audit event (`evt_…`).
         * @example evt_000042
         */
        AuditEventId: string;
        /**
         * @description One page of audit events.
         * @example {
         *       "data": [
         *         {
         *           "event_id": "evt_000042",
         *           "seq": 41,
         *           "at": "2026-11-24T10:00:00.125Z",
         *           "actor": {
         *             "type": "agent",
         *             "agent_id": "agt_scheduler"
         *           },
         *           "action": "booking.committed",
         *           "resource": "bkg_01JD6M4Q7Z8W",
         *           "request": {
         *             "method": "POST",
         *             "path": "/v1/bookings",
         *             "request_id": "req_8f2c1a"
         *           },
         *           "outcome": {
         *             "status": "COMMITTED"
         *           }
         *         }
         *       ],
         *       "has_more": true,
         *       "next_cursor": "c_42"
         *     }
         */
        AuditEventPage: {
            /** @description Events, in log order. */
            data: components["schemas"]["AuditEvent"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Cursor of the next page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /**
         * @description 401 — the API key or session is missing, unknown or revoked.
         * @example {
         *       "type": "https://agentdraft.dev/problems/unauthenticated",
         *       "title": "Unauthenticated",
         *       "status": 401,
         *       "detail": "missing or invalid API key",
         *       "code": "unauthenticated",
         *       "request_id": "req_8f2c1a"
         *     }
         */
        AuthErrorProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 401;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "unauthenticated";
        };
        /**
         * @description Free slots and busy intervals of one calendar in a range, merged across every agent and rule.
         * @example {
         *       "calendar_id": "cal_main",
         *       "range_start": "2026-12-01T09:00:00Z",
         *       "range_end": "2026-12-01T12:00:00Z",
         *       "slots": [
         *         {
         *           "start": "2026-12-01T09:00:00Z",
         *           "end": "2026-12-01T10:00:00Z"
         *         },
         *         {
         *           "start": "2026-12-01T10:30:00Z",
         *           "end": "2026-12-01T12:00:00Z"
         *         }
         *       ],
         *       "busy": [
         *         {
         *           "start": "2026-12-01T10:00:00Z",
         *           "end": "2026-12-01T10:30:00Z",
         *           "kind": "booking",
         *           "agent_id": "agt_scheduler",
         *           "booking_id": "bkg_01JD6M4Q7Z8W"
         *         }
         *       ]
         *     }
         */
        Availability: {
            /** @description The calendar (the first one asked for, when several were). */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Every calendar asked for, when several were (docs/protocol.md §12.2). */
            calendar_ids?: components["schemas"]["CalendarId"][];
            /**
             * Format: int32
             * @description How many of `calendar_ids` each slot is free on at least (several calendars only).
             */
            min_available?: number;
            /** @description Start of the queried range. */
            range_start: components["schemas"]["Instant"];
            /** @description End of the queried range. */
            range_end: components["schemas"]["Instant"];
            /** @description Maximal free intervals (each at least `duration_minutes` long when given), in order. */
            slots: components["schemas"]["Interval"][];
            /** @description Busy intervals, in order of start. */
            busy: components["schemas"]["BusyInterval"][];
        };
        /**
         * @description Rules to preview and the range to preview them on.
         * @example {
         *       "calendar_id": "cal_main",
         *       "range_start": "2026-12-01T00:00:00Z",
         *       "range_end": "2026-12-02T00:00:00Z",
         *       "rules": [
         *         {
         *           "rule_id": "lunch",
         *           "kind": "focus_block",
         *           "weekdays": [
         *             "tue"
         *           ],
         *           "start": "12:00",
         *           "end": "13:00"
         *         }
         *       ]
         *     }
         */
        AvailabilityPreviewRequest: {
            /** @description The calendar (default: the workspace's default calendar). */
            calendar_id?: components["schemas"]["CalendarId"];
            /** @description Start of the range. */
            range_start: components["schemas"]["Instant"];
            /** @description End of the range (at most 62 days after the start). */
            range_end: components["schemas"]["Instant"];
            /**
             * Format: int32
             * @description Minimum slot length.
             */
            duration_minutes?: number;
            /** @description The rules to try instead of the calendar's own (nothing is stored). */
            rules: components["schemas"]["Rule"][];
        };
        /**
         * @description A reservation of `[start, end)` on a calendar by one agent.
         * @example {
         *       "booking_id": "bkg_01JD6M4Q7Z8W",
         *       "calendar_id": "cal_main",
         *       "agent_id": "agt_scheduler",
         *       "agent_priority": 1,
         *       "status": "COMMITTED",
         *       "start": "2026-12-01T15:00:00Z",
         *       "end": "2026-12-01T15:30:00Z",
         *       "metadata": {
         *         "title": "Discovery call"
         *       },
         *       "committed_at": "2026-11-24T10:00:00.125Z",
         *       "audit_event_id": "evt_000042",
         *       "created_at": "2026-11-24T10:00:00.125Z"
         *     }
         */
        Booking: {
            /** @description Booking id. */
            booking_id: components["schemas"]["BookingId"];
            /** @description Calendar the booking is on (the first of `calendar_ids` for a booking on several calendars). */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Every calendar the booking occupies, `calendar_id` first; present only on a booking of several calendars (otherwise read `[calendar_id]`). */
            calendar_ids?: components["schemas"]["CalendarId"][];
            /** @description The recurring series the booking is an occurrence of (docs/protocol.md §12.3). */
            series_id?: components["schemas"]["SeriesId"];
            /** @description When the booking was last moved (docs/protocol.md §12.1); a move restarts a commit's bump window. */
            moved_at?: components["schemas"]["Instant"];
            /** @description Agent that made the booking. */
            agent_id: components["schemas"]["AgentId"];
            /** @description The agent's priority when it wrote the booking. */
            agent_priority: components["schemas"]["Priority"];
            /** @description Current state. */
            status: components["schemas"]["BookingStatus"];
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
            /** @description Metadata given at creation. */
            metadata: components["schemas"]["Metadata"];
            /** @description When a hold stops blocking (holds only). */
            hold_expires_at?: components["schemas"]["Instant"];
            /** @description When the booking was committed. */
            committed_at?: components["schemas"]["Instant"];
            /** @description Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings. */
            ended_reason?: string;
            /** @description Booking that evicted or displaced this one. */
            displaced_by_booking_id?: components["schemas"]["BookingId"];
            /** @description External source whose busy time displaced this hold (`ended_reason` says so too). */
            displaced_by_source_id?: components["schemas"]["SourceId"];
            /** @description The audit event of the booking's latest transition. */
            audit_event_id: components["schemas"]["AuditEventId"];
            /** @description When the booking was created. */
            created_at: components["schemas"]["Instant"];
            /** @description On a calendar whose `external_busy` setting is `flag`: the external busy time it overlapped when written or moved. */
            external_conflicts?: components["schemas"]["ExternalConflict"][];
            /** @description `start` as a local time in `time_zone`. */
            start_local?: components["schemas"]["LocalDateTime"];
            /** @description `end` as a local time in `time_zone`. */
            end_local?: components["schemas"]["LocalDateTime"];
            /** @description The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone). */
            time_zone?: string;
            /** @description Only in the answer to a recurring write: how each occurrence was decided (docs/protocol.md §12.3). */
            series?: components["schemas"]["SeriesOutcome"];
        };
        /**
         * @description Identifier of a booking (`bkg_…`).
         * @example bkg_01JD6M4Q7Z8W
         */
        BookingId: string;
        /**
         * @description How a booking write lands.
         * @enum {string}
         */
        BookingMode: "commit" | "hold";
        /**
         * @description One page of bookings.
         * @example {
         *       "data": [
         *         {
         *           "booking_id": "bkg_01JD6M4Q7Z8W",
         *           "calendar_id": "cal_main",
         *           "agent_id": "agt_scheduler",
         *           "agent_priority": 1,
         *           "status": "COMMITTED",
         *           "start": "2026-12-01T15:00:00Z",
         *           "end": "2026-12-01T15:30:00Z",
         *           "metadata": {
         *             "title": "Discovery call"
         *           },
         *           "committed_at": "2026-11-24T10:00:00.125Z",
         *           "audit_event_id": "evt_000042",
         *           "created_at": "2026-11-24T10:00:00.125Z"
         *         }
         *       ],
         *       "has_more": false
         *     }
         */
        BookingPage: {
            /** @description Bookings, ordered by `start`, then `booking_id`. */
            data: components["schemas"]["Booking"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Cursor of the next page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /**
         * @description Lifecycle state of a booking. Only `HELD` and `COMMITTED` block the calendar.
         * @enum {string}
         */
        BookingStatus: "HELD" | "COMMITTED" | "RELEASED" | "EXPIRED" | "CANCELLED" | "EVICTED" | "INVALIDATED";
        /** @description At least `minutes` between any two active bookings. */
        BufferRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "buffer";
            /**
             * Format: int32
             * @description Gap in minutes.
             */
            minutes: number;
        };
        /** @description Bookings must lie within one day's opening hours (days not listed are closed). */
        BusinessHoursRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "business_hours";
            /** @description Opening hours. */
            hours: components["schemas"]["DayHours"][];
        };
        /** @description A busy interval of the calendar. */
        BusyInterval: {
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
            /** @description `start` as a local time in `time_zone`. */
            start_local?: components["schemas"]["LocalDateTime"];
            /** @description `end` as a local time in `time_zone`. */
            end_local?: components["schemas"]["LocalDateTime"];
            /** @description The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone). */
            time_zone?: string;
            /** @description What makes it busy. */
            kind: components["schemas"]["BusyKind"];
            /** @description Agent owning the booking or hold. */
            agent_id?: components["schemas"]["AgentId"];
            /** @description The booking or hold. */
            booking_id?: components["schemas"]["BookingId"];
            /** @description The rule, for rule-derived intervals. */
            rule_id?: string;
            /** @description The external source, for `external` intervals. */
            source_id?: components["schemas"]["SourceId"];
            /** @description The calendar the interval is busy on (answers over several calendars only). */
            calendar_id?: components["schemas"]["CalendarId"];
        };
        /**
         * @description Why an interval is busy.
         * @enum {string}
         */
        BusyKind: "booking" | "hold" | "focus_block" | "outside_business_hours" | "external";
        /** @description A CalDAV calendar collection, polled with sync-token / ctag; HTTP Basic when a username is given. */
        CaldavSourceInput: {
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "caldav";
            /**
             * Format: uri
             * @description URL of the calendar collection (http or https).
             */
            url: string;
            /** @description HTTP Basic user name. */
            username?: string;
            /** @description HTTP Basic password: stored sealed, never returned. Omitted on a PUT that keeps the same url and username: the stored one stays. */
            password?: string;
        };
        /**
         * @description A calendar of the workspace.
         * @example {
         *       "calendar_id": "cal_main",
         *       "name": "Main",
         *       "time_zone": "Europe/Berlin",
         *       "is_default": true,
         *       "settings": {
         *         "arbitration_window_ms": 50,
         *         "bump_window_seconds": 30,
         *         "hold_ttl_default_seconds": 30,
         *         "hold_ttl_min_seconds": 5,
         *         "hold_ttl_max_seconds": 3600
         *       },
         *       "created_at": "2026-11-24T09:00:00Z"
         *     }
         */
        Calendar: {
            /** @description Calendar id. */
            calendar_id: components["schemas"]["CalendarId"];
            /** @description Name. */
            name: string;
            /** @description IANA time zone its rules are evaluated in. */
            time_zone: string;
            /** @description Whether agents write here unless a request names another calendar. */
            is_default: boolean;
            /** @description Engine settings. */
            settings: components["schemas"]["EngineSettings"];
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description Identifier of a calendar (`cal_…`).
         * @example cal_main
         */
        CalendarId: string;
        /** @description The iCalendar invite attached to a message, parsed. */
        CalendarInvite: {
            /** @description iTIP method. */
            method: components["schemas"]["CalendarMethod"];
            /** @description Event UID (stable per booking). */
            uid: string;
            /**
             * Format: int32
             * @description SEQUENCE, bumped on every change.
             */
            sequence: number;
            /** @description Event start. */
            start?: components["schemas"]["Instant"];
            /** @description Event end. */
            end?: components["schemas"]["Instant"];
            /** @description SUMMARY. */
            summary?: string;
            /** @description Attendee replies (`PARTSTAT`) by address, for REPLY. */
            attendees?: {
                [key: string]: string;
            };
        };
        /**
         * @description Calendar list.
         * @example {
         *       "data": [
         *         {
         *           "calendar_id": "cal_main",
         *           "name": "Main",
         *           "time_zone": "Europe/Berlin",
         *           "is_default": true,
         *           "settings": {
         *             "arbitration_window_ms": 50,
         *             "bump_window_seconds": 30,
         *             "hold_ttl_default_seconds": 30,
         *             "hold_ttl_min_seconds": 5,
         *             "hold_ttl_max_seconds": 3600
         *           },
         *           "created_at": "2026-11-24T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        CalendarList: {
            /** @description Calendars, default first. */
            data: components["schemas"]["Calendar"][];
        };
        /**
         * @description iTIP method of a calendar attachment.
         * @enum {string}
         */
        CalendarMethod: "REQUEST" | "REPLY" | "CANCEL" | "PUBLISH" | "COUNTER";
        /** @description An external source and its state. Credentials are never returned. */
        CalendarSource: {
            /** @description Source id (the `source_id` of its busy intervals in availability). */
            source_id: components["schemas"]["SourceId"];
            /**
             * @description `caldav` or `ics`.
             * @enum {string}
             */
            kind: "caldav" | "ics";
            /**
             * Format: uri
             * @description The source's URL.
             */
            url: string;
            /** @description CalDAV user name, when one is set. */
            username?: string;
            /** @description Whether a password is stored (sealed). */
            has_password: boolean;
            /** @description When the source was last read successfully (absent: never). */
            last_sync_at?: components["schemas"]["Instant"];
            /** @description The last poll's failure; absent when the last poll succeeded. */
            last_error?: components["schemas"]["SourceError"];
            /**
             * Format: int32
             * @description Events in the source at the last successful read.
             */
            event_count?: number;
            /**
             * Format: int32
             * @description Busy intervals in force from this source.
             */
            interval_count?: number;
            /** @description When the next poll is due. */
            next_poll_at: components["schemas"]["Instant"];
        };
        /**
         * @description A calendar's external sources.
         * @example {
         *       "calendar_id": "cal_main",
         *       "poll_seconds": 300,
         *       "sources": [
         *         {
         *           "source_id": "src_01JD6P",
         *           "kind": "ics",
         *           "url": "https://calendar.example.com/ada.ics",
         *           "has_password": false,
         *           "last_sync_at": "2026-11-24T09:00:00Z",
         *           "event_count": 12,
         *           "interval_count": 30,
         *           "next_poll_at": "2026-11-24T09:05:00Z"
         *         }
         *       ]
         *     }
         */
        CalendarSources: {
            /** @description The calendar. */
            calendar_id: components["schemas"]["CalendarId"];
            /**
             * Format: int32
             * @description Seconds between polls.
             */
            poll_seconds: number;
            /** @description The sources, in the order they were given. */
            sources: components["schemas"]["CalendarSource"][];
        };
        /**
         * @description Request to cancel a commit.
         * @example {
         *       "reason": "customer rescheduled"
         *     }
         */
        CancelBookingRequest: {
            /** @description Why the booking is cancelled. */
            reason?: string;
        };
        /**
         * @description A signed tree head of the workspace's audit log.
         * @example {
         *       "origin": "agentdraft.local/ws_01JD6K",
         *       "tree_size": 42,
         *       "root_hash": "sV/ZxKUjUFToxHJMzaCss838Z0c1h8JHWfDVsLfEZQ8=",
         *       "checkpoint": "agentdraft.local/ws_01JD6K\n42\nsV/ZxKUjUFToxHJMzaCss838Z0c1h8JHWfDVsLfEZQ8=\n\n— agentdraft.local plnIdw5F+Ze8EImy40G6ftfYv24afVwtBJFPckUf1A8a9f29u9bYZ9OCqTjOa7qYmVrAAP4qzgXVXM9YYmfjxD2wZgw=\n",
         *       "verifier_key": "agentdraft.local+a659c877+AepKbGPinFIKvvVQexMuxfmVR3auvr57kkIe6mkURtIs"
         *     }
         */
        Checkpoint: {
            /** @description Log origin line (`<host>/<workspace_id>`). */
            origin: string;
            /**
             * Format: int64
             * @description Number of events in the tree.
             */
            tree_size: number;
            /** @description Base64 RFC 6962 root hash. */
            root_hash: string;
            /** @description The C2SP checkpoint: a signed note (Ed25519) over origin, size and root. */
            checkpoint: string;
            /** @description The server's note verifier key (`<name>+<hex key id>+<base64 key>`), to pin out of band. */
            verifier_key: string;
        };
        /**
         * @description Codes of the `Conflict` family.
         * @enum {string}
         */
        ConflictCode: "outranked" | "slot_taken" | "booking_frozen" | "hold_expired" | "invalid_transition";
        /**
         * @description 409 — the write lost: who won, by what priority, and which audit event records it.
         * @example {
         *       "type": "https://agentdraft.dev/problems/outranked",
         *       "title": "Outranked",
         *       "status": 409,
         *       "detail": "agt_scheduler (priority 1) holds an overlapping booking",
         *       "code": "outranked",
         *       "request_id": "req_8f2c1a",
         *       "winning_agent_id": "agt_scheduler",
         *       "winning_agent_priority": 1,
         *       "winning_booking_id": "bkg_01JD6M4Q7Z8W",
         *       "audit_event_id": "evt_000043"
         *     }
         */
        ConflictProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 409;
            /** @description Problem code (the SDKs expose it as `reason`). */
            code: components["schemas"]["ConflictCode"];
            /** @description Agent whose booking blocks this write, when a winner exists. */
            winning_agent_id?: components["schemas"]["AgentId"];
            /** @description Priority of the winning agent. */
            winning_agent_priority?: components["schemas"]["Priority"];
            /** @description The winning booking. */
            winning_booking_id?: components["schemas"]["BookingId"];
            /** @description The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2). */
            calendar_id?: components["schemas"]["CalendarId"];
            /** @description The occurrence of a series that failed (docs/protocol.md §12.3). */
            occurrence?: components["schemas"]["FailedOccurrence"];
            /** @description The audit event that records this rejection. */
            audit_event_id: components["schemas"]["AuditEventId"];
        };
        /**
         * @description Proof that the tree of `from_size` is a prefix of the tree of `to_size`.
         * @example {
         *       "from_size": 10,
         *       "to_size": 42,
         *       "proof": [
         *         "Hq3b0n1m2v3c4x5z6l7k8j9h0g1f2d3s4a5p6o7i8u9=",
         *         "Zx1c2v3b4n5m6l7k8j9h0g1f2d3s4a5q6w7e8r9t0y1="
         *       ]
         *     }
         */
        ConsistencyProof: {
            /**
             * Format: int64
             * @description Size of the older tree.
             */
            from_size: number;
            /**
             * Format: int64
             * @description Size of the newer tree.
             */
            to_size: number;
            /** @description Base64 consistency proof (RFC 6962 §2.1.2). */
            proof: string[];
        };
        /**
         * @description Create an agent and its API key.
         * @example {
         *       "name": "scheduler",
         *       "priority": 1,
         *       "scopes": [
         *         "availability:read",
         *         "bookings:read",
         *         "bookings:write"
         *       ]
         *     }
         */
        CreateAgentRequest: {
            /** @description Display name, unique per workspace (letters, digits, `-`, `_`, `.`). */
            name: string;
            /** @description Priority, 1 is highest. */
            priority: components["schemas"]["Priority"];
            /** @description Scopes of the key. */
            scopes: components["schemas"]["Scope"][];
            /** @description Default calendar (default: the workspace's default calendar). */
            calendar_id?: components["schemas"]["CalendarId"];
        };
        /**
         * @description Request to book a slot.
         * @example {
         *       "start": "2026-12-01T15:00:00Z",
         *       "end": "2026-12-01T15:30:00Z",
         *       "mode": "commit",
         *       "metadata": {
         *         "title": "Discovery call"
         *       }
         *     }
         */
        CreateBookingRequest: {
            /** @description Inclusive start; must carry an offset and not lie in the past. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end; after `start`, at most 24 h later. */
            end: components["schemas"]["Instant"];
            /**
             * @description `commit` (default) or `hold`.
             * @default commit
             */
            mode: components["schemas"]["BookingMode"];
            /**
             * Format: int32
             * @description TTL of a hold in seconds (calendar default 30, bounded by the calendar's settings).
             */
            hold_ttl_seconds?: number;
            /** @description Calendar to book on; defaults to the workspace's default calendar. */
            calendar_id?: components["schemas"]["CalendarId"];
            /** @description Book 2–10 distinct calendars of the workspace at once, all or nothing (instead of `calendar_id`; docs/protocol.md §12.2). */
            calendar_ids?: components["schemas"]["CalendarId"][];
            /** @description Repeat the booking as a series (docs/protocol.md §12.3); `start`/`end` are the first occurrence. */
            recurrence?: components["schemas"]["Recurrence"];
            /** @description Free-form metadata. */
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Create a calendar.
         * @example {
         *       "name": "Support",
         *       "time_zone": "America/New_York"
         *     }
         */
        CreateCalendarRequest: {
            /** @description Name. */
            name: string;
            /** @description IANA time zone (default `UTC`). */
            time_zone?: string;
        };
        /**
         * @description Create a webhook.
         * @example {
         *       "url": "https://hooks.example.com/agentdraft",
         *       "events": [
         *         "booking.committed"
         *       ]
         *     }
         */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Target URL (https; http and non-public addresses only with the server's `--allow-private-targets`).
             */
            url: string;
            /** @description Event types to deliver (`*` for all). */
            events: string[];
        };
        /** @description Opaque cursor for the next page. */
        Cursor: string;
        /** @description At most `max_bookings` active bookings per local day. */
        DailyCapRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "daily_cap";
            /**
             * Format: int32
             * @description Cap per day.
             */
            max_bookings: number;
            /**
             * @description Count per agent or for the whole calendar.
             * @enum {string}
             */
            per: "agent" | "calendar";
        };
        /** @description Opening hours of one weekday. */
        DayHours: {
            /** @description Weekday. */
            weekday: components["schemas"]["Weekday"];
            /** @description Local opening time. */
            open: components["schemas"]["LocalTime"];
            /** @description Local closing time. */
            close: components["schemas"]["LocalTime"];
        };
        /**
         * @description Engine settings of a calendar.
         * @example {
         *       "arbitration_window_ms": 50,
         *       "bump_window_seconds": 30,
         *       "hold_ttl_default_seconds": 30,
         *       "hold_ttl_min_seconds": 5,
         *       "hold_ttl_max_seconds": 3600
         *     }
         */
        EngineSettings: {
            /**
             * Format: int32
             * @description Contending writes arriving within this window are decided together (0–1000 ms, default 50).
             */
            arbitration_window_ms: number;
            /**
             * Format: int32
             * @description A higher-priority commit may evict a commit younger than this (0 disables; default 30).
             */
            bump_window_seconds: number;
            /**
             * Format: int32
             * @description Hold TTL when a request names none (default 30).
             */
            hold_ttl_default_seconds: number;
            /**
             * Format: int32
             * @description Shortest hold TTL allowed.
             */
            hold_ttl_min_seconds: number;
            /**
             * Format: int32
             * @description Longest hold TTL allowed.
             */
            hold_ttl_max_seconds: number;
            /**
             * @description What busy time of an external source does to a write over it: `block` (422 `rule_violation`
             *     of kind `external_busy`) or `flag` (allowed; the booking names it). Absent: `block`.
             * @enum {string}
             */
            external_busy?: "block" | "flag";
        };
        /**
         * @description Partial update of engine settings.
         * @example {
         *       "bump_window_seconds": 0
         *     }
         */
        EngineSettingsUpdate: {
            /**
             * Format: int32
             * @description See `EngineSettings`.
             */
            arbitration_window_ms?: number;
            /**
             * Format: int32
             * @description See `EngineSettings`.
             */
            bump_window_seconds?: number;
            /**
             * Format: int32
             * @description See `EngineSettings`.
             */
            hold_ttl_default_seconds?: number;
            /**
             * Format: int32
             * @description See `EngineSettings`.
             */
            hold_ttl_min_seconds?: number;
            /**
             * Format: int32
             * @description See `EngineSettings`.
             */
            hold_ttl_max_seconds?: number;
            /**
             * @description See `EngineSettings`.
             * @enum {string}
             */
            external_busy?: "block" | "flag";
        };
        /** @description External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`). */
        ExternalConflict: {
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
            /** @description The source it came from. */
            source_id: components["schemas"]["SourceId"];
        };
        /** @description The occurrence of a series a problem is about. */
        FailedOccurrence: {
            /**
             * Format: int32
             * @description 0-based position in the series.
             */
            index: number;
            /** @description The occurrence's booking id (not created). */
            booking_id: components["schemas"]["BookingId"];
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
        };
        /**
         * @description A new feed: subscribe to `url` from a calendar app. The URL is the secret; it is shown once.
         * @example {
         *       "feed_id": "fd_01JD6Q",
         *       "url": "https://agentdraft.example.com/v1/feeds/adf_9s8d7f6g5h4j3k2l.ics",
         *       "created_at": "2026-11-24T09:00:00Z"
         *     }
         */
        FeedCreated: {
            /** @description Feed id (to revoke it). */
            feed_id: components["schemas"]["FeedId"];
            /**
             * Format: uri
             * @description The tokenised, read-only feed URL.
             */
            url: string;
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description A feed's file name: its token and `.ics`.
         * @example adf_9s8d7f6g5h4j3k2l.ics
         */
        FeedFile: string;
        /**
         * @description Identifier of an ICS feed (`fd_…`).
         * @example fd_01JD6Q
         */
        FeedId: string;
        /** @description A feed of a calendar (its URL is not shown again). */
        FeedInfo: {
            /** @description Feed id. */
            feed_id: components["schemas"]["FeedId"];
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description A calendar's feeds.
         * @example {
         *       "data": [
         *         {
         *           "feed_id": "fd_01JD6Q",
         *           "created_at": "2026-11-24T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        FeedList: {
            /** @description Feeds, by creation. */
            data: components["schemas"]["FeedInfo"][];
        };
        /** @description One invalid field of a request. */
        FieldError: {
            /** @description JSON pointer or parameter name of the offending field, e.g. `/end` or `query.range_start`. */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description Nothing may be booked during these recurring local hours. */
        FocusBlockRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "focus_block";
            /** @description Weekdays it recurs on. */
            weekdays: components["schemas"]["Weekday"][];
            /** @description Local start time. */
            start: components["schemas"]["LocalTime"];
            /** @description Local end time. */
            end: components["schemas"]["LocalTime"];
        };
        /**
         * @description The server is ready.
         * @example {
         *       "status": "ok"
         *     }
         */
        HealthStatus: {
            /**
             * @description Always `ok`.
             * @enum {string}
             */
            status: "ok";
        };
        /**
         * @description An iCalendar (RFC 5545) text.
         * @example BEGIN:VCALENDAR
         *     VERSION:2.0
         *     PRODID:-//AgentDraft//agentdraft-server//EN
         *     END:VCALENDAR
         */
        ICalendarText: string;
        /** @description An ICS URL, polled with If-None-Match / If-Modified-Since. */
        IcsSourceInput: {
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "ics";
            /**
             * Format: uri
             * @description URL of the `.ics` file (http or https).
             */
            url: string;
        };
        /**
         * @description 409 — a request with this idempotency key is still executing; retry after `Retry-After`.
         * @example {
         *       "type": "https://agentdraft.dev/problems/idempotency_in_flight",
         *       "title": "Idempotent request in flight",
         *       "status": 409,
         *       "detail": "a request with this Idempotency-Key is still being processed",
         *       "code": "idempotency_in_flight",
         *       "request_id": "req_8f2c1a",
         *       "retry_after_seconds": 1
         *     }
         */
        IdempotencyInFlightProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 409;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "idempotency_in_flight";
            /**
             * Format: int32
             * @description Seconds to wait before retrying (also sent as `Retry-After`).
             */
            retry_after_seconds: number;
        };
        /**
         * @description 422 — the idempotency key was already used for a different request.
         * @example {
         *       "type": "https://agentdraft.dev/problems/idempotency_key_reused",
         *       "title": "Idempotency key reused",
         *       "status": 422,
         *       "detail": "Idempotency-Key ik_1 was used for a different request",
         *       "code": "idempotency_key_reused",
         *       "request_id": "req_8f2c1a"
         *     }
         */
        IdempotencyKeyReusedProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 422;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "idempotency_key_reused";
        };
        /**
         * @description Provider-style inbound webhook payload: the raw RFC 5322 message and its envelope recipients,
         *     as posted by an inbound mail provider.
         * @example {
         *       "recipients": [
         *         "scheduler.3f9a1c2b7d@agents.agentdraft.local"
         *       ],
         *       "raw": "From: ada@example.com\r\nTo: scheduler.3f9a1c2b7d@agents.agentdraft.local\r\nSubject: Hello\r\nMessage-ID: <a1@example.com>\r\n\r\nCan we meet?\r\n"
         *     }
         */
        InboundMail: {
            /** @description Envelope recipients (RCPT TO). */
            recipients: string[];
            /** @description Envelope sender (MAIL FROM). */
            sender?: string;
            /** @description The full RFC 5322 message. */
            raw: string;
        };
        /**
         * @description Result of an inbound delivery.
         * @example {
         *       "message_ids": [
         *         "msg_01JD6M9C"
         *       ],
         *       "duplicate": false
         *     }
         */
        InboundResult: {
            /** @description Stored messages, one per accepted recipient (existing ones on a duplicate `Message-ID`). */
            message_ids: components["schemas"]["MessageId"][];
            /** @description Whether the message had been received before (deduplicated by `Message-ID`). */
            duplicate: boolean;
        };
        /**
         * @description Proof that an event is a leaf of the tree of a given size.
         * @example {
         *       "event_id": "evt_000042",
         *       "leaf_index": 41,
         *       "tree_size": 42,
         *       "leaf_hash": "q9Jz0xQ3d0p9vYc6r2b1nQ8mHf5kT7wL3sA4eU1iO0c=",
         *       "proof": [
         *         "Hq3b0n1m2v3c4x5z6l7k8j9h0g1f2d3s4a5p6o7i8u9=",
         *         "Zx1c2v3b4n5m6l7k8j9h0g1f2d3s4a5q6w7e8r9t0y1="
         *       ],
         *       "event": {
         *         "event_id": "evt_000042",
         *         "seq": 41,
         *         "at": "2026-11-24T10:00:00.125Z",
         *         "actor": {
         *           "type": "agent",
         *           "agent_id": "agt_scheduler"
         *         },
         *         "action": "booking.committed",
         *         "resource": "bkg_01JD6M4Q7Z8W",
         *         "request": {
         *           "method": "POST",
         *           "path": "/v1/bookings",
         *           "request_id": "req_8f2c1a"
         *         },
         *         "outcome": {
         *           "status": "COMMITTED"
         *         }
         *       }
         *     }
         */
        InclusionProof: {
            /** @description The event. */
            event_id: components["schemas"]["AuditEventId"];
            /**
             * Format: int64
             * @description Its leaf index.
             */
            leaf_index: number;
            /**
             * Format: int64
             * @description Size of the tree the proof is for.
             */
            tree_size: number;
            /** @description Base64 leaf hash: SHA-256(0x00 ‖ JCS(event)). */
            leaf_hash: string;
            /** @description Base64 audit path, leaf to root (RFC 6962 §2.1.1). */
            proof: string[];
            /** @description The event itself, so a client can recompute the leaf hash. */
            event: components["schemas"]["AuditEvent"];
        };
        /**
         * Format: date-time
         * @description An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`).
         *     Naive times are rejected; instants are stored at millisecond precision.
         * @example 2026-12-01T15:00:00Z
         */
        Instant: string;
        /**
         * @description 500 — the server failed; nothing was stored. Safe to retry with the same idempotency key.
         * @example {
         *       "type": "https://agentdraft.dev/problems/internal",
         *       "title": "Internal error",
         *       "status": 500,
         *       "detail": "an unexpected error occurred; nothing was stored",
         *       "code": "internal",
         *       "request_id": "req_8f2c1a"
         *     }
         */
        InternalProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 500;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "internal";
        };
        /** @description A half-open interval `[start, end)`. */
        Interval: {
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
            /** @description `start` as a local time in `time_zone`. */
            start_local?: components["schemas"]["LocalDateTime"];
            /** @description `end` as a local time in `time_zone`. */
            end_local?: components["schemas"]["LocalDateTime"];
            /** @description The IANA zone of `start_local` / `end_local` (`calendar` resolved to the calendar's zone). */
            time_zone?: string;
        };
        /**
         * @description 400 — the request is malformed or fails validation.
         * @example {
         *       "type": "https://agentdraft.dev/problems/invalid_request",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "end must be after start",
         *       "code": "invalid_request",
         *       "request_id": "req_8f2c1a",
         *       "errors": [
         *         {
         *           "field": "/end",
         *           "message": "must be after start"
         *         }
         *       ]
         *     }
         */
        InvalidRequestProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 400;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "invalid_request";
            /** @description The invalid fields. */
            errors: components["schemas"]["FieldError"][];
        };
        /**
         * @description A local date-time with its UTC offset, e.g. `2026-03-30T09:00:00+02:00` (RFC 3339, offset of that instant in the zone).
         * @example 2026-03-30T09:00:00+02:00
         */
        LocalDateTime: string;
        /**
         * @description A local wall-clock time `HH:MM` (24 h) in the calendar's time zone.
         * @example 09:00
         */
        LocalTime: string;
        /**
         * @description Request a sign-in link for an owner.
         * @example {
         *       "email": "ada@example.com"
         *     }
         */
        MagicLinkRequest: {
            /** @description The owner's email address. */
            email: string;
        };
        /**
         * @description The link was sent.
         * @example {
         *       "sent": true,
         *       "dev_token": "mlt_4fQ9x2Lr8bZk"
         *     }
         */
        MagicLinkResponse: {
            /**
             * @description Always true (no account enumeration).
             * @enum {boolean}
             */
            sent: true;
            /** @description The link token, returned only when the server runs in dev mode. */
            dev_token?: string;
        };
        /** @description Bookings last at most `minutes`. */
        MaxDurationRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "max_duration";
            /**
             * Format: int32
             * @description Longest booking in minutes.
             */
            minutes: number;
        };
        /**
         * @description A message of an agent's mailbox.
         * @example {
         *       "message_id": "msg_01JD6M9C",
         *       "direction": "outbound",
         *       "status": "sent",
         *       "from": "scheduler.3f9a1c2b7d@agents.agentdraft.local",
         *       "to": [
         *         "ada@example.com"
         *       ],
         *       "subject": "Discovery call",
         *       "text": "See you on Tuesday.",
         *       "internet_message_id": "<msg_01JD6M9C@agents.agentdraft.local>",
         *       "references": [],
         *       "booking_id": "bkg_01JD6M4Q7Z8W",
         *       "attachments": [
         *         {
         *           "filename": "invite.ics",
         *           "content_type": "text/calendar",
         *           "size": 612
         *         }
         *       ],
         *       "audit_event_id": "evt_000050",
         *       "created_at": "2026-11-24T10:01:00Z"
         *     }
         */
        Message: {
            /** @description Message id. */
            message_id: components["schemas"]["MessageId"];
            /** @description Inbound or outbound. */
            direction: components["schemas"]["MessageDirection"];
            /** @description Delivery state. */
            status: components["schemas"]["MessageStatus"];
            /** @description Why the relay refused it (status `failed`). */
            failure_reason?: string;
            /** @description Sender address. */
            from: string;
            /** @description Recipient addresses. */
            to: string[];
            /** @description Subject. */
            subject: string;
            /** @description Plain-text body. */
            text?: string;
            /** @description HTML body (stored as received; never rendered by the server). */
            html?: string;
            /** @description RFC 5322 `Message-ID`. */
            internet_message_id: string;
            /** @description `In-Reply-To`. */
            in_reply_to?: string;
            /** @description `References`, oldest first. */
            references: string[];
            /** @description Booking the message is about. */
            booking_id?: components["schemas"]["BookingId"];
            /** @description Attachment metadata. */
            attachments: components["schemas"]["AttachmentInfo"][];
            /** @description Parsed calendar invite, when one is attached. */
            calendar?: components["schemas"]["CalendarInvite"];
            /** @description The audit event of its receipt or send. */
            audit_event_id: components["schemas"]["AuditEventId"];
            /** @description When it was stored. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description Direction of a message relative to the agent's mailbox.
         * @enum {string}
         */
        MessageDirection: "inbound" | "outbound";
        /**
         * @description Identifier of a mailbox message (`msg_…`).
         * @example msg_01JD6M9C
         */
        MessageId: string;
        /**
         * @description One page of messages.
         * @example {
         *       "data": [
         *         {
         *           "message_id": "msg_01JD6MA1",
         *           "direction": "inbound",
         *           "status": "received",
         *           "from": "ada@example.com",
         *           "to": [
         *             "scheduler.3f9a1c2b7d@agents.agentdraft.local"
         *           ],
         *           "subject": "Can we meet?",
         *           "text": "Tuesday 15:00 works for me.",
         *           "internet_message_id": "<a1@example.com>",
         *           "references": [],
         *           "attachments": [],
         *           "audit_event_id": "evt_000051",
         *           "created_at": "2026-11-24T10:02:00Z"
         *         }
         *       ],
         *       "has_more": false
         *     }
         */
        MessagePage: {
            /** @description Messages, newest first. */
            data: components["schemas"]["Message"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Cursor of the next page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /**
         * @description Delivery state of a message.
         * @enum {string}
         */
        MessageStatus: "received" | "queued" | "sent" | "failed";
        /** @description Free-form string metadata stored with a booking (at most 50 keys of 40 characters, values of 500). */
        Metadata: {
            [key: string]: string;
        };
        /** @description Bookings start at least `minutes` after they are made. */
        MinNoticeRule: {
            /** @description Owner-chosen rule id, unique per calendar. */
            rule_id: string;
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "min_notice";
            /**
             * Format: int32
             * @description Notice in minutes.
             */
            minutes: number;
        };
        /**
         * @description Request to move a booking to a new interval.
         * @example {
         *       "start": "2026-12-01T16:00:00Z",
         *       "end": "2026-12-01T16:30:00Z"
         *     }
         */
        MoveBookingRequest: {
            /** @description New inclusive start; must carry an offset and not lie in the past. */
            start: components["schemas"]["Instant"];
            /** @description New exclusive end; after `start`, at most 24 h later. */
            end: components["schemas"]["Instant"];
            /** @description Move every occurrence of the booking's series still to come by the same local wall-clock shift. */
            whole_series?: boolean;
        };
        /**
         * @description 404 — no such resource in the caller's workspace.
         * @example {
         *       "type": "https://agentdraft.dev/problems/not_found",
         *       "title": "Not found",
         *       "status": 404,
         *       "detail": "no booking bkg_missing",
         *       "code": "not_found",
         *       "request_id": "req_8f2c1a"
         *     }
         */
        NotFoundProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 404;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "not_found";
        };
        /** @description Why one occurrence of a series was not created: the problem it would have got on its own. */
        OccurrenceProblem: {
            /** @description Problem code (`outranked`, `slot_taken`, `booking_frozen`, `rule_violation`, …). */
            code: string;
            /** @description Human-readable explanation. */
            detail: string;
            /** @description Agent whose booking blocks the occurrence, when a winner exists. */
            winning_agent_id?: components["schemas"]["AgentId"];
            /** @description Priority of the winning agent. */
            winning_agent_priority?: components["schemas"]["Priority"];
            /** @description The winning booking. */
            winning_booking_id?: components["schemas"]["BookingId"];
            /** @description The broken rule (`rule_violation`). */
            rule?: components["schemas"]["RuleRef"];
            /** @description The calendar the occurrence lost on (several calendars). */
            calendar_id?: components["schemas"]["CalendarId"];
        };
        /**
         * @description Why the owner cancels.
         * @example {
         *       "reason": "double-booked by mistake"
         *     }
         */
        OwnerCancelRequest: {
            /** @description Free-text reason, kept in the audit log. */
            reason?: string;
        };
        /**
         * @description 413 — the request body is larger than the server accepts.
         * @example {
         *       "type": "https://agentdraft.dev/problems/payload_too_large",
         *       "title": "Payload too large",
         *       "status": 413,
         *       "detail": "request bodies are limited to 65536 bytes",
         *       "code": "payload_too_large",
         *       "request_id": "req_8f2c1a",
         *       "max_bytes": 65536
         *     }
         */
        PayloadTooLargeProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 413;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "payload_too_large";
            /**
             * Format: int32
             * @description The largest body the server accepts.
             */
            max_bytes: number;
        };
        /**
         * @description 403 — authenticated, but not allowed (missing scope, another agent's booking).
         * @example {
         *       "type": "https://agentdraft.dev/problems/forbidden",
         *       "title": "Forbidden",
         *       "status": 403,
         *       "detail": "the key lacks scope bookings:write",
         *       "code": "forbidden",
         *       "request_id": "req_8f2c1a",
         *       "required_scope": "bookings:write"
         *     }
         */
        PermissionDeniedProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 403;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "forbidden";
            /** @description The scope the request needed, when a scope was missing. */
            required_scope?: components["schemas"]["Scope"];
        };
        /**
         * Format: int32
         * @description Agent priority: an integer ≥ 1 where **1 is the highest**.
         */
        Priority: number;
        /** @description A contested slot: one winning booking and every write it beat. */
        Race: {
            /** @description The calendar. */
            calendar_id?: components["schemas"]["CalendarId"];
            /** @description The slot (the winning booking's interval). */
            start?: components["schemas"]["Instant"];
            /** @description End of the slot. */
            end?: components["schemas"]["Instant"];
            /** @description Who won. */
            winner: components["schemas"]["RaceWinner"];
            /** @description Who lost, in log order. */
            losers: components["schemas"]["RaceLoser"][];
            /** @description When it was last contested. */
            last_at: components["schemas"]["Instant"];
        };
        /** @description One contender that lost a race. */
        RaceLoser: {
            /** @description The agent. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Its priority (of the evicted booking; for a refused write, the agent's priority now). */
            priority?: components["schemas"]["Priority"];
            /** @description The booking it wrote or lost. */
            booking_id: components["schemas"]["BookingId"];
            /** @description How it lost. */
            outcome: components["schemas"]["RaceOutcome"];
            /** @description The problem code it got (refused writes) or `evicted` / `displaced`. */
            problem_code: string;
            /** @description The audit event recording the loss. */
            audit_event_id: components["schemas"]["AuditEventId"];
            /** @description When. */
            at: components["schemas"]["Instant"];
        };
        /**
         * @description How a contender lost.
         * @enum {string}
         */
        RaceOutcome: "rejected" | "evicted" | "displaced";
        /**
         * @description Races, most recent first, derived from the audit log.
         * @example {
         *       "data": [
         *         {
         *           "calendar_id": "cal_main",
         *           "start": "2026-12-01T10:00:00Z",
         *           "end": "2026-12-01T10:30:00Z",
         *           "winner": {
         *             "agent_id": "agt_a",
         *             "priority": 1,
         *             "booking_id": "bkg_a",
         *             "status": "COMMITTED"
         *           },
         *           "losers": [
         *             {
         *               "agent_id": "agt_b",
         *               "priority": 2,
         *               "booking_id": "bkg_b",
         *               "outcome": "rejected",
         *               "problem_code": "outranked",
         *               "audit_event_id": "evt_000042",
         *               "at": "2026-12-01T09:00:00Z"
         *             }
         *           ],
         *           "last_at": "2026-12-01T09:00:00Z"
         *         }
         *       ],
         *       "has_more": false
         *     }
         */
        RacePage: {
            /** @description Races, most recent first. */
            data: components["schemas"]["Race"][];
            /** @description Whether older audit events remain to scan. */
            has_more: boolean;
            /** @description Cursor of the next (older) page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /** @description The winner of a race. */
        RaceWinner: {
            /** @description The agent. */
            agent_id: components["schemas"]["AgentId"];
            /** @description Its priority when it wrote the booking. */
            priority: components["schemas"]["Priority"];
            /** @description The winning booking. */
            booking_id: components["schemas"]["BookingId"];
            /** @description The winning booking's status now. */
            status?: components["schemas"]["BookingStatus"];
        };
        /** @description An agent's token bucket now. */
        RateLimitState: {
            /**
             * Format: int32
             * @description Bucket size (burst).
             */
            capacity: number;
            /**
             * Format: double
             * @description Tokens added per second.
             */
            refill_per_second: number;
            /**
             * Format: int32
             * @description Requests it may send at once now.
             */
            remaining: number;
            /**
             * Format: int32
             * @description Seconds until the bucket is full again.
             */
            full_in_seconds: number;
        };
        /**
         * @description 429 — the agent's token bucket is empty.
         * @example {
         *       "type": "https://agentdraft.dev/problems/rate_limited",
         *       "title": "Rate limited",
         *       "status": 429,
         *       "detail": "rate limit exceeded; retry in 2 s",
         *       "code": "rate_limited",
         *       "request_id": "req_8f2c1a",
         *       "retry_after_seconds": 2
         *     }
         */
        RateLimitedProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 429;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "rate_limited";
            /**
             * Format: int32
             * @description Seconds until a token is available (also sent as `Retry-After`).
             */
            retry_after_seconds: number;
        };
        /** @description A recurrence rule: RFC 5545 RRULE, expanded in the calendar's time zone (docs/protocol.md §12.3). */
        Recurrence: {
            /** @description RRULE value (an optional `RRULE:` prefix is accepted) bounded by COUNT or UNTIL, at most 100 occurrences. */
            rrule: string;
            /** @description `true` (default): every occurrence or none; `false`: each occurrence is decided on its own. */
            all_or_nothing?: boolean;
        };
        /** @description Error responses of one problem code within the request log. */
        RequestErrorGroup: {
            /** @description Problem code. */
            error_code: string;
            /**
             * Format: int32
             * @description HTTP status of the latest one.
             */
            status: number;
            /**
             * Format: int32
             * @description How many.
             */
            count: number;
            /** @description The latest one. */
            last_at: components["schemas"]["Instant"];
            /** @description `Request-Id` of the latest one. */
            last_request_id: string;
        };
        /**
         * @description Errors of the request log grouped by problem code, most frequent first.
         * @example {
         *       "data": [
         *         {
         *           "error_code": "slot_taken",
         *           "status": 409,
         *           "count": 3,
         *           "last_at": "2026-12-01T09:00:00Z",
         *           "last_request_id": "req_8f2c1a"
         *         }
         *       ]
         *     }
         */
        RequestErrorSummary: {
            /** @description Groups, most frequent first. */
            data: components["schemas"]["RequestErrorGroup"][];
        };
        /**
         * @description One request the server answered for the workspace (kept 7 days, at most 100 000 per workspace).
         * @example {
         *       "request_id": "req_8f2c1a",
         *       "at": "2026-12-01T09:00:00.125Z",
         *       "method": "POST",
         *       "path": "/v1/bookings",
         *       "operation_id": "createBooking",
         *       "status": 409,
         *       "agent_id": "agt_scheduler",
         *       "idempotency_key": "book-42",
         *       "replayed": false,
         *       "latency_ms": 3.2,
         *       "error_code": "slot_taken"
         *     }
         */
        RequestLogEntry: {
            /** @description The request's `Request-Id`. */
            request_id: string;
            /** @description When it arrived. */
            at: components["schemas"]["Instant"];
            /** @description HTTP method. */
            method: string;
            /** @description Path (no query). */
            path: string;
            /** @description The spec operation it reached, when it reached one. */
            operation_id?: string;
            /**
             * Format: int32
             * @description Response status.
             */
            status: number;
            /** @description The calling agent (absent for owner requests). */
            agent_id?: components["schemas"]["AgentId"];
            /** @description The `Idempotency-Key` it sent. */
            idempotency_key?: string;
            /** @description Whether the answer was an idempotent replay (`Idempotent-Replayed: true`). */
            replayed: boolean;
            /**
             * Format: double
             * @description Time spent in the server, in milliseconds.
             */
            latency_ms: number;
            /** @description The problem `code` of an error response. */
            error_code?: string;
        };
        /**
         * @description A page of the request log, newest first.
         * @example {
         *       "data": [],
         *       "has_more": false
         *     }
         */
        RequestLogPage: {
            /** @description Requests, newest first. */
            data: components["schemas"]["RequestLogEntry"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Cursor of the next page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /**
         * @description Rotate a webhook's secret.
         * @example {
         *       "overlap_seconds": 86400
         *     }
         */
        RotateWebhookSecretRequest: {
            /**
             * Format: int32
             * @description How long the previous secret keeps signing too, 0–604800 s (default 86400).
             */
            overlap_seconds?: number;
        };
        /** @description A calendar rule, checked before arbitration. */
        Rule: components["schemas"]["BusinessHoursRule"] | components["schemas"]["FocusBlockRule"] | components["schemas"]["DailyCapRule"] | components["schemas"]["BufferRule"] | components["schemas"]["MaxDurationRule"] | components["schemas"]["MinNoticeRule"];
        /**
         * @description Kinds of calendar rules.
         * @enum {string}
         */
        RuleKind: "business_hours" | "focus_block" | "daily_cap" | "buffer" | "max_duration" | "min_notice" | "external_busy";
        /** @description The rule a write broke. */
        RuleRef: {
            /** @description Owner-chosen id of the rule. */
            rule_id: string;
            /** @description Its kind. */
            kind: components["schemas"]["RuleKind"];
        };
        /**
         * @description The full rule set of a calendar.
         * @example {
         *       "rules": [
         *         {
         *           "rule_id": "office_hours",
         *           "kind": "business_hours",
         *           "hours": [
         *             {
         *               "weekday": "mon",
         *               "open": "09:00",
         *               "close": "17:00"
         *             },
         *             {
         *               "weekday": "tue",
         *               "open": "09:00",
         *               "close": "17:00"
         *             }
         *           ]
         *         },
         *         {
         *           "rule_id": "cap",
         *           "kind": "daily_cap",
         *           "max_bookings": 8,
         *           "per": "agent"
         *         }
         *       ]
         *     }
         */
        RuleSet: {
            /** @description Rules, all of which must pass. */
            rules: components["schemas"]["Rule"][];
        };
        /**
         * @description 422 — a calendar rule forbids this booking.
         * @example {
         *       "type": "https://agentdraft.dev/problems/rule_violation",
         *       "title": "Rule violation",
         *       "status": 422,
         *       "detail": "outside business hours (Mon–Fri 09:00–17:00 Europe/Berlin)",
         *       "code": "rule_violation",
         *       "request_id": "req_8f2c1a",
         *       "rule": {
         *         "rule_id": "office_hours",
         *         "kind": "business_hours"
         *       },
         *       "audit_event_id": "evt_000044"
         *     }
         */
        RuleViolationProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 422;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "rule_violation";
            /** @description The rule that was broken. */
            rule: components["schemas"]["RuleRef"];
            /** @description For kind `external_busy`: the external busy interval the write overlaps. */
            external?: components["schemas"]["ExternalConflict"];
            /** @description The calendar the write lost on or whose rule it broke (writes on several calendars; docs/protocol.md §12.2). */
            calendar_id?: components["schemas"]["CalendarId"];
            /** @description The occurrence of a series that failed (docs/protocol.md §12.3). */
            occurrence?: components["schemas"]["FailedOccurrence"];
            /** @description The audit event that records this rejection. */
            audit_event_id: components["schemas"]["AuditEventId"];
        };
        /**
         * @description A permission granted to an agent's API key.
         * @enum {string}
         */
        Scope: "availability:read" | "bookings:read" | "bookings:write" | "mailbox:read" | "mailbox:send" | "audit:read";
        /**
         * @description Request to send a message from the calling agent's mailbox.
         * @example {
         *       "to": [
         *         "ada@example.com"
         *       ],
         *       "subject": "Discovery call",
         *       "text": "See you on Tuesday.",
         *       "booking_id": "bkg_01JD6M4Q7Z8W"
         *     }
         */
        SendMessageRequest: {
            /** @description Recipients (1–50 addresses). */
            to: string[];
            /** @description Subject. */
            subject: string;
            /** @description Plain-text body. */
            text: string;
            /** @description Optional HTML body. */
            html?: string;
            /** @description `Message-ID` of the message this replies to (threads `In-Reply-To`/`References`). */
            in_reply_to?: string;
            /** @description Attach an iTIP invite for this booking (REQUEST, or CANCEL when cancelled). */
            booking_id?: components["schemas"]["BookingId"];
        };
        /**
         * @description The occurrences a series cancel ended.
         * @example {
         *       "series_id": "srs_01JD6M4Q7Z8W",
         *       "bookings": [
         *         {
         *           "booking_id": "bkg_01JD6M4Q7Z8W_1",
         *           "calendar_id": "cal_main",
         *           "agent_id": "agt_scheduler",
         *           "agent_priority": 1,
         *           "status": "CANCELLED",
         *           "start": "2026-12-08T15:00:00Z",
         *           "end": "2026-12-08T15:30:00Z",
         *           "metadata": {
         *             "title": "Weekly sync"
         *           },
         *           "series_id": "srs_01JD6M4Q7Z8W",
         *           "committed_at": "2026-11-24T10:00:00.125Z",
         *           "ended_reason": "project over",
         *           "audit_event_id": "evt_000051",
         *           "created_at": "2026-11-24T10:00:00.125Z"
         *         }
         *       ]
         *     }
         */
        SeriesCancellation: {
            /** @description The series. */
            series_id: components["schemas"]["SeriesId"];
            /** @description The occurrences cancelled (COMMITTED → CANCELLED) or released (HELD → RELEASED), in order. */
            bookings: components["schemas"]["Booking"][];
        };
        /**
         * @description A recurring series id (`srs_…`); its occurrences are bookings `bkg_<same suffix>_<index>`.
         * @example srs_01JD6M4Q7Z8W
         */
        SeriesId: string;
        /** @description How one occurrence of a recurring write was decided. */
        SeriesOccurrence: {
            /**
             * Format: int32
             * @description 0-based position in the series.
             */
            index: number;
            /** @description The occurrence's booking id (created or not). */
            booking_id: components["schemas"]["BookingId"];
            /** @description Inclusive start. */
            start: components["schemas"]["Instant"];
            /** @description Exclusive end. */
            end: components["schemas"]["Instant"];
            /**
             * @description `created` or `failed`.
             * @enum {string}
             */
            outcome: "created" | "failed";
            /** @description Why it failed. */
            problem?: components["schemas"]["OccurrenceProblem"];
        };
        /** @description The occurrences of a recurring write, in order. */
        SeriesOutcome: {
            /** @description The series. */
            series_id: components["schemas"]["SeriesId"];
            /** @description Whether the series was decided all or nothing. */
            all_or_nothing: boolean;
            /** @description Every occurrence, in order. */
            occurrences: components["schemas"]["SeriesOccurrence"][];
        };
        /**
         * @description The signed-in owner.
         * @example {
         *       "user_id": "usr_ada",
         *       "email": "ada@example.com"
         *     }
         */
        Session: {
            /** @description Owner id. */
            user_id: components["schemas"]["UserId"];
            /** @description Owner email. */
            email: string;
        };
        /**
         * @description Replace a calendar's external sources.
         * @example {
         *       "sources": [
         *         {
         *           "kind": "ics",
         *           "url": "https://calendar.example.com/ada.ics"
         *         }
         *       ],
         *       "poll_seconds": 300
         *     }
         */
        SetSourcesRequest: {
            /** @description The sources (an empty list removes every source and its busy time). */
            sources: components["schemas"]["SourceInput"][];
            /**
             * Format: int32
             * @description Seconds between two polls of each source (default 300).
             * @default 300
             */
            poll_seconds: number;
        };
        /** @description The last failed poll of a source. */
        SourceError: {
            /** @description What went wrong. */
            code: components["schemas"]["SourceErrorCode"];
            /** @description A readable account. */
            message: string;
            /** @description When. */
            at: components["schemas"]["Instant"];
        };
        /**
         * @description Why the last poll of a source failed (its last good busy set stays in force).
         * @enum {string}
         */
        SourceErrorCode: "refused" | "unreachable" | "timeout" | "unauthorized" | "http_status" | "malformed" | "too_large";
        /**
         * @description Identifier of an external calendar source (`src_…`).
         * @example src_01JD6P
         */
        SourceId: string;
        /** @description An external calendar to read busy time from. */
        SourceInput: components["schemas"]["CaldavSourceInput"] | components["schemas"]["IcsSourceInput"];
        /** @description The server acted on its own (e.g. a hold expired). */
        SystemActor: {
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "system";
        };
        /**
         * @description 422 — a URL the owner gave is one the server does not call (docs/security.md §5).
         * @example {
         *       "type": "https://agentdraft.dev/problems/target_refused",
         *       "title": "Target refused",
         *       "status": 422,
         *       "detail": "the webhook URL is not one this server calls",
         *       "code": "target_refused",
         *       "request_id": "req_8f2c1a",
         *       "errors": [
         *         {
         *           "field": "/url",
         *           "message": "127.0.0.1 is a loopback address, not a public one"
         *         }
         *       ]
         *     }
         */
        TargetRefusedProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 422;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "target_refused";
            /** @description The refused fields, each with the reason. */
            errors: components["schemas"]["FieldError"][];
        };
        /**
         * @description An IANA time zone name (`Europe/Berlin`), or `calendar` for the zone of the item's calendar.
         *     An unknown zone is a 400 `invalid_request` naming `query.time_zone`.
         * @example Europe/Berlin
         */
        TimeZoneParam: string;
        /**
         * @description 503 — the server cannot serve right now (store unreachable, draining); nothing was stored.
         * @example {
         *       "type": "https://agentdraft.dev/problems/unavailable",
         *       "title": "Service unavailable",
         *       "status": 503,
         *       "detail": "the store is unavailable; retry later",
         *       "code": "unavailable",
         *       "request_id": "req_8f2c1a",
         *       "retry_after_seconds": 1
         *     }
         */
        UnavailableProblem: {
            /** @description URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`). */
            type: string;
            /** @description Short, human-readable summary of the problem type. */
            title: string;
            /** @description Human-readable explanation specific to this occurrence. */
            detail: string;
            /** @description The `Request-Id` of the failed request. */
            request_id: string;
            /**
             * @description HTTP status.
             * @enum {number}
             */
            status: 503;
            /**
             * @description Problem code.
             * @enum {string}
             */
            code: "unavailable";
            /**
             * Format: int32
             * @description Seconds to wait before retrying (also sent as `Retry-After`).
             */
            retry_after_seconds?: number;
        };
        /**
         * @description Change an agent's priority or scopes.
         * @example {
         *       "priority": 2
         *     }
         */
        UpdateAgentRequest: {
            /** @description New priority (applies to future writes). */
            priority?: components["schemas"]["Priority"];
            /** @description New scopes. */
            scopes?: components["schemas"]["Scope"][];
        };
        /**
         * @description Update a calendar: its name, time zone or engine settings.
         * @example {
         *       "settings": {
         *         "arbitration_window_ms": 100
         *       }
         *     }
         */
        UpdateCalendarRequest: {
            /** @description Name. */
            name?: string;
            /** @description IANA time zone. */
            time_zone?: string;
            /** @description Engine settings to change. */
            settings?: components["schemas"]["EngineSettingsUpdate"];
        };
        /**
         * @description Change a webhook; absent fields keep their value.
         * @example {
         *       "events": [
         *         "booking.committed",
         *         "booking.cancelled"
         *       ],
         *       "enabled": false
         *     }
         */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description Target URL.
             */
            url?: string;
            /** @description Event types to deliver (`*` for all). */
            events?: string[];
            /** @description Pause (false) or resume (true) delivery; paused deliveries wait, new events are not queued. */
            enabled?: boolean;
        };
        /** @description An owner acted. */
        UserActor: {
            /**
             * @description Discriminator. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "user";
            /** @description The owner. */
            user_id: components["schemas"]["UserId"];
        };
        /**
         * @description Identifier of an owner (`usr_…`).
         * @example usr_ada
         */
        UserId: string;
        /**
         * @description Exchange a magic-link token for a session.
         * @example {
         *       "token": "mlt_4fQ9x2Lr8bZk"
         *     }
         */
        VerifyRequest: {
            /** @description Token from the link. */
            token: string;
        };
        /**
         * @description A webhook subscription: the server POSTs matching audit events to `url`, signed (Standard Webhooks).
         * @example {
         *       "webhook_id": "whk_01JD6N",
         *       "url": "https://hooks.example.com/agentdraft",
         *       "events": [
         *         "booking.committed",
         *         "booking.evicted"
         *       ],
         *       "enabled": true,
         *       "created_at": "2026-11-24T09:00:00Z"
         *     }
         */
        Webhook: {
            /** @description Webhook id. */
            webhook_id: components["schemas"]["WebhookId"];
            /**
             * Format: uri
             * @description Target URL.
             */
            url: string;
            /** @description Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`. */
            events: string[];
            /** @description Whether events are delivered (a disabled subscription queues nothing and sends nothing). */
            enabled: boolean;
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description One event's delivery to one subscription.
         * @example {
         *       "delivery_id": "whd_01jd6n4q7z8w2x3y4z5a",
         *       "webhook_id": "whk_01JD6N",
         *       "event_id": "evt_000042",
         *       "event_type": "booking.committed",
         *       "status": "pending",
         *       "attempts": 2,
         *       "last_attempt_at": "2026-11-24T10:00:05Z",
         *       "last_status_code": 503,
         *       "last_latency_ms": 41,
         *       "last_error": "HTTP 503",
         *       "next_attempt_at": "2026-11-24T10:00:27Z",
         *       "created_at": "2026-11-24T10:00:00Z"
         *     }
         */
        WebhookDelivery: {
            /** @description Delivery id, sent as `webhook-id` on every attempt. */
            delivery_id: components["schemas"]["WebhookDeliveryId"];
            /** @description The subscription. */
            webhook_id: components["schemas"]["WebhookId"];
            /** @description The audit event delivered. */
            event_id: components["schemas"]["AuditEventId"];
            /** @description Its type. */
            event_type: string;
            /** @description Where it stands. */
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * Format: int32
             * @description Attempts made so far.
             */
            attempts: number;
            /** @description When the latest attempt was made. */
            last_attempt_at?: components["schemas"]["Instant"];
            /**
             * Format: int32
             * @description HTTP status of the latest answer (absent when none came).
             */
            last_status_code?: number;
            /**
             * Format: int32
             * @description Duration of the latest attempt, in ms.
             */
            last_latency_ms?: number;
            /** @description Why the latest attempt failed. */
            last_error?: string;
            /** @description When the next attempt is due (pending only). */
            next_attempt_at?: components["schemas"]["Instant"];
            /** @description When it was delivered. */
            delivered_at?: components["schemas"]["Instant"];
            /** @description When it was queued. */
            created_at: components["schemas"]["Instant"];
        };
        /**
         * @description Identifier of one webhook delivery (`whd_…`); it is also the `webhook-id` header of every attempt.
         * @example whd_01jd6n4q7z8w2x3y4z5a
         */
        WebhookDeliveryId: string;
        /**
         * @description One page of a webhook's deliveries, newest event first.
         * @example {
         *       "data": [
         *         {
         *           "delivery_id": "whd_01jd6n4q7z8w2x3y4z5a",
         *           "webhook_id": "whk_01JD6N",
         *           "event_id": "evt_000042",
         *           "event_type": "booking.committed",
         *           "status": "delivered",
         *           "attempts": 1,
         *           "last_attempt_at": "2026-11-24T10:00:00.200Z",
         *           "last_status_code": 204,
         *           "last_latency_ms": 38,
         *           "delivered_at": "2026-11-24T10:00:00.200Z",
         *           "created_at": "2026-11-24T10:00:00.125Z"
         *         }
         *       ],
         *       "has_more": false
         *     }
         */
        WebhookDeliveryPage: {
            /** @description Deliveries. */
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Cursor of the next page, when `has_more`. */
            next_cursor?: components["schemas"]["Cursor"];
        };
        /**
         * @description State of a delivery.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "dead";
        /**
         * @description The body of every delivery (Standard Webhooks envelope): `type` is the audit action, `timestamp`
         *     the event's time, `data` the audit event exactly as the audit log holds it (§4.1), so it can be
         *     checked against a signed checkpoint.
         * @example {
         *       "type": "webhook.test",
         *       "timestamp": "2026-11-24T10:00:00.125Z",
         *       "data": {
         *         "event_id": "evt_000042",
         *         "seq": 41,
         *         "at": "2026-11-24T10:00:00.125Z",
         *         "actor": {
         *           "type": "user",
         *           "user_id": "usr_01JD6K"
         *         },
         *         "action": "webhook.test",
         *         "resource": "whk_01JD6N",
         *         "request": {
         *           "method": "POST",
         *           "path": "/v1/dashboard/webhooks/whk_01JD6N/test",
         *           "request_id": "req_8f2c1a"
         *         },
         *         "outcome": {
         *           "webhook_id": "whk_01JD6N"
         *         }
         *       }
         *     }
         */
        WebhookEnvelope: {
            /** @description Event type (the audit action). */
            type: string;
            /** @description When the event happened. */
            timestamp: components["schemas"]["Instant"];
            /** @description The audit event. */
            data: components["schemas"]["AuditEvent"];
        };
        /**
         * @description Every event type the server emits.
         * @example {
         *       "data": [
         *         {
         *           "type": "booking.committed",
         *           "description": "a booking was committed",
         *           "schema": "#/components/schemas/AuditEvent"
         *         }
         *       ]
         *     }
         */
        WebhookEventCatalog: {
            /** @description Event types, by name. */
            data: components["schemas"]["WebhookEventType"][];
        };
        /**
         * @description One type of event a webhook can subscribe to.
         * @example {
         *       "type": "booking.committed",
         *       "description": "a booking was committed",
         *       "schema": "#/components/schemas/AuditEvent"
         *     }
         */
        WebhookEventType: {
            /** @description The event type: the audit action, e.g. `booking.committed`. */
            type: string;
            /** @description What it means. */
            description: string;
            /** @description JSON reference of the schema of the envelope's `data` (an audit event). */
            schema: string;
        };
        /**
         * @description Identifier of a webhook subscription (`whk_…`).
         * @example whk_01JD6N
         */
        WebhookId: string;
        /**
         * @description The workspace's webhooks.
         * @example {
         *       "data": [
         *         {
         *           "webhook_id": "whk_01JD6N",
         *           "url": "https://hooks.example.com/agentdraft",
         *           "events": [
         *             "booking.committed"
         *           ],
         *           "enabled": true,
         *           "created_at": "2026-11-24T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        WebhookList: {
            /** @description Webhooks. */
            data: components["schemas"]["Webhook"][];
        };
        /**
         * @description The test delivery queued.
         * @example {
         *       "delivery": {
         *         "delivery_id": "whd_01jd6n4q7z8w2x3y4z5b",
         *         "webhook_id": "whk_01JD6N",
         *         "event_id": "evt_000042",
         *         "event_type": "webhook.test",
         *         "status": "pending",
         *         "attempts": 0,
         *         "next_attempt_at": "2026-11-24T10:00:00.125Z",
         *         "created_at": "2026-11-24T10:00:00.125Z"
         *       },
         *       "envelope": {
         *         "type": "webhook.test",
         *         "timestamp": "2026-11-24T10:00:00.125Z",
         *         "data": {
         *           "event_id": "evt_000042",
         *           "seq": 41,
         *           "at": "2026-11-24T10:00:00.125Z",
         *           "actor": {
         *             "type": "user",
         *             "user_id": "usr_01JD6K"
         *           },
         *           "action": "webhook.test",
         *           "resource": "whk_01JD6N",
         *           "request": {
         *             "method": "POST",
         *             "path": "/v1/dashboard/webhooks/whk_01JD6N/test",
         *             "request_id": "req_8f2c1a"
         *           },
         *           "outcome": {
         *             "webhook_id": "whk_01JD6N"
         *           }
         *         }
         *       }
         *     }
         */
        WebhookTestResult: {
            /** @description The delivery of the `webhook.test` event. */
            delivery: components["schemas"]["WebhookDelivery"];
            /** @description The body it sends. */
            envelope: components["schemas"]["WebhookEnvelope"];
        };
        /**
         * @description A webhook with its signing secret, shown once (on creation and on rotation).
         * @example {
         *       "webhook_id": "whk_01JD6N",
         *       "url": "https://hooks.example.com/agentdraft",
         *       "events": [
         *         "booking.committed"
         *       ],
         *       "enabled": true,
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        WebhookWithSecret: {
            /** @description Webhook id. */
            webhook_id: components["schemas"]["WebhookId"];
            /**
             * Format: uri
             * @description Target URL.
             */
            url: string;
            /** @description Event types (audit actions) to deliver, `*` for all; see `GET /v1/dashboard/webhooks/events`. */
            events: string[];
            /** @description Whether events are delivered (a disabled subscription queues nothing and sends nothing). */
            enabled: boolean;
            /** @description When it was created. */
            created_at: components["schemas"]["Instant"];
            /** @description Standard Webhooks signing secret: `whsec_` + base64 of the HMAC-SHA256 key. */
            secret: string;
        };
        /**
         * @description Day of the week, ISO order.
         * @enum {string}
         */
        Weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
        /**
         * @description The owner's workspace.
         * @example {
         *       "workspace_id": "ws_01JD6K",
         *       "user_id": "usr_ada",
         *       "email": "ada@example.com",
         *       "default_calendar_id": "cal_main"
         *     }
         */
        Workspace: {
            /** @description Workspace id. */
            workspace_id: string;
            /** @description Owner. */
            user_id: components["schemas"]["UserId"];
            /** @description Owner email. */
            email: string;
            /** @description Calendar agents write to by default. */
            default_calendar_id: components["schemas"]["CalendarId"];
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
         *     Scoped per agent and kept 24 h. SDKs send one on every POST.
         */
        IdempotencyKeyHeader: string;
        /** @description Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
        LocalTimeQuery: components["schemas"]["TimeZoneParam"];
        /** @description Cursor returned as `next_cursor` by the previous page. */
        "PageQuery.cursor": components["schemas"]["Cursor"];
        /** @description Page size, 1–200 (default 50). */
        "PageQuery.limit": number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getCurrentAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentIdentity"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events about this resource id (booking, agent, message …). */
                resource?: string;
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getAuditCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkpoint"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getAuditConsistencyProof: {
        parameters: {
            query: {
                /** @description Older size. */
                from_size: number;
                /** @description Newer size (default: current size). */
                to_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getAuditInclusionProof: {
        parameters: {
            query?: {
                /** @description Tree size to prove against. */
                tree_size?: number;
            };
            header?: never;
            path: {
                /** @description The event. */
                event_id: components["schemas"]["AuditEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    requestMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MagicLinkRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MagicLinkResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    verifyMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `ad_session=…; HttpOnly; SameSite=Lax; Path=/` (plus `Secure` outside dev mode). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getAvailability: {
        parameters: {
            query: {
                /** @description Start of the range. */
                range_start: components["schemas"]["Instant"];
                /** @description End of the range. */
                range_end: components["schemas"]["Instant"];
                /** @description Only return slots at least this long. */
                duration_minutes?: number;
                /**
                 * @description Calendar to query (default: the workspace's default calendar). Repeat it (1–10 times) for
                 *     the slots free on all of them, or on `min_available` of them (docs/protocol.md §12.2).
                 */
                calendar_id?: components["schemas"]["CalendarId"][];
                /** @description With several calendars: slots free on at least this many of them (default: all). */
                min_available?: number;
                /** @description Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
                time_zone?: components["parameters"]["LocalTimeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description Only bookings with this status. */
                status?: components["schemas"]["BookingStatus"];
                /** @description Only bookings of this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only bookings on this calendar (default: all calendars of the workspace). */
                calendar_id?: components["schemas"]["CalendarId"];
                /** @description Only bookings ending after this instant. */
                range_start?: components["schemas"]["Instant"];
                /** @description Only bookings starting before this instant. */
                range_end?: components["schemas"]["Instant"];
                /** @description Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
                time_zone?: components["parameters"]["LocalTimeQuery"];
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingRequest"];
            };
        };
        responses: {
            /** @description A booking written by a POST (possibly an idempotent replay). */
            201: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getBooking: {
        parameters: {
            query?: {
                /** @description Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
                time_zone?: components["parameters"]["LocalTimeQuery"];
            };
            header?: never;
            path: {
                /** @description The booking. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description The commit to cancel. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            /** @description A booking written by a POST (possibly an idempotent replay). */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    commitHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description The hold to commit. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A booking written by a POST (possibly an idempotent replay). */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    moveBooking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description The booking to move. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveBookingRequest"];
            };
        };
        responses: {
            /** @description A booking written by a POST (possibly an idempotent replay). */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    releaseHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description The hold to release. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A booking written by a POST (possibly an idempotent replay). */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentRequest"];
            };
        };
        responses: {
            /** @description A 201 JSON response. */
            201: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentWithKey"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listAgentUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentUsageList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    revokeAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    rotateAgentKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentWithKey"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOwnerAuditCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkpoint"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listOwnerAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events about this resource id. */
                resource?: string;
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOwnerAuditInclusionProof: {
        parameters: {
            query?: {
                /** @description Tree size to prove against. */
                tree_size?: number;
            };
            header?: never;
            path: {
                /** @description The event. */
                event_id: components["schemas"]["AuditEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOwnerAvailability: {
        parameters: {
            query: {
                /** @description Start of the range. */
                range_start: components["schemas"]["Instant"];
                /** @description End of the range (at most 62 days after the start). */
                range_end: components["schemas"]["Instant"];
                /** @description Minimum slot length. */
                duration_minutes?: number;
                /** @description The calendar (default: the workspace's default calendar). */
                calendar_id?: components["schemas"]["CalendarId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    previewAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityPreviewRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listOwnerBookings: {
        parameters: {
            query?: {
                /** @description Only bookings with this status. */
                status?: components["schemas"]["BookingStatus"];
                /** @description Only bookings of this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only bookings on this calendar. */
                calendar_id?: components["schemas"]["CalendarId"];
                /** @description Only bookings ending after this instant. */
                range_start?: components["schemas"]["Instant"];
                /** @description Only bookings starting before this instant. */
                range_end?: components["schemas"]["Instant"];
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ownerCancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OwnerCancelRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ownerReleaseHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The hold. */
                booking_id: components["schemas"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarRequest"];
            };
        };
        responses: {
            /** @description A 201 JSON response. */
            201: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    updateCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listCalendarFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A 201 JSON response. */
            201: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedCreated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
                /** @description The feed. */
                feed_id: components["schemas"]["FeedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    setRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSet"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getCalendarSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSources"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    setCalendarSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar. */
                calendar_id: components["schemas"]["CalendarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSourcesRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSources"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listRaces: {
        parameters: {
            query?: {
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["schemas"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RacePage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listRequestLog: {
        parameters: {
            query?: {
                /** @description Only this response status. */
                status?: number;
                /** @description Only error responses (status ≥ 400). */
                errors_only?: boolean;
                /** @description Only requests of this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only requests with this `Idempotency-Key`. */
                idempotency_key?: string;
                /** @description Only errors with this problem code. */
                error_code?: string;
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLogPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    summarizeRequestErrors: {
        parameters: {
            query?: {
                /** @description Only requests of this agent. */
                agent_id?: components["schemas"]["AgentId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestErrorSummary"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description A 201 JSON response. */
            201: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description The target URL is refused by the outbound-request policy */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TargetRefusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventCatalog"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description The target URL is refused by the outbound-request policy */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TargetRefusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
                /** @description The delivery. */
                delivery_id: components["schemas"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretRequest"];
            };
        };
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain 200 JSON response. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a copy the client has. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description `<token>.ics`. */
                feed_file: components["schemas"]["FeedFile"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ICalendarText"];
                };
            };
            /** @description The client has made a conditional request and the resource has not been modified. */
            304: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    receiveInboundMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundMail"];
            };
        };
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Only inbound or only outbound messages. */
                direction?: components["schemas"]["MessageDirection"];
                /** @description Page size, 1–200 (default 50). */
                limit?: components["parameters"]["PageQuery.limit"];
                /** @description Cursor returned as `next_cursor` by the previous page. */
                cursor?: components["parameters"]["PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description A request with the same idempotency key is in flight */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Idempotency key reused for a different request */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message. */
                message_id: components["schemas"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    cancelSeries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (1–255 printable ASCII characters) that makes this POST safe to retry.
                 *     Scoped per agent and kept 24 h. SDKs send one on every POST.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description The series to cancel. */
                series_id: components["schemas"]["SeriesId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description `true` when this response is the stored response of an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesCancellation"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRequestProblem"];
                };
            };
            /** @description Unauthenticated */
            401: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthErrorProblem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PermissionDeniedProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Conflict: the write lost, or the booking cannot make this transition */
            409: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying (present on `idempotency_in_flight`). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyInFlightProblem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description A calendar rule forbids the booking */
            422: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RuleViolationProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Rate limited */
            429: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Internal error */
            500: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    /** @description Unique id of this request; also in every problem body as `request_id`. */
                    "Request-Id": string;
                    /** @description Rate-limit policy of the caller, e.g. `"agent";q=100;w=10` (agent API only). */
                    "RateLimit-Policy"?: string;
                    /** @description Remaining quota, e.g. `"agent";r=99;t=1` (agent API only). */
                    RateLimit?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
}
