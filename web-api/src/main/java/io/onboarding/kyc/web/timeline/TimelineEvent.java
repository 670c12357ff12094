package io.onboarding.kyc.web.timeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a journey, as the timeline shows it. The JSON names its kind in {@code kind}; each kind
 * has its own fields. Only codes, ids, times and key names: never a name, an ID number or an image.
 */
@Serdeable
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TimelineEvent.KIND)
@JsonSubTypes({
    @JsonSubTypes.Type(value = TimelineEvent.JourneyMoveEvent.class, name = TimelineEvent.JOURNEY),
    @JsonSubTypes.Type(value = TimelineEvent.StepEvent.class, name = TimelineEvent.STEP),
    @JsonSubTypes.Type(value = TimelineEvent.DocumentEvent.class, name = TimelineEvent.DOCUMENT),
    @JsonSubTypes.Type(value = TimelineEvent.VendorCallEvent.class, name = TimelineEvent.VENDOR_CALL),
    @JsonSubTypes.Type(value = TimelineEvent.CallbackDeliveryEvent.class, name = TimelineEvent.CALLBACK_DELIVERY),
    @JsonSubTypes.Type(value = TimelineEvent.CallbackAttemptEvent.class, name = TimelineEvent.CALLBACK_ATTEMPT),
    @JsonSubTypes.Type(value = TimelineEvent.SupportActionEvent.class, name = TimelineEvent.SUPPORT_ACTION)
})
@Schema(
        description = "One event of a journey's timeline; `kind` says which, and which fields it has.",
        oneOf = {
            TimelineEvent.JourneyMoveEvent.class,
            TimelineEvent.StepEvent.class,
            TimelineEvent.DocumentEvent.class,
            TimelineEvent.VendorCallEvent.class,
            TimelineEvent.CallbackDeliveryEvent.class,
            TimelineEvent.CallbackAttemptEvent.class,
            TimelineEvent.SupportActionEvent.class
        },
        discriminatorProperty = TimelineEvent.KIND,
        discriminatorMapping = {
            @DiscriminatorMapping(value = TimelineEvent.JOURNEY, schema = TimelineEvent.JourneyMoveEvent.class),
            @DiscriminatorMapping(value = TimelineEvent.STEP, schema = TimelineEvent.StepEvent.class),
            @DiscriminatorMapping(value = TimelineEvent.DOCUMENT, schema = TimelineEvent.DocumentEvent.class),
            @DiscriminatorMapping(value = TimelineEvent.VENDOR_CALL, schema = TimelineEvent.VendorCallEvent.class),
            @DiscriminatorMapping(
                    value = TimelineEvent.CALLBACK_DELIVERY,
                    schema = TimelineEvent.CallbackDeliveryEvent.class),
            @DiscriminatorMapping(
                    value = TimelineEvent.CALLBACK_ATTEMPT,
                    schema = TimelineEvent.CallbackAttemptEvent.class),
            @DiscriminatorMapping(value = TimelineEvent.SUPPORT_ACTION, schema = TimelineEvent.SupportActionEvent.class)
        })
public sealed interface TimelineEvent {

    String KIND = "kind";
    String JOURNEY = "journey";
    String STEP = "step";
    String DOCUMENT = "document";
    String VENDOR_CALL = "vendor-call";
    String CALLBACK_DELIVERY = "callback-delivery";
    String CALLBACK_ATTEMPT = "callback-attempt";
    String SUPPORT_ACTION = "support-action";

    /** When it happened; the timeline is in this order. */
    Instant at();

