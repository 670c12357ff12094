package io.onboarding.kyc.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's files: served anonymously, with their types, under a policy that lets nothing in from elsewhere. */
class ConsoleViewsTest {

    private final ConsoleViews views = new ConsoleViews();

    @Test
    void isAnonymousAndLeftOutOfTheApiDocument() {
        assertThat(ConsoleViews.class.getAnnotation(Secured.class).value()).containsExactly(SecurityRule.IS_ANONYMOUS);
        assertThat(ConsoleViews.class.isAnnotationPresent(Hidden.class)).isTrue();
    }

    @Test
    void servesThePageWithAPolicyOfThisOriginOnly() {
        HttpResponse<byte[]> page = views.page();

        assertThat(page.getStatus().getCode()).isEqualTo(200);
        assertThat(page.getHeaders().get(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html;charset=utf-8");
        String policy = page.getHeaders().get("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        // no inline script or style: every script is a file the policy allows
        assertThat(html).doesNotContain("<style", " style=", "onclick=", "javascript:");
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("src=\"/console/");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "app.js, text/javascript;charset=utf-8",
        "api.js, text/javascript;charset=utf-8",
        "dom.js, text/javascript;charset=utf-8",
        "reasons.js, text/javascript;charset=utf-8",
        "console.css, text/css;charset=utf-8",
        "favicon.svg, image/svg+xml"
    })
    void servesEachFileWithItsType(String file, String type) {
        HttpResponse<byte[]> served = views.file(file);

        assertThat(served.getHeaders().get(HttpHeaders.CONTENT_TYPE)).isEqualTo(type);
        assertThat(served.getHeaders().get("Content-Security-Policy")).isEqualTo(ConsoleViews.CONTENT_SECURITY_POLICY);
        assertThat(served.body()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none.js", "index.html", "..%2Fapplication.yml", "../application.yml", "App.js", ""})
    void findsNothingElse(String file) {
        assertThatThrownBy(() -> views.file(file))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void keepsTheKeyOutOfLocalStorageAndUrls() {
        String api = new String(views.file("api.js").body(), StandardCharsets.UTF_8);
        String app = new String(views.file("app.js").body(), StandardCharsets.UTF_8);

        assertThat(api).contains("sessionStorage").doesNotContain("localStorage");
        assertThat(app).doesNotContain("localStorage");
        assertThat(api).contains("'X-API-Key': key");
    }
}
