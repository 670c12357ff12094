package io.onboarding.kyc.store.document;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Stores identity-document images once, sealed, and hands out ids for the workflow to pass around. */
@Singleton
public class DocumentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DocumentRepository documents;
    private final DocumentCipher cipher;
    private final Clock clock;

    public DocumentStore(DocumentRepository documents, DocumentCipher cipher) {
        this(documents, cipher, Clock.systemUTC());
    }

    DocumentStore(DocumentRepository documents, DocumentCipher cipher, Clock clock) {
        this.documents = documents;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores an image; joins the caller's transaction when there is one. */
    public String save(String journeyId, String side, String mediaType, byte[] image) {
        String id = "doc_" + HexFormat.of().formatHex(randomBytes());
        documents.save(new StoredDocument(id, journeyId, side, mediaType, image.length, cipher.keyId(),
                cipher.seal(id, image), clock.instant()));
        return id;
    }

    public DocumentImage load(String documentId) {
        StoredDocument stored = documents.findById(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        return new DocumentImage(stored.id(), stored.journeyId(), stored.side(), stored.mediaType(),
                cipher.open(stored.id(), stored.keyId(), stored.content()));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