    /**
     * The journey's status moved, or the journey noted something about itself that is no step's result (a wait
     * on the vendor's daily limit, its end without a workflow).
     *
     * @param sequence the position in the journey's recorded timeline ({@code journey_event})
     */
    @Serdeable
    @Schema(description = "The journey's status moved, or the journey noted why it waits.")
    record JourneyMoveEvent(
            Instant at,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The position in the journey's recorded timeline, from 1.")
            int sequence,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {"RUNNING", "WAITING_RETAKE", "WAITING_REVIEW", "COMPLETED", "FAILED"})
            String status,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    nullable = true,
                    allowableValues = {"APPROVED", "REJECTED", "CANCELLED", "EXPIRED"})
            @Nullable
            String outcome,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The step the journey was at.")
            @Nullable
            String step,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Machine-readable reasons the journey holds from here (docs/workflows.md).")
            List<String> reasons,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "A code saying what happened, when the move is no step's result "
                            + "(`DAILY_LIMIT_OVER`, `CANCELLED`, …).")
            @Nullable
            String detail)
            implements TimelineEvent {

        public JourneyMoveEvent {
            reasons = List.copyOf(reasons);
        }
    }

    /** A step started, or ended; each run of a step (a retake reads the card again) has its own number. */
    @Serdeable
    @Schema(description = "A step started (`RUNNING`) or ended; each run of a step is numbered.")
    record StepEvent(
            Instant at,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The position in the journey's recorded timeline, from 1.")
            int sequence,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The step: `OCR_FRONT`, `ID_VERIFICATION`, `RETAKE`, `REVIEW`, `DECISION`, ….")
            String step,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {"RUNNING", "PASSED", "FAILED", "SKIPPED"})
            String status,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Which run of this step, from 1: a step runs again after a retake.")
            int run,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "Tencent's RequestId of the call the step ended on.")
            @Nullable
            String vendorRequestId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "A code: the finding, why it waits (`ESCALATED`), what arrived (`NEW_PHOTOS`), "
                            + "a review's decision and reviewer (`APPROVE by support-desk-7`).")
            @Nullable
            String detail)
            implements TimelineEvent {}

    /** An image arrived and was stored (sealed); the ones after the first upload are retakes. */
    @Serdeable
    @Schema(description = "An image was received and stored; an `upload` after the first is a retake.")
    record DocumentEvent(
            Instant at,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {"FRONT", "BACK"})
            String side,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "1 for the images the journey started with; 2 and on for each retake sent.")
            int upload)
            implements TimelineEvent {}

    /** A call to Tencent, from the vendor-call audit. */
    @Serdeable
    @Schema(description = "A call to Tencent, from the vendor-call audit: one per HTTP call, retries included.")
    record VendorCallEvent(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "When the answer came, or when the call was given up on.")
            Instant at,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The step the call was made for.")
            String step,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Tencent's action: `RecognizeMainlandIDCardOCR`, `IdCardOCRVerification`, ….")
            String action,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "Tencent's RequestId, for tickets with Tencent; null when no answer came.")
            @Nullable
            String requestId,

            @Schema(
                    description = "`Success`, the answer's `Result`, Tencent's error code, or `TRANSPORT` when no "
                            + "answer came.")
            String resultCode,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether Tencent bills this answer.")
            boolean billable,

            int latencyMs,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The activity's attempt that made the call, from 1.")
            int attempt)
            implements TimelineEvent {}

    /** A journey event was queued for the product's callback URL (a first delivery, or a re-send by support). */
    @Serdeable
    @Schema(description = "A callback delivery was queued; its attempts follow as `callback-attempt` events.")
    record CallbackDeliveryEvent(
            Instant at,

            String deliveryId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The event's id; a re-send carries the first delivery's.")
            String eventId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {
                        "journey.waiting_retake",
                        "journey.waiting_review",
                        "journey.completed",
                        "journey.failed"
                    })
            String eventType,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {"PENDING", "DELIVERED", "REFUSED", "GAVE_UP"},
                    description = "Where the delivery is now.")
            String state,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The first delivery of the event, for a re-send.")
            @Nullable
            String resendOf,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The key name that asked for a re-send.")
            @Nullable
            String requestedBy)
            implements TimelineEvent {}

    /** One HTTP attempt at a callback delivery. */
    @Serdeable
    @Schema(description = "One HTTP attempt at a callback delivery.")
    record CallbackAttemptEvent(
            Instant at,

            String deliveryId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {
                        "journey.waiting_retake",
                        "journey.waiting_review",
                        "journey.completed",
                        "journey.failed"
                    })
            String eventType,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 for the delivery's first attempt.")
            int attempt,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "The receiver's status; null when none came (timeout, no connection).")
            @Nullable
            Integer statusCode,

            int latencyMs,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "Why the attempt failed; null after a 2xx.")
            @Nullable
            String error)
            implements TimelineEvent {}

    /** Something a person did to the journey through the API, from the append-only support record. */
    @Serdeable
    @Schema(description = "Something a person did to the journey, from the append-only record of support actions.")
    record SupportActionEvent(
            Instant at,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    allowableValues = {
                        "REVIEW_CLAIMED",
                        "REVIEW_RELEASED",
                        "REVIEW_APPROVED",
                        "REVIEW_REJECTED",
                        "CANCELLED",
                        "CALLBACK_RESENT",
                        "DOCUMENT_READ"
                    })
            String action,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The API key's name that did it.")
            String actor,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "A reviewer's reason, a document's side, a delivery id; never personal data.")
            @Nullable
            String detail)
            implements TimelineEvent {}
}
