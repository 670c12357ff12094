package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DocumentPayload;

/** Product flows start journeys and read their outcome. */
@Controller("/v1/journeys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class JourneyController {

    private final StartJourneyValidator validator;
    private final JourneyStarter starter;
    private final JourneyCommands commands;
    private final JourneyStore journeys;

    JourneyController(
            StartJourneyValidator validator, JourneyStarter starter, JourneyCommands commands, JourneyStore journeys) {
        this.validator = validator;
        this.starter = starter;
        this.commands = commands;
        this.journeys = journeys;
    }

    /** Answers 202: the checks run on; poll the Location for the outcome. */
    @Post
    HttpResponse<JourneyResource> start(@Body StartJourneyRequest request) {
        Journey journey = starter.start(validator.validate(request));
        return accepted(journey.id());
    }

    @Get("/{journeyId}")
    JourneyResource get(@PathVariable String journeyId) {
        return view(journeyId);
    }

    /** New photos while the journey waits for a retake; body: the same document object as at the start. */
    @Post("/{journeyId}/documents")
    HttpResponse<JourneyResource> retake(@PathVariable String journeyId, @Body DocumentPayload document) {
        commands.retake(journeyId, validator.validateDocument(document));
        return accepted(journeyId);
    }

    /** A support reviewer's decision; {@code X-Reviewer-Id} names the reviewer until staff sign-in exists. */
    @Post("/{journeyId}/review")
    HttpResponse<JourneyResource> review(
            @PathVariable String journeyId,
            @Nullable @Header("X-Reviewer-Id") String reviewerId,
            @Body ReviewRequest request) {
        commands.review(journeyId, reviewerId, request);
        return accepted(journeyId);
    }

    @Post("/{journeyId}/cancel")
    HttpResponse<JourneyResource> cancel(@PathVariable String journeyId, @Nullable @Body CancelRequest request) {
        commands.cancel(journeyId, request);
        return accepted(journeyId);
    }

    private HttpResponse<JourneyResource> accepted(String journeyId) {
        return HttpResponse.<JourneyResource>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/v1/journeys/" + journeyId)
                .body(view(journeyId));
    }

    private JourneyResource view(String journeyId) {
        Journey journey = commands.existing(journeyId);
        return JourneyResources.of(journey, journeys.timeline(journeyId));
    }
}
