package io.onboarding.kyc.store.document;

public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String documentId) {
        super("no document " + documentId);
    }
}
