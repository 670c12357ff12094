package io.onboarding.kyc.tencent.ocr;

import io.onboarding.kyc.store.document.DocumentImage;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.tencent.CallSubject;
import io.onboarding.kyc.tencent.TencentAction;
import io.onboarding.kyc.tencent.TencentErrorException;
import io.onboarding.kyc.tencent.TencentFailures;
import io.onboarding.kyc.tencent.TencentReply;
import io.onboarding.kyc.tencent.VendorCalls;
import jakarta.inject.Singleton;
import java.util.Base64;

@Singleton
public class OcrActivitiesImpl implements OcrActivities {

    private final VendorCalls tencent;
    private final DocumentStore documents;

    public OcrActivitiesImpl(VendorCalls tencent, DocumentStore documents) {
        this.tencent = tencent;
        this.documents = documents;
    }

    @Override
    public IdCardOcr recognizeMainlandIdCard(String journeyId, String documentId, CardSide side) {
        DocumentImage image = documents.load(documentId);
        RecognizeMainlandIdCardOcr.Request request = new RecognizeMainlandIdCardOcr.Request(
                Base64.getEncoder().encodeToString(image.content()), null, side.name(), false, false);
        TencentReply<RecognizeMainlandIdCardOcr.Response> reply;
        try {
            reply = tencent.call(new CallSubject(journeyId, "OCR_" + side.name(), documentId),
                    TencentAction.RECOGNIZE_MAINLAND_ID_CARD_OCR, request);
        } catch (TencentErrorException e) {
            throw TencentFailures.toActivityFailure(e);
        }
        RecognizeMainlandIdCardOcr.Response r = reply.body();
        return new IdCardOcr(reply.requestId(), r.name(), r.sex(), r.nation(), r.birth(), r.address(), r.idNum(),
                r.authority(), r.validDate(), IntlOcrWarnings.normalise(r.warnCardInfos()));
    }
}
