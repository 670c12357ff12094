package io.onboarding.kyc.web.journey;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.onboarding.kyc.journey.JourneyIds;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import java.util.Optional;

/** Product flows start journeys and read their outcome. */
@Controller("/v1/journeys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class JourneyController {

    private final StartJourneyValidator validator;
    private final JourneyStarter starter;
    private final JourneyStore journeys;

    JourneyController(StartJourneyValidator validator, JourneyStarter starter, JourneyStore journeys) {
        this.validator = validator;
        this.starter = starter;
        this.journeys = journeys;
    }

    /** Answers 202: the checks run on; poll the Location for the outcome. */
    @Post
    HttpResponse<JourneyResource> start(@Body StartJourneyRequest request) {
        Journey journey = starter.start(validator.validate(request));
        return HttpResponse.<JourneyResource>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/v1/journeys/" + journey.id())
                .body(view(journey.id()));
    }

    @Get("/{journeyId}")
    JourneyResource get(@PathVariable String journeyId) {
        return view(journeyId);
    }

    private JourneyResource view(String journeyId) {
        Journey journey = (JourneyIds.isValid(journeyId) ? journeys.find(journeyId) : Optional.<Journey>empty())
                .orElseThrow(() -> new ProblemException(Problem.of("journey-not-found", "No such journey", 404,
                        "There is no journey " + journeyId)));
        return JourneyResources.of(journey, journeys.timeline(journeyId));
    }
}
