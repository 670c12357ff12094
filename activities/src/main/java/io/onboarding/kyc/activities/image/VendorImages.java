package io.onboarding.kyc.activities.image;

import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.store.document.DocumentStore;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A stored document as the base64 a given Tencent action accepts. */
@Singleton
public class VendorImages {

    private static final Logger LOG = LoggerFactory.getLogger(VendorImages.class);

    private final DocumentStore documents;

    public VendorImages(DocumentStore documents) {
        this.documents = documents;
    }

    /**
     * The stored document as base64 in a form the action accepts.
     *
     * @throws ApplicationFailure a non-retryable caller error when no acceptable image can be made
     */
    public String base64(String documentId, ImageRules rules) {
        byte[] stored = documents.load(documentId).content();
        try {
            PreparedImage prepared = ImagePreparation.prepare(stored, rules);
            if (prepared.changed()) {
                LOG.info(
                        "document={} prepared for the vendor: {} bytes became {} {} bytes",
                        documentId,
                        stored.length,
                        prepared.kind(),
                        prepared.content().length);
            }
            // One unbroken line: Tencent decodes the parameter as plain RFC 4648 base64 and refuses wrapped (MIME) text
            return Base64.getEncoder().encodeToString(prepared.content());
        } catch (UnusableImageException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "document " + documentId + ": " + e.getMessage(), TencentFailures.CALLER_ERROR, "IMAGE_UNUSABLE");
        }
    }
}
