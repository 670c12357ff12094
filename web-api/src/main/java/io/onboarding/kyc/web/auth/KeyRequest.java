package io.onboarding.kyc.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.web.json.StrictJson;
import java.util.List;

/** {@code POST /v1/api-keys}: a new key's name and roles. */
@Serdeable
@StrictJson
public record KeyRequest(@Nullable String name, @Nullable List<String> roles) {}
