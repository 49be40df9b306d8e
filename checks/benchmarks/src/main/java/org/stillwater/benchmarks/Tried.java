package org.stillwater.benchmarks;

/**
 * What was tried for each kind of target, and what the profiles say remains: the report prints it under every kind
 * with a target this run missed, as issue 17's "done when" asks. Each lever was measured in runs on the 2-core machine;
 * the runs, their figures and what was not kept are in docs/performance.md, under the sections named here.
 */
enum Tried {

    JOURNEYS("Complete journeys per second and core-seconds per journey",
            "webhooks instead of polling (issue 16: 66–79 % fewer requests per journey, a quarter to a third fewer core-seconds); "
                    + "the levers under the writes and the event hops below, which every journey step pays",
            "each step is one or more authenticated, audited, idempotent requests committed with their audit and outbox rows, and "
                    + "each event is relayed through Kafka and committed again by every consumer, all on the same 2 cores "
                    + "(\"Where the time went\": the core-seconds per journey and the busiest services)",
            "\"Journey by webhook, before and after\", \"Where the time goes\""),
    WRITE_THROUGHPUT("Session start and completion against bare-insert",
            "counts translated to SQL once and one read of the session log per start (−16 to −19 % of session-service's CPU per "
                    + "write); verified tokens remembered for their lifetime, at most 5 minutes (JWT verification 8 % → 0.1 % of "
                    + "session-service's samples, −10 % CPU per write); the idempotency key, the audit row and the outbox row in the "
                    + "write's one transaction; the load generator checked against wrk, so bare-insert's figure is the endpoint's. "
                    + "Looked at and left: the flushes that native queries force (the work moves to the commit)",
            "a session write costs several times bare-insert's CPU, spread over Hibernate, Quarkus REST and Vert.x, Jackson, the "
                    + "interceptors (security, validation, transactions, idempotency, audit) and the rows above; no single "
                    + "method of ours stands out (\"Where the time went\": the shares and the Stillwater methods nearest the hot frames)",
            "\"Per-request and consumer levers\", \"Remembered tokens, one-key locks and the busy database\", \"The load generator against wrk\""),
    WRITE_LATENCY("Write p99 at 200 requests/s",
            "everything under the session writes' throughput; a 503 service-busy with Retry-After instead of a 500 when every "
                    + "database connection is taken",
            "at 200 requests/s the write endpoints do not keep up on this machine (see their throughput), so every answer waits "
                    + "behind the ones before it: the p99 is queueing, and it falls only with the cost per write",
            "\"Per-request and consumer levers\", \"Remembered tokens, one-key locks and the busy database\""),
    EVENT_HOPS("Event hop p99",
            "three ordered lanes per consumed channel (hop p99 at 100 writes/s from 3.5–4.6 s to 1.4–2.1 s); a poll's events in "
                    + "runs of up to 50 per transaction (26–35 % less CPU per consumed event, queues cleared 2–3 times as fast); the "
                    + "run's patient locks in one fixed statement",
            "while the writes run both cores are busy, so an event waits for CPU in the outbox relay, the broker and each "
                    + "consumer; a consumer behind its producers is named in \"Where the time went\"",
            "\"Per-request and consumer levers\", \"Consumer ceilings\", \"Consumer batching\""),
    STARTUP("Launch to first response",
            "JDK 25 when it is installed, with compact object headers and the serial collector (a few per cent less CPU until "
                    + "ready); JDK 25's AOT cache, by hand (about 30 % less CPU until ready; not wired into the launcher: a cache "
                    + "is trained per jar build and written at a graceful stop, about 30 s of CPU and 150 MB per service); C1 only "
                    + "(faster to start, slower under load: not kept); a dynamic AppCDS archive on JDK 17 (no change)",
            "Quarkus's own start (Hibernate ORM, the Kafka clients, OIDC) is nearly all of it, and the five "
                    + "instances measured here start at once beside the running platform, each waiting for CPU; a native image "
                    + "would change it, and GraalVM is not available on these machines",
            "\"Start-up and memory on JDK 25\", \"Where the time goes\""),
    MEMORY("RSS after warm-up",
            "JDK 25's compact object headers, the serial collector and a 32 MB initial heap (25–45 MB less RSS than JDK 17 "
                    + "with G1); with C1 only and smaller stacks and code cache as well, 208–246 MB idle (C1 is slower under load: "
                    + "not kept)",
            "the heap is under a third of the RSS; the rest is metaspace (about 100 MB of Quarkus, Hibernate, Kafka, OIDC and "
                    + "HAPI FHIR classes), the JIT's code and native memory",
            "\"Start-up and memory on JDK 25\", \"Where the time goes\"");

    private final String title;
    private final String levers;
    private final String remains;
    private final String sections;

    Tried(String title, String levers, String remains, String sections) {
        this.title = title;
        this.levers = levers;
        this.remains = remains;
        this.sections = sections;
    }

    /** One paragraph of the report: what was tried, what remains, and where the runs are. */
    String paragraph() {
        return "**" + title + ".** Tried: " + levers + ". What remains: " + remains + ". The runs: docs/performance.md, " + sections + ".";
    }
}
