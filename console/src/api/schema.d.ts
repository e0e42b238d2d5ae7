// Generated from the API's OpenAPI document by `npm run console:api-types`. Do not edit:
// test/console/api-types.test.ts fails when this file no longer matches the API.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temporal and PostgreSQL are reachable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                            checks: {
                                /** @enum {string} */
                                temporal: "up" | "down";
                                /** @enum {string} */
                                postgres: "up" | "down";
                            };
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                            checks: {
                                /** @enum {string} */
                                temporal: "up" | "down";
                                /** @enum {string} */
                                postgres: "up" | "down";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cases in the key’s properties */
        get: {
            parameters: {
                query?: {
                    propertyId?: string;
                    status?: "open" | "closed";
                    /** @description Where the case stands in the recovery protocol */
                    stage?: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                    /** @description What kind of friction the resident met */
                    category?: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                    /** @description How serious the experience was; sets the timeframes */
                    severity?: "low" | "medium" | "high" | "critical";
                    ownerId?: string;
                    residentId?: string;
                    breached?: "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    /** @description Field to sort by; a leading "-" sorts newest first */
                    sort?: "openedAt" | "-openedAt" | "updatedAt" | "-updatedAt";
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                workflowId: string;
                                propertyId: string;
                                residentId: string;
                                unit: string | null;
                                /**
                                 * @description What kind of friction the resident met
                                 * @enum {string}
                                 */
                                category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                                /**
                                 * @description How serious the experience was; sets the timeframes
                                 * @enum {string}
                                 */
                                severity: "low" | "medium" | "high" | "critical";
                                /**
                                 * @description Where the case came from
                                 * @enum {string}
                                 */
                                channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                                summary: string;
                                details: string | null;
                                externalRef: string | null;
                                /**
                                 * @description Where the case stands in the recovery protocol
                                 * @enum {string}
                                 */
                                stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                                /** @enum {string} */
                                status: "open" | "closed";
                                /** @enum {string|null} */
                                outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                                ownerId: string | null;
                                ownerRole: string | null;
                                escalationLevel: number;
                                breached: boolean;
                                breachCount: number;
                                reopenCount: number;
                                waitingOnResident: boolean;
                                rootCauseFamily: string | null;
                                /** @description The trigger rule that opened the case; null when opened directly */
                                triggerRule: string | null;
                                /** Format: date-time */
                                openedAt: string;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a recovery case
         * @description Starts the case workflow and returns once the case is recorded, so a following GET shows it. With an `Idempotency-Key`, a retry with the same body returns the same case (also after a timeout mid-way); the same key with another body is refused with 422.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key and body returns the same case and starts nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The property (community) the resident lives in
                         * @example maple-court
                         */
                        propertyId: string;
                        /**
                         * @description The resident or household
                         * @example mc-12b
                         */
                        residentId: string;
                        /**
                         * @description What kind of friction the resident met
                         * @enum {string}
                         */
                        category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /**
                         * @description Where the case came from
                         * @enum {string}
                         */
                        channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                        /** @example Dishwasher repair promised Monday, still broken */
                        summary: string;
                        /** @example Second missed visit this month; the resident works from home. */
                        details?: string;
                        /**
                         * @description Id of the case in the system that reported it
                         * @example WO-1042
                         */
                        externalRef?: string;
                        /**
                         * @description The resident’s unit, e.g. "12B"
                         * @example 12B
                         */
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Well-formed but refused: see `type` */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case: state, deadlines, breaches and the whole timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thank and apologise: sends the resident the acknowledgement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what happened and the root-cause family */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        whatHappened: string;
                        /**
                         * @description organizational: process, staffing, technology; employee: communication, knowledge, attitude, skill; client: resident misunderstood
                         * @enum {string}
                         */
                        rootCauseFamily: "organizational" | "employee" | "client";
                        /** @default [] */
                        contributingFactors?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/resolution-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a resolution plan (sent to the resident when it needs agreement) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        /** @default true */
                        needsResidentAgreement?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the resident’s agreement to, or refusal of, the plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agreed: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the case resolved with the actions taken; the follow-up starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actionsTaken: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the resident’s answer to the follow-up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Was everything completed to the resident’s satisfaction? */
                        satisfied: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/waiting-on-resident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause the clock while waiting on the resident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume the clock; the deadline moves by the time paused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate one level by hand (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign the case to another staff member (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The new owner
                         * @example mc-dana
                         */
                        ownerId: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/severity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the severity; open deadlines are recomputed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note, internal or sent to the resident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /**
                         * @description resident: sent to the resident and counts as an update to them
                         * @enum {string}
                         */
                        visibility: "internal" | "resident";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the case with a reason (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            workflowId: string;
                            propertyId: string;
                            residentId: string;
                            unit: string | null;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            /**
                             * @description Where the case came from
                             * @enum {string}
                             */
                            channel: "resident_app" | "email" | "phone" | "sms" | "in_person" | "survey" | "work_order_system" | "other";
                            summary: string;
                            details: string | null;
                            externalRef: string | null;
                            /**
                             * @description Where the case stands in the recovery protocol
                             * @enum {string}
                             */
                            stage: "intake" | "acknowledge" | "gather_facts" | "resolve" | "follow_up" | "closed";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string|null} */
                            outcome: "recovered" | "unrecovered" | "no_response" | "cancelled" | null;
                            ownerId: string | null;
                            ownerRole: string | null;
                            escalationLevel: number;
                            breached: boolean;
                            breachCount: number;
                            reopenCount: number;
                            waitingOnResident: boolean;
                            rootCauseFamily: string | null;
                            /** @description The trigger rule that opened the case; null when opened directly */
                            triggerRule: string | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The running timeframe; null when none runs or the case is closed */
                            deadline: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /**
                                 * Format: date-time
                                 * @description When the current timer started (stage entry, escalation, or a recompute)
                                 */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                /** @enum {string} */
                                stage: "acknowledge" | "gather_facts" | "resolve";
                                level: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                breachedAt: string;
                                escalatedTo: {
                                    level: number;
                                    role: string;
                                    /** @description The staff member on this rung; null when nobody has the role there */
                                    staffId: string | null;
                                } | null;
                            }[];
                            /** @description Outcome, durations per stage and breaches, once closed */
                            closingReport: unknown;
                            timeline: {
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                payload: unknown;
                            }[];
                            /** @description The resident’s personal page for this case (to text or read out); null when the case is closed or its workflow did not answer */
                            residentLink: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description Where the case stands now */
                            currentStage: string;
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send events (surveys, work orders, messages, amenities, packages, move-ins, renewals)
         * @description Up to 500 events. Answers 202 once every event is stored (each once per property × source × externalId; a resent event is reported as a duplicate and changes nothing). The trigger rules then run in the background: an event may open a case, add to the household’s open case of the same category, or start the watch of a work order or message thread. Every household must be in the directory, in the event’s property.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retrying with the same key and body returns the same receipts; another body is refused */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: ({
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "survey_response";
                            score: number;
                            comment?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "work_order_opened";
                            workOrderId: string;
                            /**
                             * @default routine
                             * @enum {string}
                             */
                            priority?: "emergency" | "urgent" | "routine";
                            summary: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "work_order_updated";
                            workOrderId: string;
                            status?: string;
                            note?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "work_order_completed";
                            workOrderId: string;
                            note?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /**
                             * @description The resident wrote to the property
                             * @enum {string}
                             */
                            type: "message_sent";
                            threadId: string;
                            summary: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /**
                             * @description Staff answered the resident’s thread
                             * @enum {string}
                             */
                            type: "message_answered";
                            threadId: string;
                            by?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "amenity_problem";
                            amenity: string;
                            /** @enum {string} */
                            problem: "reservation_failed" | "double_booked" | "access_denied" | "out_of_service" | "other";
                            summary?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "package_event";
                            packageId: string;
                            /** @enum {string} */
                            status: "delivered" | "picked_up" | "delayed" | "missing" | "damaged" | "misdelivered";
                            note?: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "move_in";
                            /** Format: date */
                            moveInOn: string;
                        } | {
                            /**
                             * @description The system that sent the event, e.g. "yardi-work-orders"
                             * @example resident-app
                             */
                            source: string;
                            /**
                             * @description The event’s id in that system; a resent event is stored once
                             * @example evt-1001
                             */
                            externalId: string;
                            /** @example maple-court */
                            propertyId: string;
                            /**
                             * @description A household in the directory
                             * @example mc-12b
                             */
                            householdId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T15:00:00Z
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "lease_renewal";
                            /** @enum {string} */
                            status: "offered" | "renewed" | "declined" | "notice_given";
                            /**
                             * Format: date
                             * @description The (new) end of the lease
                             */
                            leaseEndsOn?: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string;
                            accepted: number;
                            duplicates: number;
                            events: {
                                source: string;
                                externalId: string;
                                /** @description The stored event’s id */
                                id: string;
                                /**
                                 * @description duplicate: the same source and externalId was stored before; nothing changed
                                 * @enum {string}
                                 */
                                status: "accepted" | "duplicate";
                            }[];
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Well-formed but refused: see `type` */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every case and event of a household across departments, in order, with its renewal risk */
        get: {
            parameters: {
                query?: {
                    /** @description The most recent items to return */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            householdId: string;
                            /** @description Null when only cases name the resident and the directory does not know the household */
                            household: {
                                propertyId: string;
                                unit: string;
                                name: string;
                                leaseEndsOn: string | null;
                                moveInOn: string | null;
                            } | null;
                            renewalRisk: {
                                score: number;
                                /**
                                 * @description high ≥ 50, medium ≥ 25
                                 * @enum {string}
                                 */
                                level: "low" | "medium" | "high";
                                /** @description Every reason that adds to the score, largest first */
                                reasons: {
                                    /** @enum {string} */
                                    code: "lease_ending" | "repeat_issues" | "unrecovered" | "no_response" | "open_cases" | "low_scores" | "breaches";
                                    points: number;
                                    detail: string;
                                }[];
                            };
                            /** @description Oldest first */
                            items: ({
                                /** @enum {string} */
                                kind: "case";
                                /** Format: date-time */
                                at: string;
                                caseId: string;
                                propertyId: string;
                                category: string;
                                severity: string;
                                summary: string;
                                /** @description The owning role */
                                department: string | null;
                                stage: string;
                                status: string;
                                outcome: string | null;
                                breached: boolean;
                                triggerRule: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "event";
                                /** Format: date-time */
                                at: string;
                                eventId: string;
                                propertyId: string;
                                type: string;
                                source: string;
                                summary: string;
                                /** @description Cases the event opened or was attached to */
                                caseIds: string[];
                            })[];
                            /** @description True when older items were left out (raise `limit`) */
                            truncated: boolean;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Patterns: volume by property × category × root cause, times, breach and recovery rates, repeat households, months
         * @description Cases opened in [from, to). `format=csv` (or `Accept: text/csv`) answers the same figures as CSV.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the range (inclusive); default 12 months before `to` */
                    from?: string;
                    /** @description End of the range (exclusive); default now */
                    to?: string;
                    /** @description One property; default every property of the key */
                    propertyId?: string;
                    /** @description csv: one row per figure (section, property, month, category, root cause, metric, value) */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures, as JSON or (`format=csv`) as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description The properties covered; null for the whole portfolio */
                            propertyIds: string[] | null;
                            totals: {
                                cases: number;
                                open: number;
                                /** @description From opening to the first acknowledgement */
                                timeToAcknowledgeHours: {
                                    median: number | null;
                                    p90: number | null;
                                };
                                /** @description From opening to resolution */
                                timeToResolveHours: {
                                    median: number | null;
                                    p90: number | null;
                                };
                                /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                breachRate: {
                                    any: number | null;
                                    acknowledge: number | null;
                                    gather_facts: number | null;
                                    resolve: number | null;
                                };
                                recovered: number;
                                /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                followedUp: number;
                                /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                recoveryRate: number | null;
                            };
                            byProperty: {
                                cases: number;
                                open: number;
                                /** @description From opening to the first acknowledgement */
                                timeToAcknowledgeHours: {
                                    median: number | null;
                                    p90: number | null;
                                };
                                /** @description From opening to resolution */
                                timeToResolveHours: {
                                    median: number | null;
                                    p90: number | null;
                                };
                                /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                breachRate: {
                                    any: number | null;
                                    acknowledge: number | null;
                                    gather_facts: number | null;
                                    resolve: number | null;
                                };
                                recovered: number;
                                /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                followedUp: number;
                                /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                recoveryRate: number | null;
                                propertyId: string;
                            }[];
                            volume: {
                                propertyId: string;
                                category: string;
                                rootCauseFamily: string;
                                cases: number;
                            }[];
                            repeatHouseholds: {
                                /** @description Households with two or more cases in the range */
                                count: number;
                                top: {
                                    householdId: string;
                                    propertyId: string;
                                    cases: number;
                                }[];
                            };
                            /** @description Volume and rates month by month (times are in totals and byProperty: sorting every month again would double the cost on a large portfolio) */
                            months: {
                                cases: number;
                                open: number;
                                /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                breachRate: {
                                    any: number | null;
                                    acknowledge: number | null;
                                    gather_facts: number | null;
                                    resolve: number | null;
                                };
                                recovered: number;
                                /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                followedUp: number;
                                /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                recoveryRate: number | null;
                                /** @description YYYY-MM (UTC) */
                                month: string;
                                /** @description Against the month before */
                                casesChange: number | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/renewal-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households whose lease ends soon, ranked by renewal risk with the reasons, per property */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
                    propertyId?: string;
                    /** @description Households listed per property */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            withinDays: number;
                            /** Format: date-time */
                            generatedAt: string;
                            properties: {
                                propertyId: string;
                                /** @description Households whose lease ends within the window */
                                households: number;
                                /** @description Ranked by score, then by the nearest lease end */
                                atRisk: {
                                    householdId: string;
                                    propertyId: string;
                                    unit: string | null;
                                    name: string | null;
                                    leaseEndsOn: string | null;
                                    risk: {
                                        score: number;
                                        /**
                                         * @description high ≥ 50, medium ≥ 25
                                         * @enum {string}
                                         */
                                        level: "low" | "medium" | "high";
                                        /** @description Every reason that adds to the score, largest first */
                                        reasons: {
                                            /** @enum {string} */
                                            code: "lease_ending" | "repeat_issues" | "unrecovered" | "no_response" | "open_cases" | "low_scores" | "breaches";
                                            points: number;
                                            detail: string;
                                        }[];
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/monthly-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored monthly reviews of the key’s properties, newest first */
        get: {
            parameters: {
                query?: {
                    propertyId?: string;
                    month?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                propertyId: string;
                                month: string;
                                /** @description Staff it was sent to */
                                recipients: string[];
                                /** Format: date-time */
                                createdAt: string;
                                report: {
                                    /** Format: date-time */
                                    from: string;
                                    /** Format: date-time */
                                    to: string;
                                    /** @description The properties covered; null for the whole portfolio */
                                    propertyIds: string[] | null;
                                    totals: {
                                        cases: number;
                                        open: number;
                                        /** @description From opening to the first acknowledgement */
                                        timeToAcknowledgeHours: {
                                            median: number | null;
                                            p90: number | null;
                                        };
                                        /** @description From opening to resolution */
                                        timeToResolveHours: {
                                            median: number | null;
                                            p90: number | null;
                                        };
                                        /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                        breachRate: {
                                            any: number | null;
                                            acknowledge: number | null;
                                            gather_facts: number | null;
                                            resolve: number | null;
                                        };
                                        recovered: number;
                                        /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                        followedUp: number;
                                        /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                        recoveryRate: number | null;
                                    };
                                    byProperty: {
                                        cases: number;
                                        open: number;
                                        /** @description From opening to the first acknowledgement */
                                        timeToAcknowledgeHours: {
                                            median: number | null;
                                            p90: number | null;
                                        };
                                        /** @description From opening to resolution */
                                        timeToResolveHours: {
                                            median: number | null;
                                            p90: number | null;
                                        };
                                        /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                        breachRate: {
                                            any: number | null;
                                            acknowledge: number | null;
                                            gather_facts: number | null;
                                            resolve: number | null;
                                        };
                                        recovered: number;
                                        /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                        followedUp: number;
                                        /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                        recoveryRate: number | null;
                                        propertyId: string;
                                    }[];
                                    volume: {
                                        propertyId: string;
                                        category: string;
                                        rootCauseFamily: string;
                                        cases: number;
                                    }[];
                                    repeatHouseholds: {
                                        /** @description Households with two or more cases in the range */
                                        count: number;
                                        top: {
                                            householdId: string;
                                            propertyId: string;
                                            cases: number;
                                        }[];
                                    };
                                    /** @description Volume and rates month by month (times are in totals and byProperty: sorting every month again would double the cost on a large portfolio) */
                                    months: {
                                        cases: number;
                                        open: number;
                                        /** @description Share of the cases that missed a timeframe (at all, and in each stage) */
                                        breachRate: {
                                            any: number | null;
                                            acknowledge: number | null;
                                            gather_facts: number | null;
                                            resolve: number | null;
                                        };
                                        recovered: number;
                                        /** @description Closed recovered, unrecovered or without answer (cancelled cases left out) */
                                        followedUp: number;
                                        /** @description recovered / followedUp: the resident was satisfied at follow-up */
                                        recoveryRate: number | null;
                                        /** @description YYYY-MM (UTC) */
                                        month: string;
                                        /** @description Against the month before */
                                        casesChange: number | null;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Run the monthly review now (the schedule runs it on the 1st of every month) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: last month */
                        month?: string;
                        propertyIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workflowId: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List properties in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                timeZone: string;
                                businessDays: number[];
                                opensAt: string;
                                closesAt: string;
                                holidays: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a property */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description IANA time zone of the property
                         * @example America/New_York
                         * @enum {string}
                         */
                        timeZone: "UTC" | "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/La_Rioja" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Fort_Nelson" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Monticello" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Ojinaga" | "America/Panama" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Colombo" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Hebron" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ulaanbaatar" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/Perth" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Ulyanovsk" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zurich" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis";
                        /**
                         * @description ISO weekdays the office is open: 1 = Monday … 7 = Sunday
                         * @default [
                         *       1,
                         *       2,
                         *       3,
                         *       4,
                         *       5
                         *     ]
                         */
                        businessDays?: number[];
                        /** @default 09:00 */
                        opensAt?: string;
                        /** @default 17:00 */
                        closesAt?: string;
                        /**
                         * @description Local dates the office is closed
                         * @default []
                         */
                        holidays?: string[];
                        /** @example birch-gardens */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            businessDays: number[];
                            opensAt: string;
                            closesAt: string;
                            holidays: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One property */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            businessDays: number[];
                            opensAt: string;
                            closesAt: string;
                            holidays: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a property */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /**
                         * @description IANA time zone of the property
                         * @example America/New_York
                         * @enum {string}
                         */
                        timeZone?: "UTC" | "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/La_Rioja" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Fort_Nelson" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Monticello" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Ojinaga" | "America/Panama" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Colombo" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Hebron" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ulaanbaatar" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/Perth" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Ulyanovsk" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zurich" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis";
                        /** @description ISO weekdays the office is open: 1 = Monday … 7 = Sunday */
                        businessDays?: number[];
                        opensAt?: string;
                        closesAt?: string;
                        /** @description Local dates the office is closed */
                        holidays?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            businessDays: number[];
                            opensAt: string;
                            closesAt: string;
                            holidays: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List households in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    propertyId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @example maple-court */
                                propertyId: string;
                                /** @example 7C */
                                unit: string;
                                name: string;
                                contacts: {
                                    name: string;
                                    email?: string;
                                    phone?: string;
                                }[];
                                leaseEndsOn: string | null;
                                moveInOn: string | null;
                                language: string;
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example maple-court */
                        propertyId: string;
                        /** @example 7C */
                        unit: string;
                        name: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            /** @example jordan@example.com */
                            email?: string;
                            /** @example +1 555 0100 */
                            phone?: string;
                        }[];
                        /**
                         * Format: date
                         * @example 2027-07-31
                         */
                        leaseEndsOn?: string | null;
                        /**
                         * Format: date
                         * @example 2026-08-01
                         */
                        moveInOn?: string | null;
                        /** @description BCP 47 tag of resident messages and the resident page (English, Spanish, French; others: English) */
                        language?: string;
                        /** @example mc-7c */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example maple-court */
                            propertyId: string;
                            /** @example 7C */
                            unit: string;
                            name: string;
                            contacts: {
                                name: string;
                                email?: string;
                                phone?: string;
                            }[];
                            leaseEndsOn: string | null;
                            moveInOn: string | null;
                            language: string;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One household */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example maple-court */
                            propertyId: string;
                            /** @example 7C */
                            unit: string;
                            name: string;
                            contacts: {
                                name: string;
                                email?: string;
                                phone?: string;
                            }[];
                            leaseEndsOn: string | null;
                            moveInOn: string | null;
                            language: string;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a household */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 7C */
                        unit?: string;
                        name?: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            /** @example jordan@example.com */
                            email?: string;
                            /** @example +1 555 0100 */
                            phone?: string;
                        }[];
                        /**
                         * Format: date
                         * @example 2027-07-31
                         */
                        leaseEndsOn?: string | null;
                        /**
                         * Format: date
                         * @example 2026-08-01
                         */
                        moveInOn?: string | null;
                        /** @description BCP 47 tag of resident messages and the resident page (English, Spanish, French; others: English) */
                        language?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example maple-court */
                            propertyId: string;
                            /** @example 7C */
                            unit: string;
                            name: string;
                            contacts: {
                                name: string;
                                email?: string;
                                phone?: string;
                            }[];
                            leaseEndsOn: string | null;
                            moveInOn: string | null;
                            language: string;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    propertyId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                email: string | null;
                                /**
                                 * @description What a staff member does; decides which cases they own
                                 * @enum {string}
                                 */
                                role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                                propertyIds: string[];
                                /** @default true */
                                active: boolean;
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @example jo@example.com */
                        email?: string | null;
                        /**
                         * @description What a staff member does; decides which cases they own
                         * @enum {string}
                         */
                        role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                        propertyIds: string[];
                        /** @default true */
                        active?: boolean;
                        /** @example mc-jo */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            email: string | null;
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            propertyIds: string[];
                            /** @default true */
                            active: boolean;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            email: string | null;
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            propertyIds: string[];
                            /** @default true */
                            active: boolean;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a staff member */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @example jo@example.com */
                        email?: string | null;
                        /**
                         * @description What a staff member does; decides which cases they own
                         * @enum {string}
                         */
                        role?: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                        propertyIds?: string[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            email: string | null;
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            propertyIds: string[];
                            /** @default true */
                            active: boolean;
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List api-keys in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description First characters of the key, to recognise it */
                                prefix: string;
                                /**
                                 * @description What the key may do; managers and admins can do what frontline can
                                 * @enum {string}
                                 */
                                role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                                propertyIds: string[];
                                staffId: string | null;
                                integration: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                /** Format: date-time */
                                revokedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a API key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description Properties the key may see; ["*"] for the whole portfolio
                         * @example [
                         *       "maple-court"
                         *     ]
                         */
                        propertyIds: ("*" | string)[];
                        /**
                         * @description The staff member the key acts as
                         * @example mc-sam
                         */
                        staffId: string;
                        /** @description The system the key belongs to, e.g. work-orders */
                        integration?: string;
                        /** @enum {string} */
                        role: "frontline" | "community_manager" | "regional_manager";
                    } | {
                        name: string;
                        /**
                         * @description Properties the key may see; ["*"] for the whole portfolio
                         * @example [
                         *       "maple-court"
                         *     ]
                         */
                        propertyIds: ("*" | string)[];
                        /** @description The staff member the key acts as */
                        staffId?: string;
                        /**
                         * @description The system the key belongs to, e.g. work-orders
                         * @example work-orders
                         */
                        integration: string;
                        /** @enum {string} */
                        role: "integration";
                    } | {
                        name: string;
                        /**
                         * @description Properties the key may see; ["*"] for the whole portfolio
                         * @example [
                         *       "maple-court"
                         *     ]
                         */
                        propertyIds: ("*" | string)[];
                        /** @description The staff member the key acts as */
                        staffId?: string;
                        /** @description The system the key belongs to, e.g. work-orders */
                        integration?: string;
                        /** @enum {string} */
                        role: "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description First characters of the key, to recognise it */
                            prefix: string;
                            /**
                             * @description What the key may do; managers and admins can do what frontline can
                             * @enum {string}
                             */
                            role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                            propertyIds: string[];
                            staffId: string | null;
                            integration: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /** @description The secret; shown once, store it now */
                            key: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description First characters of the key, to recognise it */
                            prefix: string;
                            /**
                             * @description What the key may do; managers and admins can do what frontline can
                             * @enum {string}
                             */
                            role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                            propertyIds: string[];
                            staffId: string | null;
                            integration: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a API key */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /**
                         * @description Revoke the key; cannot be undone
                         * @enum {boolean}
                         */
                        revoked?: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description First characters of the key, to recognise it */
                            prefix: string;
                            /**
                             * @description What the key may do; managers and admins can do what frontline can
                             * @enum {string}
                             */
                            role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                            propertyIds: string[];
                            staffId: string | null;
                            integration: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policies in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    propertyId?: "*" | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                propertyId: string;
                                /**
                                 * @description What kind of friction the resident met
                                 * @enum {string}
                                 */
                                category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                                /**
                                 * @description How serious the experience was; sets the timeframes
                                 * @enum {string}
                                 */
                                severity: "low" | "medium" | "high" | "critical";
                                policy: {
                                    /** @description From intake until staff has thanked and apologised */
                                    acknowledge: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description From acknowledgement until the facts and root cause are recorded */
                                    gather_facts: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description From the facts until the case is resolved */
                                    resolve: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description From resolution until the resident is asked whether all is well */
                                    followUpDelay: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description From the check-in until its one reminder */
                                    followUpReminderAfter: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description From the reminder until the case closes as no response */
                                    followUpGiveUpAfter: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description How often the top of the ladder is reminded of an overdue case */
                                    escalationReminderInterval: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description Longest a resident may go without hearing from anyone */
                                    residentUpdateInterval: {
                                        amount: number;
                                        /** @enum {string} */
                                        unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                    };
                                    /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                                    maxReopens: number;
                                    /**
                                     * @description Who owns the case unless an ownership rule says otherwise
                                     * @enum {string}
                                     */
                                    ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A property, or "*" for the portfolio default
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /**
                         * @description What kind of friction the resident met
                         * @enum {string}
                         */
                        category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        policy: {
                            /** @description From intake until staff has thanked and apologised */
                            acknowledge: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From acknowledgement until the facts and root cause are recorded */
                            gather_facts: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the facts until the case is resolved */
                            resolve: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From resolution until the resident is asked whether all is well */
                            followUpDelay: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the check-in until its one reminder */
                            followUpReminderAfter: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the reminder until the case closes as no response */
                            followUpGiveUpAfter: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description How often the top of the ladder is reminded of an overdue case */
                            escalationReminderInterval: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description Longest a resident may go without hearing from anyone */
                            residentUpdateInterval: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                            maxReopens: number;
                            /**
                             * @description Who owns the case unless an ownership rule says otherwise
                             * @enum {string}
                             */
                            ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            policy: {
                                /** @description From intake until staff has thanked and apologised */
                                acknowledge: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From acknowledgement until the facts and root cause are recorded */
                                gather_facts: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the facts until the case is resolved */
                                resolve: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From resolution until the resident is asked whether all is well */
                                followUpDelay: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the check-in until its one reminder */
                                followUpReminderAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the reminder until the case closes as no response */
                                followUpGiveUpAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description How often the top of the ladder is reminded of an overdue case */
                                escalationReminderInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Longest a resident may go without hearing from anyone */
                                residentUpdateInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                                maxReopens: number;
                                /**
                                 * @description Who owns the case unless an ownership rule says otherwise
                                 * @enum {string}
                                 */
                                ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            policy: {
                                /** @description From intake until staff has thanked and apologised */
                                acknowledge: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From acknowledgement until the facts and root cause are recorded */
                                gather_facts: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the facts until the case is resolved */
                                resolve: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From resolution until the resident is asked whether all is well */
                                followUpDelay: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the check-in until its one reminder */
                                followUpReminderAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the reminder until the case closes as no response */
                                followUpGiveUpAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description How often the top of the ladder is reminded of an overdue case */
                                escalationReminderInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Longest a resident may go without hearing from anyone */
                                residentUpdateInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                                maxReopens: number;
                                /**
                                 * @description Who owns the case unless an ownership rule says otherwise
                                 * @enum {string}
                                 */
                                ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a policy */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        policy: {
                            /** @description From intake until staff has thanked and apologised */
                            acknowledge: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From acknowledgement until the facts and root cause are recorded */
                            gather_facts: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the facts until the case is resolved */
                            resolve: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From resolution until the resident is asked whether all is well */
                            followUpDelay: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the check-in until its one reminder */
                            followUpReminderAfter: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description From the reminder until the case closes as no response */
                            followUpGiveUpAfter: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description How often the top of the ladder is reminded of an overdue case */
                            escalationReminderInterval: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description Longest a resident may go without hearing from anyone */
                            residentUpdateInterval: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                            /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                            maxReopens: number;
                            /**
                             * @description Who owns the case unless an ownership rule says otherwise
                             * @enum {string}
                             */
                            ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            policy: {
                                /** @description From intake until staff has thanked and apologised */
                                acknowledge: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From acknowledgement until the facts and root cause are recorded */
                                gather_facts: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the facts until the case is resolved */
                                resolve: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From resolution until the resident is asked whether all is well */
                                followUpDelay: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the check-in until its one reminder */
                                followUpReminderAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description From the reminder until the case closes as no response */
                                followUpGiveUpAfter: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description How often the top of the ladder is reminded of an overdue case */
                                escalationReminderInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Longest a resident may go without hearing from anyone */
                                residentUpdateInterval: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description Dissatisfied follow-ups that reopen the case before it closes unrecovered */
                                maxReopens: number;
                                /**
                                 * @description Who owns the case unless an ownership rule says otherwise
                                 * @enum {string}
                                 */
                                ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/ownership-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ownership-rules in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    propertyId?: "*" | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                propertyId: string;
                                /**
                                 * @description What kind of friction the resident met
                                 * @enum {string}
                                 */
                                category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                                /**
                                 * @description What a staff member does; decides which cases they own
                                 * @enum {string}
                                 */
                                ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a ownership rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A property, or "*" for the portfolio default
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /**
                         * @description What kind of friction the resident met
                         * @enum {string}
                         */
                        category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                        /**
                         * @description What a staff member does; decides which cases they own
                         * @enum {string}
                         */
                        ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ownership-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ownership rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a ownership rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description What a staff member does; decides which cases they own
                         * @enum {string}
                         */
                        ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /**
                             * @description What kind of friction the resident met
                             * @enum {string}
                             */
                            category: "maintenance_delay" | "repeat_issue" | "move_in" | "communication" | "amenity" | "package" | "negative_feedback" | "staff_conduct" | "emotionally_unresolved" | "other";
                            /**
                             * @description What a staff member does; decides which cases they own
                             * @enum {string}
                             */
                            ownerRole: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/trigger-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List trigger-rules in the key’s properties */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    propertyId?: "*" | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                propertyId: string;
                                /** @enum {string} */
                                kind: "low_survey_score" | "work_order_overdue" | "work_order_closed_late" | "repeat_requests" | "move_in_friction" | "unanswered_message" | "amenity_problem" | "package_problem";
                                /** @description The category of the cases the rule opens */
                                category: string;
                                enabled: boolean;
                                /**
                                 * @description How serious the experience was; sets the timeframes
                                 * @enum {string}
                                 */
                                severity: "low" | "medium" | "high" | "critical";
                                params: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a trigger rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "low_survey_score";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a low_survey_score rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            /** @description Scores at or below this open a case */
                            maxScore: number;
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "work_order_overdue";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a work_order_overdue rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            /** @description How long a work order of each priority may stay open */
                            timeframes: {
                                /** @description A span of time; business units count only the property’s opening hours */
                                emergency: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                urgent: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                routine: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                            };
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "work_order_closed_late";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a work_order_closed_late rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            /** @description How long a work order of each priority may stay open */
                            timeframes: {
                                /** @description A span of time; business units count only the property’s opening hours */
                                emergency: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                urgent: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                routine: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                            };
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "repeat_requests";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a repeat_requests rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            requests: number;
                            withinDays: number;
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "move_in_friction";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a move_in_friction rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            issues: number;
                            /** @description The first weeks after move-in */
                            withinDays: number;
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "unanswered_message";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a unanswered_message rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            /** @description A span of time; business units count only the property’s opening hours */
                            timeframe: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "amenity_problem";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a amenity_problem rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            problems: ("reservation_failed" | "double_booked" | "access_denied" | "out_of_service" | "other")[];
                        };
                    } | {
                        /**
                         * @description A property, or "*" for the portfolio
                         * @default *
                         */
                        propertyId?: "*" | string;
                        /** @enum {string} */
                        kind: "package_problem";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of a package_problem rule; see the defaults at GET /v1/trigger-rules */
                        params: {
                            statuses: ("delivered" | "picked_up" | "delayed" | "missing" | "damaged" | "misdelivered")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /** @enum {string} */
                            kind: "low_survey_score" | "work_order_overdue" | "work_order_closed_late" | "repeat_requests" | "move_in_friction" | "unanswered_message" | "amenity_problem" | "package_problem";
                            /** @description The category of the cases the rule opens */
                            category: string;
                            enabled: boolean;
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            params: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trigger-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One trigger rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /** @enum {string} */
                            kind: "low_survey_score" | "work_order_overdue" | "work_order_closed_late" | "repeat_requests" | "move_in_friction" | "unanswered_message" | "amenity_problem" | "package_problem";
                            /** @description The category of the cases the rule opens */
                            category: string;
                            enabled: boolean;
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            params: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a trigger rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity?: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of the rule’s kind */
                        params?: {
                            /** @description Scores at or below this open a case */
                            maxScore: number;
                        } | {
                            /** @description How long a work order of each priority may stay open */
                            timeframes: {
                                /** @description A span of time; business units count only the property’s opening hours */
                                emergency: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                urgent: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                routine: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                            };
                        } | {
                            /** @description How long a work order of each priority may stay open */
                            timeframes: {
                                /** @description A span of time; business units count only the property’s opening hours */
                                emergency: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                urgent: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                                /** @description A span of time; business units count only the property’s opening hours */
                                routine: {
                                    amount: number;
                                    /** @enum {string} */
                                    unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                                };
                            };
                        } | {
                            requests: number;
                            withinDays: number;
                        } | {
                            issues: number;
                            /** @description The first weeks after move-in */
                            withinDays: number;
                        } | {
                            /** @description A span of time; business units count only the property’s opening hours */
                            timeframe: {
                                amount: number;
                                /** @enum {string} */
                                unit: "seconds" | "minutes" | "hours" | "days" | "business_hours" | "business_days";
                            };
                        } | {
                            problems: ("reservation_failed" | "double_booked" | "access_denied" | "out_of_service" | "other")[];
                        } | {
                            statuses: ("delivered" | "picked_up" | "delayed" | "missing" | "damaged" | "misdelivered")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            propertyId: string;
                            /** @enum {string} */
                            kind: "low_survey_score" | "work_order_overdue" | "work_order_closed_late" | "repeat_requests" | "move_in_friction" | "unanswered_message" | "amenity_problem" | "package_problem";
                            /** @description The category of the cases the rule opens */
                            category: string;
                            enabled: boolean;
                            /**
                             * @description How serious the experience was; sets the timeframes
                             * @enum {string}
                             */
                            severity: "low" | "medium" | "high" | "critical";
                            params: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The key’s role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Does not exist, or lies outside the key’s properties (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is larger than this route accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: role, properties and staff member of the API key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description What the key may do; managers and admins can do what frontline can
                             * @enum {string}
                             */
                            role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                            /** @description The key’s properties; "*" for the whole portfolio */
                            propertyIds: string[];
                            /** @description The staff member the key belongs to, if any */
                            staffId: string | null;
                            /** @description Recorded as `by` on the case timeline */
                            actor: string;
                        };
                    };
                };
                /** @description Invalid request: `errors` names every invalid field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
                            instance?: string;
                            /** @description Every invalid field */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
