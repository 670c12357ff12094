package io.onboarding.kyc.store.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The journeys the search benchmark runs over: a seeded, repeatable population with the spread a production read
 * model has (statuses, outcomes and their reasons, countries and paths, ninety days of creation times, waits for a
 * person, and what a journey waits on as V10__journey_waits.sql records it), with a short timeline per journey (the
 * review queue's escalation reads it) and a few review claims. Loaded with COPY, then ANALYZEd, so the planner sees
 * what it would in production.
 *
 * <p>The waits of running journeys (the authority's daily limit, Tencent's foreign-card check, a vendor call retried)
 * are drawn from a second seeded generator, so that every other value is the one the population had before V10: runs
 * before and after it compare.
 */
final class BenchmarkData {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Duration SPAN = Duration.ofDays(90);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The policy's deadlines: a retake is awaited 7 days, a review 3 (then the journey expires). */
    private static final Duration RETAKE_DEADLINE = Duration.ofDays(7);

    private static final Duration REVIEW_DEADLINE = Duration.ofDays(3);
    /** How long Temporal retries a vendor call (the activity's schedule-to-close) before a person is asked. */
    private static final Duration VENDOR_PATIENCE = Duration.ofMinutes(30);

    /**
     * A mainland journey's Tencent call retried through an outage: its action, the step it serves, Tencent's last error
     * code (a foreign one's is the card verification's application, an undecided AUTO one's the OCR).
     */
    private static final Weighted<String[]> VENDOR_RETRIES = new Weighted<String[]>()
            .add(new String[] {"IdCardOCRVerification", "ID_VERIFICATION", "InternalError"}, 40)
            .add(new String[] {"RecognizeMainlandIDCardOCR", "OCR_FRONT", "InternalError"}, 25)
            .add(new String[] {"CheckIdCardInformation", "WARNING_CHECK", "RequestLimitExceeded"}, 20)
            .add(new String[] {"IdCardOCRVerification", "ID_VERIFICATION", "FailedOperation.UnKnown"}, 15);

    /** Countries as journeys arrive: mostly the mainland, then the foreign cards Tencent verifies, and AUTO. */
    private static final Weighted<String> COUNTRIES = new Weighted<String>()
            .add("CHN", 55)
            .add("HKG", 10)
            .add("IDN", 8)
            .add("AUTO", 5)
            .add("THA", 5)
            .add("MYS", 5)
            .add("SGP", 4)
            .add("PHL", 4)
            .add("JPN", 2)
            .add("TWN", 2);

    private static final Weighted<String> FOREIGN_DOCUMENTS =
            new Weighted<String>().add("ID_CARD", 60).add("PASSPORT", 30).add("DRIVING_LICENSE", 10);

    private static final Weighted<String> OUTCOMES = new Weighted<String>()
            .add("APPROVED", 75)
            .add("REJECTED", 18)
            .add("EXPIRED", 5)
            .add("CANCELLED", 2);

    /** Why a journey was rejected, as the policy words it (docs/workflows.md), one or two codes. */
    private static final Weighted<String> REJECTIONS = new Weighted<String>()
            .add("ID_NAME_MISMATCH", 25)
            .add("PORTRAIT_LOW_SIMILARITY", 20)
            .add("CARD_EXPIRED", 12)
            .add("ID_NUMBER_INVALID", 10)
            .add("DOCUMENT_COPY,RETAKES_EXHAUSTED", 8)
            .add("PORTRAIT_BORDERLINE_SIMILARITY,REVIEWER_REJECTED", 7)
            .add("DOCUMENT_TAMPERED", 5)
            .add("BIRTH_DATE_MISMATCH", 5)
            .add("CARD_VERIFICATION_REJECTED", 4)
            .add("DECLARED_ID_NUMBER_MISMATCH", 2)
            .add("NAME_INVALID", 2);

    private static final Weighted<String> RETAKES = new Weighted<String>()
            .add("DOCUMENT_POOR_QUALITY", 35)
            .add("DOCUMENT_COPY", 20)
            .add("DOCUMENT_INCOMPLETE", 15)
            .add("DOCUMENT_RESHOT", 12)
            .add("DOCUMENT_UNREADABLE", 10)
            .add("BACK_SIDE_REQUIRED", 5)
            .add("CARD_VALIDITY_UNREADABLE", 3);

    private static final Weighted<String> REVIEWS = new Weighted<String>()
            .add("PORTRAIT_BORDERLINE_SIMILARITY", 35)
            .add("DECLARED_NAME_MISMATCH", 20)
            .add("ID_NOT_FOUND", 12)
            .add("ID_VERIFICATION_DAILY_LIMIT", 10)
            .add("CARD_VERIFICATION_WARNING", 8)
            .add("DOCUMENT_TEMPORARY", 8)
            .add("VENDOR_UNAVAILABLE", 5)
            .add("VENDOR_UNDOCUMENTED_ANSWER", 2);

    private static final String[] CHECK_STEPS = {
        "OCR_FRONT", "OCR_BACK", "WARNING_CHECK", "LOCAL_CHECKS", "ID_VERIFICATION", "PORTRAIT_COMPARISON"
    };

    private final Random random;
    /** Draws for the waits of running journeys only (see the class comment). */
    private final Random waits;

    private final Instant now;

    /** Every tenth customer reference loaded, for the exact-reference search to pick from. */
    private final List<String> sampleRefs = new ArrayList<>();

    private int events;
    private int claims;

    BenchmarkData(long seed, Instant now) {
        this.random = new Random(seed);
        this.waits = new Random(seed ^ 0x5761697473L);
        this.now = now;
    }

    List<String> sampleRefs() {
        return List.copyOf(sampleRefs);
    }

    int events() {
        return events;
    }

    int claims() {
        return claims;
    }

    /** Loads {@code count} journeys, their timelines and some claims into the migrated, empty database. */
    void load(Connection connection, int count) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn journeys = copy.copyIn("COPY journey (id, customer_ref, country, document_type, status, outcome, step,"
                + " reasons, created_at, updated_at, last_sequence, path, waiting_since, waiting_on, waiting_until,"
                + " waiting_detail) FROM STDIN WITH (FORMAT csv)");
        StringBuilder eventRows = new StringBuilder();
        StringBuilder claimRows = new StringBuilder();
        CopyIn timeline = null;
        try {
            StringBuilder journeyRows = new StringBuilder();
            for (int i = 0; i < count; i++) {
                journey(i, journeyRows, eventRows, claimRows);
                if (journeyRows.length() > 1 << 20) {
                    write(journeys, journeyRows);
                }
            }
            write(journeys, journeyRows);
            journeys.endCopy();
            journeys = null;
            timeline = copy.copyIn("COPY journey_event (journey_id, sequence, at, status, outcome, step, step_status,"
                    + " detail, reasons) FROM STDIN WITH (FORMAT csv)");
            write(timeline, eventRows);
            timeline.endCopy();
            timeline = null;
            copy.copyIn(
                    "COPY review_claim (journey_id, reviewer, claimed_at, expires_at) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(claimRows.toString()));
        } finally {
            if (journeys != null && journeys.isActive()) {
                journeys.cancelCopy();
            }
            if (timeline != null && timeline.isActive()) {
                timeline.cancelCopy();
            }
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("VACUUM (ANALYZE) journey");
            analyze.execute("VACUUM (ANALYZE) journey_event");
            analyze.execute("VACUUM (ANALYZE) review_claim");
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private void journey(int index, StringBuilder journeys, StringBuilder events, StringBuilder claims) {
        String id = journeyId();
        String customerRef = String.format(Locale.ROOT, "cust-%07d-%04x", index, random.nextInt(1 << 16));
        if (index % 10 == 0) {
            sampleRefs.add(customerRef);
        }
        String country = COUNTRIES.pick(random);
        String documentType =
                country.equals("CHN") ? "ID_CARD" : country.equals("AUTO") ? "AUTO" : FOREIGN_DOCUMENTS.pick(random);
        int roll = random.nextInt(100);
        String status;
        if (roll < 60) {
            status = "COMPLETED";
        } else if (roll < 70) {
            status = "FAILED";
        } else if (roll < 80) {
            status = "RUNNING";
        } else if (roll < 90) {
            status = "WAITING_RETAKE";
        } else {
            status = "WAITING_REVIEW";
        }
        Instant created = created(status);
        String path = path(country, status);
        String outcome = null;
        String step;
        String reasons = "";
        Instant updated;
        Instant waitingSince = null;
        String waitingOn = null;
        Instant waitingUntil = null;
        String waitingDetail = null;
        String lastDetail = null;
        String lastStepStatus = "RUNNING";
        switch (status) {
            case "COMPLETED" -> {
                outcome = OUTCOMES.pick(random);
                step = "DECISION";
                reasons = switch (outcome) {
                    case "REJECTED" -> REJECTIONS.pick(random);
                    case "EXPIRED" ->
                        random.nextInt(3) == 0
                                ? REVIEWS.pick(random) + ",REVIEW_TIMEOUT"
                                : RETAKES.pick(random) + ",RETAKE_TIMEOUT";
                    case "APPROVED" -> random.nextInt(10) == 0 ? REVIEWS.pick(random) : "";
                    default -> "";
                };
                updated = created.plusSeconds(20 + random.nextInt(600));
                if (reasons.contains("TIMEOUT")) {
                    updated = created.plus(reasons.contains("REVIEW") ? Duration.ofDays(3) : Duration.ofDays(7));
                }
            }
            case "FAILED" -> {
                step = CHECK_STEPS[random.nextInt(CHECK_STEPS.length)];
                reasons = random.nextInt(5) == 0 ? "RECORDING_FAILED" : "VENDOR_CONFIGURATION";
                updated = created.plusSeconds(5 + random.nextInt(120));
            }
            case "RUNNING" -> {
                step = country.equals("CHN") || "MAINLAND".equals(path)
                        ? CHECK_STEPS[random.nextInt(CHECK_STEPS.length)]
                        : "CARD_VERIFICATION";
                updated = created.plusSeconds(random.nextInt(60));
                // a minority waits on a vendor, and has waited since moments ago: every such wait is still on at
                // now (a daily-limit wait until the next Beijing day, a card check minutes, a retried call 30 min)
                int wait = waits.nextInt(1000);
                if ("MAINLAND".equals(path) && wait < 140) {
                    // ~8 % of running journeys (14 % of the mainland ones): the authority's daily limit
                    Instant dayStart = now.minus(Duration.ofMinutes(5))
                            .atZone(BEIJING)
                            .toLocalDate()
                            .atStartOfDay(BEIJING)
                            .toInstant();
                    waitingSince = now.minusSeconds((long) (waits.nextDouble()
                            * Duration.between(dayStart, now).toSeconds()));
                    waitingOn = "DAILY_LIMIT";
                    waitingDetail = "ID_VERIFICATION_DAILY_LIMIT";
                    waitingUntil = waitingSince
                            .atZone(BEIJING)
                            .toLocalDate()
                            .plusDays(1)
                            .atStartOfDay(BEIJING)
                            .toInstant()
                            .plus(Duration.ofMinutes(5));
                    step = "ID_VERIFICATION";
                    reasons = waitingDetail;
                    lastStepStatus = "FAILED";
                    lastDetail = waitingDetail;
                    updated = waitingSince;
                    created = waitingSince.minusSeconds(20 + waits.nextInt(280));
                } else if ("FOREIGN".equals(path) && wait < 122) {
                    // ~5 % of running journeys (12 % of the foreign ones): polling Tencent for a card's verdict
                    Duration polls = Duration.ofSeconds(60L * (2 + waits.nextInt(9)));
                    waitingSince = now.minusSeconds((long) (waits.nextDouble() * polls.toSeconds()));
                    waitingOn = "CARD_VERIFICATION";
                    waitingDetail = "CARD_VERIFICATION_PENDING";
                    waitingUntil = waitingSince.plus(polls);
                    step = "CARD_VERIFICATION";
                    reasons = waitingDetail;
                    lastDetail = waitingDetail;
                    updated = waitingSince;
                    created = waitingSince.minusSeconds(20 + waits.nextInt(280));
                } else if (wait >= 980) {
                    // ~2 %: a Tencent call retried through an outage, noted by the activity (not on the timeline)
                    String[] retried = "FOREIGN".equals(path)
                            ? new String[] {"ApplyCardVerification", "CARD_VERIFICATION", "InternalError"}
                            : path == null
                                    ? new String[] {"RecognizeMainlandIDCardOCR", "OCR_FRONT", "InternalError"}
                                    : VENDOR_RETRIES.pick(waits);
                    waitingSince = now.minusSeconds((long) (waits.nextDouble() * VENDOR_PATIENCE.toSeconds()));
                    waitingOn = "VENDOR_RETRY";
                    waitingDetail = retried[0] + " " + retried[2];
                    waitingUntil = waitingSince.plus(VENDOR_PATIENCE);
                    step = retried[1];
                    updated = waitingSince.minusSeconds(1 + waits.nextInt(5));
                    created = updated.minusSeconds(20 + waits.nextInt(280));
                }
            }
            case "WAITING_RETAKE" -> {
                step = "RETAKE";
                reasons = RETAKES.pick(random);
                waitingSince = created.plusSeconds(15 + random.nextInt(300));
                updated = waitingSince;
                waitingOn = "RETAKE";
            }
            default -> {
                step = "REVIEW";
                reasons = REVIEWS.pick(random);
                waitingSince = created.plusSeconds(30 + random.nextInt(900));
                updated = waitingSince;
                waitingOn = "REVIEW";
            }
        }
        if (updated.isAfter(now)) {
            updated = now;
        }
        if (waitingSince != null && waitingSince.isAfter(now)) {
            waitingSince = now;
            updated = now;
        }
        if (status.startsWith("WAITING_")) {
            // a wait for a person: until the policy's deadline, its first reason as the detail
            waitingUntil = waitingSince.plus(status.equals("WAITING_RETAKE") ? RETAKE_DEADLINE : REVIEW_DEADLINE);
            waitingDetail = reasons.split(",", 2)[0];
        }
        int sequence = timeline(
                id,
                status,
                outcome,
                step,
                reasons,
                created,
                updated,
                status.equals("RUNNING") ? null : waitingSince,
                lastStepStatus,
                lastDetail,
                events);
        journeys.append(id)
                .append(',')
                .append(customerRef)
                .append(',')
                .append(country)
                .append(',')
                .append(documentType)
                .append(',')
                .append(status)
                .append(',')
                .append(outcome == null ? "" : outcome)
                .append(',')
                .append(step)
                .append(",\"")
                .append(reasons)
                .append("\",")
                .append(created)
                .append(',')
                .append(updated)
                .append(',')
                .append(sequence)
                .append(',')
                .append(path == null ? "" : path)
                .append(',')
                .append(waitingSince == null ? "" : waitingSince.toString())
                .append(',')
                .append(waitingOn == null ? "" : waitingOn)
                .append(',')
                .append(waitingUntil == null ? "" : waitingUntil.toString())
                .append(',')
                .append(waitingDetail == null ? "" : waitingDetail)
                .append('\n');
        if ("WAITING_REVIEW".equals(status) && waitingSince != null) {
            int claim = random.nextInt(20);
            if (claim < 2) {
                // one in ten waiting reviews is claimed: half of those claims still hold, half have lapsed
                Instant claimed =
                        claim == 0 ? now.minusSeconds(60 + random.nextInt(600)) : waitingSince.plusSeconds(600);
                claims.append(id)
                        .append(",reviewer-")
                        .append(random.nextInt(12))
                        .append(',')
                        .append(claimed)
                        .append(',')
                        .append(claimed.plus(Duration.ofMinutes(30)))
                        .append('\n');
                this.claims++;
            }
        }
    }

    /**
     * Creation times: finished journeys over the whole ninety days; a running one mostly started within the day, a
     * few long stuck; waits for a retake within the retake deadline (7 days), waits for review within ten days (the
     * review deadline is 3 days, but a backlog this size is what the queue is for).
     */
    private Instant created(String status) {
        long seconds = switch (status) {
            case "RUNNING" ->
                random.nextInt(10) < 8
                        ? (long) Math.min((double) SPAN.toSeconds(), -Math.log(1 - random.nextDouble()) * 6 * 3600)
                        : (long) (random.nextDouble() * SPAN.toSeconds());
            case "WAITING_RETAKE" ->
                (long) (random.nextDouble() * Duration.ofDays(7).toSeconds());
            case "WAITING_REVIEW" ->
                (long) (random.nextDouble() * Duration.ofDays(10).toSeconds());
            default -> (long) (random.nextDouble() * SPAN.toSeconds());
        };
        return now.minusSeconds(seconds).minusMillis(random.nextInt(1000));
    }

    private String path(String country, String status) {
        if (country.equals("CHN")) {
            return "MAINLAND";
        }
        if (!country.equals("AUTO")) {
            return "FOREIGN";
        }
        if (status.equals("RUNNING") && random.nextBoolean()) {
            return null;
        }
        return random.nextInt(3) < 2 ? "MAINLAND" : "FOREIGN";
    }

    /**
     * A compact timeline ending in the row's state; returns the last sequence written. A running journey's last event
     * is its step's, with {@code stepStatus} and {@code detail} (a wait on the daily limit: the verification FAILED
     * with ID_VERIFICATION_DAILY_LIMIT).
     */
    private int timeline(
            String id,
            String status,
            String outcome,
            String step,
            String reasons,
            Instant created,
            Instant updated,
            Instant waitingSince,
            String stepStatus,
            String detail,
            StringBuilder rows) {
        int steps = 2 + random.nextInt(4);
        long gap = Math.max(
                1,
                Duration.between(created, waitingSince == null ? updated : waitingSince)
                                .toMillis()
                        / (steps * 2L + 1));
        int sequence = 0;
        Instant at = created;
        for (int s = 0; s < steps; s++) {
            String checked = CHECK_STEPS[s];
            event(rows, id, ++sequence, at, "RUNNING", null, checked, "RUNNING", null, "");
            at = at.plusMillis(gap);
            event(rows, id, ++sequence, at, "RUNNING", null, checked, "PASSED", null, "");
            at = at.plusMillis(gap);
        }
        switch (status) {
            case "COMPLETED" -> event(rows, id, ++sequence, updated, status, outcome, step, "PASSED", null, reasons);
            case "FAILED" -> event(rows, id, ++sequence, updated, status, null, step, "FAILED", reasons, reasons);
            case "RUNNING" -> event(rows, id, ++sequence, updated, status, null, step, stepStatus, detail, reasons);
            default -> {
                event(rows, id, ++sequence, waitingSince, status, null, step, "RUNNING", reasons, reasons);
                if (status.equals("WAITING_REVIEW")
                        && Duration.between(waitingSince, now).compareTo(Duration.ofDays(1)) > 0) {
                    event(
                            rows,
                            id,
                            ++sequence,
                            waitingSince.plus(Duration.ofDays(1)),
                            status,
                            null,
                            step,
                            "RUNNING",
                            "ESCALATED",
                            reasons);
                }
            }
        }
        return sequence;
    }

    private void event(
            StringBuilder rows,
            String journeyId,
            int sequence,
            Instant at,
            String status,
            String outcome,
            String step,
            String stepStatus,
            String detail,
            String reasons) {
        rows.append(journeyId)
                .append(',')
                .append(sequence)
                .append(',')
                .append(at)
                .append(',')
                .append(status)
                .append(',')
                .append(outcome == null ? "" : outcome)
                .append(',')
                .append(step)
                .append(',')
                .append(stepStatus)
                .append(',')
                .append(detail == null ? "" : detail)
                .append(",\"")
                .append(reasons)
                .append("\"\n");
        events++;
    }

    private String journeyId() {
        StringBuilder id = new StringBuilder("jny_");
        for (int i = 0; i < 26; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Values with integer weights, picked in proportion. */
    private static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> bounds = new ArrayList<>();
        private int total;

        Weighted<T> add(T value, int weight) {
            total += weight;
            values.add(value);
            bounds.add(total);
            return this;
        }

        T pick(Random random) {
            int roll = random.nextInt(total);
            for (int i = 0; i < values.size(); i++) {
                if (roll < bounds.get(i)) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }
}
