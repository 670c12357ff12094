package io.onboarding.kyc.sandbox.gateway;

import io.onboarding.kyc.sandbox.action.Action;
import io.onboarding.kyc.sandbox.action.ActionCall;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.action.ActionResult;
import io.onboarding.kyc.sandbox.action.ActionSpec;
import io.onboarding.kyc.sandbox.action.Product;
import io.onboarding.kyc.sandbox.auth.CredentialStore;
import io.onboarding.kyc.sandbox.auth.SignedRequest;
import io.onboarding.kyc.sandbox.auth.Tc3Authenticator;
import io.onboarding.kyc.sandbox.auth.V1Authenticator;
import io.onboarding.kyc.sandbox.auth.V1SignedRequest;
import io.onboarding.kyc.sandbox.fault.ActiveFault;
import io.onboarding.kyc.sandbox.fault.FaultInjector;
import io.onboarding.kyc.sandbox.fault.FaultPlan;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import io.onboarding.kyc.sandbox.protocol.Language;
import io.onboarding.kyc.sandbox.quota.RequestQuotas;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Tencent's API gateway and the service behind it do with one request, in their order:
 * <ol>
 *   <li>size ({@code RequestSizeLimitExceeded}) and method ({@code UnsupportedProtocol});</li>
 *   <li>authentication, TC3 or v1 ({@code AuthFailure.*});</li>
 *   <li>the action ({@code MissingParameter} / {@code InvalidAction}), its version ({@code NoSuchVersion}) and
 *       region ({@code UnsupportedRegion});</li>
 *   <li>the action's request frequency limit ({@code RequestLimitExceeded});</li>
 *   <li>the action's parameters ({@code UnknownParameter}, {@code InvalidParameter}, …);</li>
 *   <li>the configured base latency, then injected faults, which stand in for the service's own processing;</li>
 *   <li>the action itself.</li>
 * </ol>
 * Calls refused before step 4 do not count against the frequency limit; faults apply only to calls that would
 * otherwise have reached the service, which is where a real outage or slowdown shows.
 */
public final class Gateway {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final Set<String> ALL_SERVICES =
            Arrays.stream(Product.values()).map(Product::service).collect(Collectors.toUnmodifiableSet());
    private static final String ANY_ACTION = "*";

    private final Tc3Authenticator tc3;
    private final V1Authenticator v1;
    private final ActionRegistry actions;
    private final RequestQuotas quotas;
    private final FaultInjector faults;
    private final Map<String, Long> latencyMs;
    private final Lifetime lifetime;

    /** @param latencyMs base latency per action name, {@code *} for every other action */
    public Gateway(
            CredentialStore credentials,
            Clock clock,
            ActionRegistry actions,
            RequestQuotas quotas,
            FaultInjector faults,
            Map<String, Long> latencyMs,
            Lifetime lifetime) {
        this.tc3 = new Tc3Authenticator(credentials, clock);
        this.v1 = new V1Authenticator(credentials, clock);
        this.actions = actions;
        this.quotas = quotas;
        this.faults = faults;
        this.latencyMs = Map.copyOf(latencyMs);
        this.lifetime = lifetime;
    }

