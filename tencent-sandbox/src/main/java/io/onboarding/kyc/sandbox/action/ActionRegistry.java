package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.IdentityRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actions a sandbox serves, by {@code X-TC-Action} name. */
public final class ActionRegistry {

    private final Map<String, Action> byName;
    private final List<ActionSpec> specs;

    public ActionRegistry(List<Action> actions) {
        Map<String, Action> index = new LinkedHashMap<>();
        for (Action action : actions) {
            if (index.putIfAbsent(action.spec().name(), action) != null) {
                throw new IllegalArgumentException(
                        "action registered twice: " + action.spec().name());
            }
        }
        this.byName = Map.copyOf(index);
        this.specs = index.values().stream().map(Action::spec).toList();
    }

    /** The eKYC actions this sandbox emulates, answering from {@code identities}, on the system clock. */
    public static ActionRegistry defaults(
            IdentityRegistry identities, ImageDownloader downloader, ActionSettings settings) {
        return defaults(identities, downloader, settings, Clock.systemUTC());
    }

    /**
     * The eKYC actions this sandbox emulates, answering from {@code identities}, on the given clock.
     *
     * @param clock what the actions take "now" to be: the daily verification limit's Beijing day, the card
     *              validity dates OCR warns about, and the expiry of card-verification tokens
     */
    public static ActionRegistry defaults(
            IdentityRegistry identities, ImageDownloader downloader, ActionSettings settings, Clock clock) {
        ImageLoader images = new ImageLoader(downloader);
        AuthorityRecords authority = new AuthorityRecords(identities);
        Duration tokenTtl = Duration.ofSeconds(settings.tokenTtlSeconds());
        CardVerifications verifications = new CardVerifications(clock, tokenTtl);
        // another product's tokens: a Face ID token means nothing to the OCR pair, and the other way round
        CardVerifications externalVerifications = new CardVerifications(clock, tokenTtl);
        return new ActionRegistry(List.of(
                new RecognizeMainlandIdCardOcrHandler(images),
                new IdCardOcrHandler(images, clock),
                new IdCardOcrVerificationHandler(
                        images, authority, new DailyAttempts(clock, settings.dailyVerificationLimit())),
                new CheckIdCardInformationHandler(images, authority),
                new ApplyCardVerificationHandler(images, verifications, settings, clock),
                new GetCardVerificationResultHandler(verifications),
                new ApplyCardVerificationExternalHandler(images, externalVerifications, clock),
                new GetCardVerificationExternalResultHandler(externalVerifications)));
    }

    /** What each served action declares, in registration order. */
    public List<ActionSpec> specs() {
        return specs;
    }

    /** Action names are case-sensitive at Tencent too. */
    public Optional<Action> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }
}
