package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.drill.LedgerCall;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 1: a backlog of mainland journeys queued at once, at Tencent's documented quotas (the sandbox
 * enforces OCR 20/s and Face ID 100/s in any one second; the workers run with their defaults). How much of the OCR
 * quota does the engine use while it has work, does Tencent ever have to refuse a call, and how long does the
 * backlog take to drain against the ideal (the OCR calls at exactly the quota)?
 */
final class QuotaScenario implements Scenario {

    /** Tencent's documented OCR quota, requests per second for the whole account. */
    static final int OCR_QUOTA = 20;

    private static final List<String> OCR_ACTIONS = List.of("RecognizeMainlandIDCardOCR", "IDCardOCR");
    private static final String THROTTLED = "RequestLimitExceeded";
    static final String SENT_BY_WORKERS = "OCR calls the workers sent in their busiest second";

    @Override
    public String name() {
        return "quota";
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? 30 : 600;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        List<Identity> identities = pool.take(count);
        List<String> bodies = StartBodies.render(identities, "bench-quota-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        SandboxAdmin sandbox = stack.sandbox();
        sandbox.clearFaults();
        sandbox.clearCalls();
        Map<String, Long> pids = stack.pids();
        Map<String, Double> cpuBefore = Cpu.snapshot(pids);

        Instant first = Instant.now();
        JourneyStarter starter = new JourneyStarter(stack);
        List<String> journeys = starter.startAll(bodies);
        Instant allStarted = Instant.now();
        // patience: three times the ideal drain, and never under five minutes (a loaded machine is slow)
        Duration patience = Duration.ofSeconds(Math.max(300, 3L * 2 * count / OCR_QUOTA));
        JourneyTally tally = JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, patience);
        Map<String, Double> cpuAfter = Cpu.snapshot(pids);

        List<LedgerCall> ledger = sandbox.calls();
        // the calls Tencent served: a refused (throttled) call is no use of the quota
        List<LedgerCall> served = ledger.stream()
                .filter(call -> !call.resultCode().equals(THROTTLED))
                .toList();
        List<Instant> ocr = new ArrayList<>();
        for (String action : OCR_ACTIONS) {
            ocr.addAll(SandboxAdmin.times(served, action));
        }
        ocr.sort(null);
        long throttledBySandbox =
                ledger.stream().filter(c -> c.resultCode().equals(THROTTLED)).count();
        int throttledInAudit = stack.database().vendorResultCodes(journeys).getOrDefault(THROTTLED, 0);
        double busy = ocr.size() < 2
                ? Double.NaN
                : Duration.between(ocr.get(0), ocr.get(ocr.size() - 1)).toMillis() / 1000.0;
        // n calls spread over the busy period: n - 1 gaps; the rate is the calls after the first per second
        double ocrRate = ocr.size() < 2 ? Double.NaN : (ocr.size() - 1) / busy;
        double drained = tally.lastStopped() == null
                ? Double.NaN
                : Duration.between(first, tally.lastStopped()).toMillis() / 1000.0;
        double ideal = ocr.size() / (double) OCR_QUOTA;

        List<Figure> figures = new ArrayList<>(tally.figures());
        figures.add(Figure.of(
                "starts over HTTP", Duration.between(first, allStarted).toMillis() / 1000.0, "s"));
        figures.add(Figure.count("OCR calls served", ocr.size()));
        figures.add(Figure.of("OCR busy period (first to last call)", busy, "s"));
        figures.add(Figure.of("OCR calls per second over the busy period", ocrRate, "/s"));
        figures.add(Figure.atLeast("OCR rate ÷ quota (20/s)", ocrRate / OCR_QUOTA, "", 0.95));
        List<Instant> attempted = new ArrayList<>();
        for (String action : OCR_ACTIONS) {
            attempted.addAll(SandboxAdmin.times(ledger, action));
        }
        attempted.sort(null);
        // refused calls included: how far over the quota the engine tried to go
        figures.add(Figure.count("OCR calls sent in the busiest second", SandboxAdmin.busiestSecond(attempted)));
        List<Instant> sent = new ArrayList<>();
        for (String action : OCR_ACTIONS) {
            sent.addAll(stack.database().sentTimes(journeys, action));
        }
        sent.sort(null);
        // as the workers sent them (the audit's answer time less latency): what the engine's pacing controls; the
        // sandbox's count above is when it got to each call, which a CPU-starved machine can bunch
        figures.add(Figure.atMost(SENT_BY_WORKERS, (double) SandboxAdmin.busiestSecond(sent), "", OCR_QUOTA));
        figures.add(Figure.atMost("throttled answers that reached a journey", (double) throttledBySandbox, "", 0));
        figures.add(Figure.count("throttled answers in the vendor-call audit", throttledInAudit));
        figures.add(Figure.of("time to drain (first start to last journey stopped)", drained, "s"));
        figures.add(Figure.of("ideal drain (OCR calls served ÷ quota)", ideal, "s"));
        figures.add(Figure.of("drain ÷ ideal", drained / ideal, ""));
        figures.addAll(Cpu.figures(cpuBefore, cpuAfter, journeys.size()));

        List<String> notes = new ArrayList<>();
        if (starter.refused() > 0) {
            notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
        }
        notes.add("the workers' OCR limit (kyc.worker.ocr-per-second): "
                + System.getenv().getOrDefault("KYC_WORKER_OCR_PER_SECOND", "the default")
                + "; results by action and code"
                + " in the sandbox's ledger: "
                + resultCodes(ledger));
        return new ScenarioResult(
                name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
    }

    static Map<String, Integer> resultCodes(List<LedgerCall> ledger) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (LedgerCall call : ledger) {
            codes.merge(call.action() + " " + call.resultCode(), 1, Integer::sum);
        }
        return codes;
    }
}
