package io.onboarding.kyc.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The multipart types Netty's decoder would throw on (a 500), found before it sees them. */
class DeclaredContentTypeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary= ",
                "multipart/form-data; boundary=\"",
                "multipart/form-data; boundary=\"\"",
                "multipart/form-data;boundary",
                "Multipart/Form-Data; BOUNDARY=",
                "multipart/form-data; charset=utf-8; boundary=",
                "multipart/form-data; boundary=;charset=x"
            })
    void aMultipartTypeWithoutABoundaryValueIsCaught(String contentType) {
        assertThat(DeclaredContentType.emptyBoundary(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=hostile",
                "multipart/form-data; boundary=\"a b\"",
                "multipart/form-data; boundary=\"abc",
                "multipart/form-data",
                "multipart/mixed; boundary=",
                "application/json; boundary=",
                "application/json"
            })
    void otherTypesAreLeftToTheirRoute(String contentType) {
        assertThat(DeclaredContentType.emptyBoundary(contentType)).isFalse();
    }
}
