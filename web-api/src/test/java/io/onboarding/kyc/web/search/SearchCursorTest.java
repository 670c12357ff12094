package io.onboarding.kyc.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.store.search.SearchPosition;
import io.onboarding.kyc.store.search.SearchSort;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    private static final SearchPosition POSITION =
            new SearchPosition(Instant.parse("2026-11-30T08:15:30.123456Z"), JourneyIds.newJourneyId());

    @Test
    void aCursorNamesThePositionItWasMadeFrom() {
        String token = SearchCursor.encode(SearchSort.WAITING, POSITION);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.decode(token, SearchSort.WAITING)).isEqualTo(POSITION);
    }

    @Test
    void anythingElseIsRefusedAsTheCursorParameter() {
        String token = SearchCursor.encode(SearchSort.CREATED, POSITION);
        String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);

        for (String bad : new String[] {
            "",
            "%%%",
            token.substring(1),
            "x".repeat(300),
            encode(plain.replace("2026-11-30", "2026-11-31")),
            encode(plain.replace("jny_", "key_")),
            encode(plain.replace("2026-11-30", "+20260-11-30")),
            encode(plain + "|more"),
            encode("2" + plain.substring(1)),
        }) {
            assertThatThrownBy(() -> SearchCursor.decode(bad, SearchSort.CREATED))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            refused -> assertThat(refused.violations().get(0).field())
                                    .isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.WAITING))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(refused -> assertThat(((InvalidRequestException) refused)
                                .violations()
                                .get(0)
                                .message())
                        .contains("another sort"));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
