package io.onboarding.kyc.devstack.samples;

import java.util.List;

/**
 * A ready request built from synthetic cards, and where its journey must get to.
 *
 * @param file     the file name under {@code devstack/samples/}, named for where the journey ends up
 * @param back     {@code null} when the request carries only the front
 * @param expected the journey's status, outcome and reasons once it stops working
 */
public record Sample(
        String file,
        String customerRef,
        String country,
        String type,
        SampleImage front,
        SampleImage back,
        Expected expected) {

    /**
     * Where the journey must get to: its status, outcome and reasons.
     *
     * @param outcome {@code null} while the journey waits
     */
    public record Expected(String status, String outcome, List<String> reasons) {

        static Expected completed(String outcome, String... reasons) {
            return new Expected("COMPLETED", outcome, List.of(reasons));
        }

        static Expected waiting(String status, String reason) {
            return new Expected(status, null, List.of(reason));
        }

        public boolean waits() {
            return outcome == null;
        }
    }
}
