package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedPart;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The parts of a {@code multipart/form-data} start or retake: one JSON part ({@code journey} or
 * {@code document}) and the image file parts {@code front} and {@code back}, nothing else.
 *
 * <p>Limits hold while the body streams in, before a part is whole: Micronaut's form decoder refuses a part
 * that grows beyond {@code micronaut.server.multipart.max-file-size} (the per-image limit,
 * {@link StartJourneyValidator#MAX_IMAGE_BYTES}) and a body beyond {@code micronaut.server.max-request-size}
 * as soon as the byte that breaks the limit arrives; both are a 413. A body that is not multipart delimited by
 * its boundary is a 400 {@code unreadable-body}, like JSON that is not JSON.
 */
final class MultipartForm {

    /**
     * A part is named by its own name only when that is short printable ASCII: the name is the client's text, and
     * a problem must not carry whatever it holds. Others are named by position.
     */
    private static final Pattern SHOWN_NAME = Pattern.compile("[\\x21-\\x7e&&[^\"\\\\]]{1,64}");
    /** How Micronaut's form decoder names the part that grew too large. */
    private static final Pattern TOO_LARGE_PART = Pattern.compile("The part named \\[([^\\]]*)\\] exceeds.*");

    private MultipartForm() {}

    /**
     * The parts, received whole.
     *
     * @param json  the JSON part's bytes, never null
     * @param front the front image's bytes, null when not sent
     * @param back  the back image's bytes, null when not sent
     */
    // Raw bytes by design: they are read once, checked and stored; the record is never compared.
    @SuppressWarnings("ArrayRecordComponent")
    record Parts(byte[] json, byte @Nullable [] front, byte @Nullable [] back) {}

    /**
     * Waits for the whole body (on a blocking thread) and sorts its parts.
     *
     * @param jsonPart the name of the JSON part: {@code journey} for a start, {@code document} for a retake
     */
    static Parts read(Publisher<CompletedPart> body, String jsonPart) {
        List<CompletedPart> received = receive(body, jsonPart);
        if (received.isEmpty()) {
            throw new ProblemException(Problem.unreadable("The body holds no part: send multipart/form-data with a "
                    + jsonPart + " part (JSON) and a front part (the image file), delimited by the boundary"
                    + " its Content-Type names"));
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        List<String> known = List.of(jsonPart, StartJourneyValidator.FRONT_PART, StartJourneyValidator.BACK_PART);
        int position = 0;
        for (CompletedPart part : received) {
            position++;
            byte[] content = bytes(part);
            String name = part.getName();
            if (!known.contains(name)) {
                String shown = name != null && SHOWN_NAME.matcher(name).matches() ? name : "#" + position;
                violations.add(new FieldViolation(
                        shown,
                        "unknown-part",
                        shown + " is not a part of this request: send only " + known + "; unknown parts are refused,"
                                + " not ignored"));
            } else if (parts.putIfAbsent(name, content) != null) {
                violations.add(new FieldViolation(name, "repeated-part", name + " is sent more than once"));
            }
        }
        if (!parts.containsKey(jsonPart)) {
            violations.add(new FieldViolation(
                    jsonPart, "required", jsonPart + " is required: a part holding the request's JSON object"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Parts(
                parts.get(jsonPart),
                parts.get(StartJourneyValidator.FRONT_PART),
                parts.get(StartJourneyValidator.BACK_PART));
    }

    private static byte[] bytes(CompletedPart part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a received part could not be read", e);
        }
    }

    private static List<CompletedPart> receive(Publisher<CompletedPart> body, String jsonPart) {
        CompletableFuture<List<CompletedPart>> whole = new CompletableFuture<>();
        body.subscribe(new Subscriber<>() {
            private final List<CompletedPart> parts = new ArrayList<>();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                parts.add(part);
            }

            @Override
            public void onError(Throwable failure) {
                whole.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                whole.complete(parts);
            }
        });
        try {
            return whole.join();
        } catch (CompletionException e) {
            throw refusal(e.getCause() == null ? e : e.getCause(), jsonPart);
        }
    }

    private static RuntimeException refusal(Throwable failure, String jsonPart) {
        if (failure instanceof ContentLengthExceededException tooLarge) {
            Matcher part = TOO_LARGE_PART.matcher(String.valueOf(tooLarge.getMessage()));
            if (part.matches()
                    && (StartJourneyValidator.FRONT_PART.equals(part.group(1))
                            || StartJourneyValidator.BACK_PART.equals(part.group(1)))) {
                String name = part.group(1);
                String message = name + " must be at most " + StartJourneyValidator.MAX_IMAGE_BYTES / (1024 * 1024)
                        + " MB (" + StartJourneyValidator.MAX_IMAGE_BYTES + " bytes)";
                return new ProblemException(Problem.of("too-large", "Request too large", 413, message)
                        .withErrors(List.of(new FieldViolation(name, "max-size", message))));
            }
            String message = String.valueOf(tooLarge.getMessage());
            if (message.startsWith("Length of buffered form field")) {
                // The decoder holds back what it has not yet placed in a part: past its limit, no delimiter came.
                return notMultipart();
            }
            if (message.startsWith("Number of form fields")) {
                return new ProblemException(Problem.of(
                        "too-large",
                        "Request too large",
                        413,
                        "The body has more parts than the API reads: send only " + jsonPart + ", front and back"));
            }
            return tooLarge; // the whole body, or the JSON part: Micronaut's 413 for the body
        }
        if (failure instanceof RuntimeException refused && isOurs(refused)) {
            return refused;
        }
        return notMultipart();
    }

    /** The form decoder's message may quote the body: say what, not where. */
    private static ProblemException notMultipart() {
        return new ProblemException(Problem.unreadable("The body is not multipart/form-data: its parts must be"
                + " delimited by the boundary its Content-Type names"));
    }

    private static boolean isOurs(RuntimeException failure) {
        return failure instanceof ProblemException || failure instanceof InvalidRequestException;
    }
}
