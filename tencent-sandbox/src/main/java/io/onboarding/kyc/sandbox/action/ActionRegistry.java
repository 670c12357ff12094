package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.IdentityRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actions a sandbox serves, by {@code X-TC-Action} name. */
public final class ActionRegistry {

    private final Map<String, Action> byName;

    public ActionRegistry(List<Action> actions) {
        Map<String, Action> index = new LinkedHashMap<>();
        for (Action action : actions) {
            if (index.putIfAbsent(action.spec().name(), action) != null) {
                throw new IllegalArgumentException("action registered twice: " + action.spec().name());
            }
        }
        this.byName = Map.copyOf(index);
    }

    /** The eKYC actions this sandbox emulates, answering from {@code identities}. */
    public static ActionRegistry defaults(IdentityRegistry identities, ImageDownloader downloader,
                                          ActionSettings settings) {
        ImageLoader images = new ImageLoader(downloader);
        AuthorityRecords authority = new AuthorityRecords(identities);
        return new ActionRegistry(List.of(
                new RecognizeMainlandIdCardOcr(images),
                new IdCardOcrVerification(images, authority),
                new CheckIdCardInformation(images, authority)));
    }

    /** Action names are case-sensitive at Tencent too. */
    public Optional<Action> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }
}