    public CallOutcome answer(ReceivedRequest received, String requestId) {
        String actionName = received.header("X-TC-Action");
        Language language = Language.fromTag(received.header("X-TC-Language"));
        ActionCall call = null;
        try {
            if (received.oversized()) {
                throw new ApiError(
                        ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED, "The request body exceeds 10 MB.", "请求包超过 10 MB。");
            }
            ApiRequest request = RequestDecoder.decode(received);
            actionName = request.action();
            language = request.language();
            Optional<Action> action = actions.find(actionName);
            authenticate(received, request, action);
            Action resolved = resolve(request, action);
            ActionSpec spec = resolved.spec();
            spec.checkHeaders(request.version(), request.region());
            quotas.admit(spec);
            call = request.parameters().toCall(spec);
            if (!lifetime.pause(baseLatency(spec.name()))) {
                return CallOutcome.abandoned(spec.name());
            }
            FaultPlan plan = faults.plan(spec.name());
            if (!lifetime.pause(plan.latencyMs())) {
                return CallOutcome.abandoned(spec.name());
            }
            if (plan.decisive().isPresent()) {
                Optional<CallOutcome> faulted = faulted(plan.decisive().get(), resolved, call, requestId, language);
                if (faulted.isPresent()) {
                    return faulted.get();
                }
            }
            return success(spec.name(), resolved.handle(call), requestId, call);
        } catch (ApiError error) {
            return error(actionName, error, requestId, language, call);
        } catch (RuntimeException e) {
            // Class and frame only: an exception message might quote request data.
            LOG.warn(
                    "{} {} failed unexpectedly: {} at {}",
                    actionName,
                    requestId,
                    e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return error(
                    actionName,
                    new ApiError(ErrorCodes.INTERNAL_ERROR, "An internal error occurred.", "内部错误。"),
                    requestId,
                    language,
                    call);
        }
    }

    private void authenticate(ReceivedRequest received, ApiRequest request, Optional<Action> action) {
        switch (request.scheme()) {
            case TC3 ->
                tc3.verify(new SignedRequest(
                        received.method(),
                        received.rawQuery(),
                        received.header("Authorization"),
                        received.header("Content-Type"),
                        received.header("Host"),
                        received.header("X-TC-Timestamp"),
                        received.body(),
                        scopeServices(action),
                        request.token()));
            case V1 ->
                v1.verify(new V1SignedRequest(received.method(), received.header("Host"), request.v1Parameters()));
            default -> throw new IllegalStateException("unhandled scheme " + request.scheme());
        }
    }

    private static Action resolve(ApiRequest request, Optional<Action> action) {
        if (request.action() == null || request.action().isBlank()) {
            throw ApiError.missingParameter("Action");
        }
        return action.orElseThrow(() -> ApiError.invalidAction(request.action()));
    }

    private Optional<CallOutcome> faulted(
            ActiveFault fault, Action action, ActionCall call, String requestId, Language language) {
        FaultSpec spec = fault.spec();
        String name = action.spec().name();
        switch (spec.kind()) {
            case ERROR -> {
                return Optional.of(error(name, FaultInjector.error(name, spec.code()), requestId, language, call));
            }
            case RESULT -> {
                Optional<ActionResult> forced = action.forcedResult(spec.code(), call);
                if (forced.isEmpty()) {
                    LOG.warn(
                            "fault {}: {} cannot be made to answer Result {}; answering normally",
                            fault.id(),
                            name,
                            spec.code());
                }
                return forced.map(result -> success(name, result, requestId, call));
            }
            case HTTP5XX -> {
                return Optional.of(CallOutcome.httpFailure(name, spec.httpStatus()));
            }
            case RESET -> {
                return Optional.of(CallOutcome.reset(name));
            }
            case HANG -> {
                return Optional.of(CallOutcome.hang(name, spec.holdMs()));
            }
            default -> throw new IllegalStateException("not a decisive fault: " + spec.kind());
        }
    }

    private long baseLatency(String action) {
        Long latency = latencyMs.getOrDefault(action, latencyMs.get(ANY_ACTION));
        return latency == null ? 0 : latency;
    }

    private static CallOutcome success(String action, ActionResult result, String requestId, ActionCall call) {
        return CallOutcome.json(
                action,
                Envelope.success(result.fields(), requestId),
                result.resultCode(),
                result.billable(),
                call.subject().orElse(null));
    }

    /** Errors are never billed. */
    private static CallOutcome error(
            String action, ApiError error, String requestId, Language language, ActionCall call) {
        return CallOutcome.json(
                action == null ? "" : action,
                Envelope.error(error, requestId, language),
                error.code(),
                false,
                call == null ? null : call.subject().orElse(null));
    }

    private static Set<String> scopeServices(Optional<Action> action) {
        return action.map(known -> Set.of(known.spec().product().service())).orElse(ALL_SERVICES);
    }
}
