package io.onboarding.kyc.store.document;

import io.onboarding.kyc.store.sealing.Sealer;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Stores identity-document images once, sealed, and hands out ids for the workflow to pass around. */
@Singleton
public class DocumentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DocumentRepository documents;
    private final Sealer sealer;
    private final Clock clock;

    public DocumentStore(DocumentRepository documents, Sealer sealer) {
        this(documents, sealer, Clock.systemUTC());
    }

    DocumentStore(DocumentRepository documents, Sealer sealer, Clock clock) {
        this.documents = documents;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Stores an image; joins the caller's transaction when there is one. */
    public String save(String journeyId, String side, String mediaType, byte[] image) {
        String id = "doc_" + HexFormat.of().formatHex(randomBytes());
        documents.save(new StoredDocument(
                id,
                journeyId,
                side,
                mediaType,
                image.length,
                sealer.keyId(),
                sealer.seal(context(id), image),
                clock.instant()));
        return id;
    }

    /** Removes an image the journey never took (a refused retake). */
    public void delete(String documentId) {
        documents.deleteById(documentId);
    }

    public DocumentImage load(String documentId) {
        StoredDocument stored =
                documents.findById(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        return new DocumentImage(
                stored.id(),
                stored.journeyId(),
                stored.side(),
                stored.mediaType(),
                sealer.open(context(stored.id()), stored.keyId(), stored.content()));
    }

    private static String context(String documentId) {
        return "document " + documentId;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
