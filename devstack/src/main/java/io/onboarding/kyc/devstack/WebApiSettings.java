package io.onboarding.kyc.devstack;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;

/**
 * The web API's {@code application.yml}, for the one context in which devstack runs worker and web API
 * together. A context reads the first {@code application.yml} on the classpath, the worker's; this adds the
 * web API's beside it, just below, so that its HTTP limits, security, probes and metrics hold in devstack as
 * they do in the web API alone, without a copy here to keep in step. Where both files set a key, the worker's
 * value stands, as before; the environment and devstack's own properties stand above both.
 */
final class WebApiSettings {

    /** How the web API's file is told from the worker's: by the application it names. */
    private static final String APPLICATION_NAME = "kyc-web-api";

    private WebApiSettings() {}

    static PropertySource propertySource() {
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        try {
            for (URL file :
                    Collections.list(WebApiSettings.class.getClassLoader().getResources("application.yml"))) {
                try (InputStream input = file.openStream()) {
                    Map<String, Object> values = yaml.read("web-api", input);
                    if (APPLICATION_NAME.equals(values.get("micronaut.application.name"))) {
                        return PropertySource.of(
                                "web-api " + file, values, AbstractPropertySourceLoader.DEFAULT_POSITION - 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the web API's application.yml", e);
        }
        throw new IllegalStateException("the web API's application.yml is not on the classpath");
    }
}
