package org.stillwater.benchmarks;

import java.util.List;

/**
 * What was tried for each kind of target, and what remains by the profiles and the runs: the report prints one
 * paragraph under every kind with a target this run missed, as issue 17's "done when" asks. The figures are those of
 * docs/performance.md, measured on the 2-core machine; {@link #sections} names its headings with the runs (a test
 * checks they exist). Each paragraph stands alone: a run prints only the kinds it missed.
 */
enum Tried {

    JOURNEYS("Complete journeys per second and core-seconds per journey",
            "webhooks instead of polling (issue 16: 66–79 % fewer requests per journey and 1–43 % fewer core-seconds in the "
                    + "runs of issue 16 and after); the per-write and per-event levers (counts translated to SQL once, remembered tokens, three "
                    + "lanes per consumed channel, a poll's events in runs of up to 50 per transaction), which every step pays",
            "each step is one or more authenticated, audited, idempotent requests committed with their audit and outbox rows, and "
                    + "each event is relayed through Kafka and committed again by every consumer, all on the same 2 cores: this "
                    + "run's CPU per process and its busiest endpoints are under \"Where the time went\"",
            List.of("Journey by webhook, before and after (issue 16)", "Per-request and consumer levers (issue 17, second part)")),
    FEWER_REQUESTS("Fewer requests per journey with webhooks",
            "webhooks instead of polling: each step of the cohort by webhook waits for its event and reads only what no event "
                    + "says (66–79 % fewer requests per journey)",
            "the cohort's writes, the session gate's dosing-status reads, the journey read and the simulated clock's requests",
            List.of("Journey by webhook, before and after (issue 16)")),
    WRITE_THROUGHPUT("Session start and completion against bare-insert",
            "counts translated to SQL once and one read of the session log per start (session-service's CPU per write −16 to "
                    + "−19 %); verified tokens remembered for at most 5 minutes (JWT verification from 8.0 % to 0.1 % of "
                    + "session-service's CPU samples, −10 % CPU per write)",
            "a session write cost about 7 times bare-insert's CPU (bare-insert and PostgreSQL together) in session-service alone "
                    + "and 23 times across the platform in the `--long` run of 2026-12-02 17:11 UTC, spread over Hibernate ORM, "
                    + "Vert.x, Quarkus REST and Jackson, with no method of ours above 10 % of the samples in that day's last runs "
                    + "(this run's shares and the methods nearest the hot frames are under \"Where the time went\"); bare-insert's "
                    + "figure, measured since 13:55 UTC that day within 61–89 % of wrk's, is 1.7–6.3 times what the earlier load "
                    + "generator gave it; and session-service takes many minutes of load to warm up (its CPU per write fell from "
                    + "12.3 to 5.4 ms over five successive runs of 2½–6 minutes), so a run on a freshly started platform overstates "
                    + "the cost",
            List.of("Per-request and consumer levers (issue 17, second part)",
                    "Remembered tokens, one-key locks and the busy database (issue 17, fifth part)",
                    "Latest figures (2 cores, 24 GiB; everything, load generator included, shares the two cores)",
                    "The connection bound and warming up (2026-12-02, 16:35–16:55 UTC)")),
    WRITE_LATENCY("Write p99 at 200 requests/s",
            "the per-write levers (counts translated to SQL once, one read of the session log per start, remembered tokens); "
                    + "none moved the p99 beyond the runs' spread",
            "at 200 requests/s the session endpoints do not keep up on this machine (this report's writes ladder says where they stopped), "
                    + "so answers queue behind each other; the load generator's connection bound (`--connections`, 16 by "
                    + "default) moves the queue between the client and the server: in five alternating runs, those with 300 "
                    + "connections had a write p99 20–27 % lower than their neighbours with 16 and an event hop p99 1.9–2.8 times "
                    + "higher, on top of a drift of ×2 as the services warmed up",
            List.of("Per-request and consumer levers (issue 17, second part)",
                    "Remembered tokens, one-key locks and the busy database (issue 17, fifth part)",
                    "Met: an event-loop client, one stream per rate, 16 connections, C1 (2026-12-02, afternoon)",
                    "The connection bound and warming up (2026-12-02, 16:35–16:55 UTC)")),
    EVENT_HOPS("Event hop p99",
            "three ordered lanes per consumed channel (hop p99 from 3.5–4.6 s to 1.4–2.1 s at 100 writes/s, from 4.5–6.7 s to "
                    + "1.1–1.3 s at 200/s); a poll's events in runs of up to 50 per transaction (on the final code 39 %, 22 % "
                    + "and 7 % less CPU per event in checkin-, prescription- and webhook-service, and at 200 writes/s a hop p50 "
                    + "and p99 42 % and 36 % lower; at 100 writes/s no change)",
            "while the writes run both cores are busy and at 100 writes/s a consumer fell behind its producers in each of the "
                    + "last three runs of 2026-12-02 (in `--long` checkin-service handled 36 events/s of 44 produced); once the "
                    + "writes stop, the consumers clear what waits 1.5–3.4 times as fast, so the hop is mostly waiting for CPU in the "
                    + "outbox relay, the broker and each consumer; this run's consumers and whether they kept up are under \"Where "
                    + "the time went\"",
            List.of("Per-request and consumer levers (issue 17, second part)", "Consumer ceilings (issue 17, third part)",
                    "Consumer batching (issue 17, fourth part)",
                    "Latest figures (2 cores, 24 GiB; everything, load generator included, shares the two cores)")),
    STARTUP("Launch to first response",
            "JDK 25 when it is installed, with compact object headers and the serial collector (five services, runs of "
                    + "2026-12-01: 11–13 s of CPU until ready against 13–16 s on JDK 17); JDK 25's AOT cache, trained by hand for session-service (about "
                    + "30 % less CPU until ready; not wired into the launcher: a cache is trained per jar build and written at "
                    + "a graceful stop, about 30 s of CPU and 148 MB per service); a dynamic AppCDS archive on JDK 17 (no "
                    + "measurable change); an option set for the idle case with C1 only (2.6–3.0 s from 3.7–4.6 s in November's runs; "
                    + "not kept, as C1's code is slower once warm: not measured under load)",
            "Quarkus's own start (Hibernate ORM, the Kafka clients, OIDC) is most of it, and the benchmark starts five "
                    + "instances at once beside the running platform, so each waits for CPU; a native image would change it, "
                    + "and GraalVM is not available on these machines",
            List.of("Start-up and memory on JDK 25 (issue 17)", "Where the time goes")),
    MEMORY("RSS after warm-up",
            "JDK 25's options (compact object headers, the serial collector, a 32 MB initial heap: 252–275 MB against 282–321 MB "
                    + "on JDK 17 in the runs of 2026-12-01); the idle-case option set with C1 only and a smaller code cache and "
                    + "stacks (208–246 MB from 269–346 MB in November's runs; not kept, as C1's code is slower once warm: not measured "
                    + "under load)",
            "the heap is under a third of the RSS; the rest is metaspace (about 100 MB of Quarkus, Hibernate, Kafka, OIDC and "
                    + "HAPI FHIR classes), the JIT's code and native memory",
            List.of("Start-up and memory on JDK 25 (issue 17)", "Where the time goes")),
    GENERATOR("The load generator against wrk",
            "an event-loop client (Vert.x) instead of java.net.http, one stream per rate for bare-insert, a bound on the "
                    + "connections per service (16 by default), C1 only for the benchmark's JVM: 61–89 % of wrk's figure in "
                    + "the runs of 2026-12-02 from 13:55 UTC, from 12–45 % before",
            "the client spends 0.13–0.33 ms of CPU per request against wrk's 0.04–0.07 ms and shares the 2 cores with what it "
                    + "measures; wrk's own figure moves ×2.4 between runs (1087–2560 requests/s)",
            List.of("The load generator against wrk (issue 17, sixth part)",
                    "Met: an event-loop client, one stream per rate, 16 connections, C1 (2026-12-02, afternoon)",
                    "Latest figures (2 cores, 24 GiB; everything, load generator included, shares the two cores)"));

    private final String title;
    private final String levers;
    private final String remains;
    private final List<String> sections;

    Tried(String title, String levers, String remains, List<String> sections) {
        this.title = title;
        this.levers = levers;
        this.remains = remains;
        this.sections = sections;
    }

    /** The headings of docs/performance.md with the runs behind the figures. */
    List<String> sections() {
        return sections;
    }

    /** One paragraph of the report: what was tried, what remains, and where the runs are. */
    String paragraph() {
        return "**" + title + ".** Tried: " + levers + ". What remains: " + remains + ". The runs: docs/performance.md, "
                + String.join("; ", sections.stream().map(section -> "\"" + section + "\"").toList()) + ".";
    }
}
