package io.onboarding.kyc.activities.ocr;

import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.activities.tencent.CallSubject;
import io.onboarding.kyc.activities.tencent.TencentErrorException;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.activities.tencent.TencentReply;
import io.onboarding.kyc.activities.tencent.TencentSettings;
import io.onboarding.kyc.activities.tencent.TencentSite;
import io.onboarding.kyc.activities.tencent.VendorCalls;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.IdentitySource;
import io.onboarding.kyc.store.identity.IdentityStore;
import io.onboarding.kyc.store.journey.JourneyStore;
import jakarta.inject.Singleton;

/** Reads ID cards with the OCR action of the account's site, and gives one answer whichever site read it. */
@Singleton
public class OcrActivitiesImpl implements OcrActivities {

    private final VendorCalls tencent;
    private final VendorImages images;
    private final TencentSite site;
    private final IdentityStore identities;
    private final JourneyStore journeys;

    public OcrActivitiesImpl(
            VendorCalls tencent,
            VendorImages images,
            TencentSettings settings,
            IdentityStore identities,
            JourneyStore journeys) {
        this.tencent = tencent;
        this.images = images;
        this.site = settings.site();
        this.identities = identities;
        this.journeys = journeys;
    }

    @Override
    public IdCardOcr recognizeMainlandIdCard(String journeyId, String documentId, CardSide side) {
        CallSubject subject = new CallSubject(journeyId, "OCR_" + side.name(), documentId);
        IdCardOcr read;
        try {
            read = site == TencentSite.INTL
                    ? international(subject, images.base64(documentId, ImageRules.RECOGNIZE_MAINLAND_ID_CARD_OCR), side)
                    : mainland(subject, images.base64(documentId, ImageRules.ID_CARD_OCR), side);
        } catch (TencentErrorException e) {
            throw TencentFailures.toActivityFailure(e);
        }
        if (side == CardSide.FRONT) {
            // Sealed, for support to see who the journey is about. The write replaces the journey's card row, so
            // a retried activity writes it once and a retake's new card replaces the old; nothing when unread.
            identities.save(journeyId, IdentitySource.CARD, new Identity(read.name(), read.idNumber()));
        }
        // a mainland card was read: an AUTO journey now runs the mainland checks (a CHN journey's path is set already)
        journeys.onPath(journeyId, JourneyPath.MAINLAND.name());
        return read;
    }

    private IdCardOcr international(CallSubject subject, String image, CardSide side) {
        TencentReply<RecognizeMainlandIdCardOcr.Response> reply = tencent.call(
                subject,
                RecognizeMainlandIdCardOcr.ACTION,
                new RecognizeMainlandIdCardOcr.Request(image, null, side.name(), false, false));
        RecognizeMainlandIdCardOcr.Response r = reply.body();
        return new IdCardOcr(
                reply.requestId(),
                r.name(),
                r.sex(),
                r.nation(),
                r.birth(),
                r.address(),
                r.idNum(),
                r.authority(),
                r.validDate(),
                OcrWarningTable.INTL.normalise(r.warnCardInfos()));
    }

    private IdCardOcr mainland(CallSubject subject, String image, CardSide side) {
        TencentReply<MainlandSiteIdCardOcr.Response> reply = tencent.call(
                subject,
                MainlandSiteIdCardOcr.ACTION,
                new MainlandSiteIdCardOcr.Request(image, null, side.name(), MainlandSiteIdCardOcr.ALL_WARNINGS_CONFIG));
        MainlandSiteIdCardOcr.Response r = reply.body();
        return new IdCardOcr(
                reply.requestId(),
                r.name(),
                r.sex(),
                r.nation(),
                r.birth(),
                r.address(),
                r.idNum(),
                r.authority(),
                r.validDate(),
                OcrWarningTable.MAINLAND.normalise(r.warnInfos()));
    }
}
