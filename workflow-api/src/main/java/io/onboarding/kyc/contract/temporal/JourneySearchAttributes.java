package io.onboarding.kyc.contract.temporal;

import io.temporal.common.SearchAttributeKey;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What on-call can filter journeys by in the Temporal UI. Only opaque codes and times: never a name, an
 * ID number or a customer reference.
 */
public final class JourneySearchAttributes {

    public static final SearchAttributeKey<String> STATUS = SearchAttributeKey.forKeyword("KycStatus");
    public static final SearchAttributeKey<String> STEP = SearchAttributeKey.forKeyword("KycStep");
    public static final SearchAttributeKey<String> PATH = SearchAttributeKey.forKeyword("KycPath");
    public static final SearchAttributeKey<String> COUNTRY = SearchAttributeKey.forKeyword("KycCountry");
    public static final SearchAttributeKey<String> OUTCOME = SearchAttributeKey.forKeyword("KycOutcome");
    public static final SearchAttributeKey<Long> RETAKES = SearchAttributeKey.forLong("KycRetakes");
    public static final SearchAttributeKey<OffsetDateTime> WAITING_SINCE =
            SearchAttributeKey.forOffsetDateTime("KycWaitingSince");

    public static final List<SearchAttributeKey<?>> ALL =
            List.of(STATUS, STEP, PATH, COUNTRY, OUTCOME, RETAKES, WAITING_SINCE);

    private JourneySearchAttributes() {}
}
