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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** @description The property (community) the resident lives in */
                        propertyId: string;
                        /** @description The resident or household */
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
                        summary: string;
                        details?: string;
                        /** @description Id of the case in the system that reported it */
                        externalRef?: string;
                        /** @description The resident’s unit, e.g. "12B" */
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** @description The new owner */
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                stage: string;
                                /** @description Escalation level the running timer belongs to */
                                level: number;
                                /** Format: date-time */
                                startedAt: string;
                                /**
                                 * Format: date-time
                                 * @description Null while the clock is paused (waiting on the resident)
                                 */
                                dueAt: string | null;
                            } | null;
                            /** @description Every missed timeframe */
                            breaches: {
                                stage: string;
                                level: number;
                                dueAt: string;
                                breachedAt: string;
                                escalatedTo: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
         * Send signals (surveys, work orders, messages, amenities, packages, move-ins, renewals)
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
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "survey_response";
                            score: number;
                            comment?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
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
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "work_order_updated";
                            workOrderId: string;
                            status?: string;
                            note?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "work_order_completed";
                            workOrderId: string;
                            note?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /**
                             * @description The resident wrote to the property
                             * @enum {string}
                             */
                            type: "message_sent";
                            threadId: string;
                            summary: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /**
                             * @description Staff answered the resident’s thread
                             * @enum {string}
                             */
                            type: "message_answered";
                            threadId: string;
                            by?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "amenity_problem";
                            amenity: string;
                            /** @enum {string} */
                            problem: "reservation_failed" | "double_booked" | "access_denied" | "out_of_service" | "other";
                            summary?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "package_event";
                            packageId: string;
                            /** @enum {string} */
                            status: "delivered" | "picked_up" | "delayed" | "missing" | "damaged" | "misdelivered";
                            note?: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "move_in";
                            /** Format: date */
                            moveInOn: string;
                        } | {
                            /** @description The system that sent the event, e.g. "yardi-work-orders" */
                            source: string;
                            /** @description The event’s id in that system; a resent event is stored once */
                            externalId: string;
                            propertyId: string;
                            /** @description A household in the directory */
                            householdId: string;
                            /** Format: date-time */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
        /** Every case and signal of a household across departments, in order, with its renewal risk */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                name: string;
                                /** @description IANA time zone of the property */
                                timeZone: string;
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
                                businessDays: number[];
                                /** @default 09:00 */
                                opensAt: string;
                                /** @default 17:00 */
                                closesAt: string;
                                /**
                                 * @description Local dates the office is closed
                                 * @default []
                                 */
                                holidays: string[];
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** @description IANA time zone of the property */
                        timeZone: string;
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
                            /** @description IANA time zone of the property */
                            timeZone: string;
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
                            businessDays: number[];
                            /** @default 09:00 */
                            opensAt: string;
                            /** @default 17:00 */
                            closesAt: string;
                            /**
                             * @description Local dates the office is closed
                             * @default []
                             */
                            holidays: string[];
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            name: string;
                            /** @description IANA time zone of the property */
                            timeZone: string;
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
                            businessDays: number[];
                            /** @default 09:00 */
                            opensAt: string;
                            /** @default 17:00 */
                            closesAt: string;
                            /**
                             * @description Local dates the office is closed
                             * @default []
                             */
                            holidays: string[];
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** @description IANA time zone of the property */
                        timeZone?: string;
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
                            /** @description IANA time zone of the property */
                            timeZone: string;
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
                            businessDays: number[];
                            /** @default 09:00 */
                            opensAt: string;
                            /** @default 17:00 */
                            closesAt: string;
                            /**
                             * @description Local dates the office is closed
                             * @default []
                             */
                            holidays: string[];
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                                propertyId: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        propertyId: string;
                        unit: string;
                        name: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                        }[];
                        /** Format: date */
                        leaseEndsOn?: string | null;
                        /** Format: date */
                        moveInOn?: string | null;
                        /** @description BCP 47 tag of resident messages and the resident page (English, Spanish, French; others: English) */
                        language?: string;
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
                            propertyId: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            propertyId: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        unit?: string;
                        name?: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                        }[];
                        /** Format: date */
                        leaseEndsOn?: string | null;
                        /** Format: date */
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
                            propertyId: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** Format: email */
                        email?: string | null;
                        /**
                         * @description What a staff member does; decides which cases they own
                         * @enum {string}
                         */
                        role: "frontline" | "leasing" | "maintenance" | "concierge" | "resident_experience" | "community_manager" | "regional_manager";
                        propertyIds: string[];
                        /** @default true */
                        active?: boolean;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        /** Format: email */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                         * @description What the key may do; managers and admins can do what frontline can
                         * @enum {string}
                         */
                        role: "frontline" | "community_manager" | "regional_manager" | "admin" | "integration";
                        /** @description Properties the key may see; ["*"] for the whole portfolio */
                        propertyIds: ("*" | string)[];
                        /** @description The staff member the key acts as */
                        staffId?: string;
                        /** @description The system the key belongs to, e.g. work-orders */
                        integration?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        kind: "low_survey_score" | "work_order_overdue" | "work_order_closed_late" | "repeat_requests" | "move_in_friction" | "unanswered_message" | "amenity_problem" | "package_problem";
                        /** @default true */
                        enabled?: boolean;
                        /**
                         * @description How serious the experience was; sets the timeframes
                         * @enum {string}
                         */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @description Parameters of the kind; see the defaults at GET /v1/trigger-rules */
                        params: {
                            [key: string]: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                        params?: {
                            [key: string]: unknown;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable identifier of the kind of problem */
                            type: string;
                            title: string;
                            status: number;
                            detail?: string;
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
