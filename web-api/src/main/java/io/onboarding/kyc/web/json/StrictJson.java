package io.onboarding.kyc.web.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request record whose JSON body {@link StrictJsonBodyReader} reads: one UTF-8 JSON object, no
 * repeated key, nothing after it, no field the record lacks, every value of its field's own JSON type.
 * Records and strings are the field types it knows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictJson {

    /**
     * What problems call the body when this record is all of it, e.g. {@code document} for a retake, so a
     * field has the same name whether the document is the body or a part of it. Empty: fields are named from
     * the top, and the body itself is {@code body}.
     */
    String value() default "";
}
