package io.onboarding.kyc.devstack.samples;

import io.onboarding.kyc.devstack.samples.Sample.Expected;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.PhoneCamera;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The requests shipped in {@code devstack/samples/}, one per path and outcome. Each card belongs to, or
 * imitates, one of the sandbox's synthetic identities (its default registry), so where a journey ends
 * follows from the cards alone.
 */
public final class SampleCatalogue {

    private static final MainlandIdCard WANG_FANG = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1995, 5, 13),
            "广东省深圳市南山区科技园中区科苑路15号",
            "440305199505132561",
            "深圳市公安局南山分局",
            LocalDate.of(2016, 3, 2),
            LocalDate.of(2036, 3, 2),
            "subject-wang-fang");
    private static final MainlandIdCard CHEN_JING = new MainlandIdCard(
            "陈静",
            "女",
            "汉",
            LocalDate.of(1990, 3, 7),
            "上海市黄浦区南京东路100号",
            "310104199003077842",
            "上海市公安局黄浦分局",
            LocalDate.of(2019, 6, 1),
            LocalDate.of(2039, 6, 1),
            "subject-chen-jing");

    /** 王芳, exactly as the authority knows her: passes every check. */
    public static final Sample APPROVED = mainland(
            "approved-mainland-id-card.json",
            "sample-approved-0001",
            WANG_FANG,
            true,
            Set.of(),
            Expected.completed("APPROVED"));

    /** 张伟's ID number under another name: the authority says the name does not match. */
    public static final Sample REJECTED_NAME_MISMATCH = mainland(
            "rejected-name-mismatch.json",
            "sample-rejected-0002",
            new MainlandIdCard(
                    "张卫",
                    "女",
                    "汉",
                    LocalDate.of(1949, 12, 31),
                    "北京市朝阳区建国路88号",
                    "11010519491231002X",
                    "北京市公安局朝阳分局",
                    LocalDate.of(2012, 8, 20),
                    null,
                    "subject-zhang-wei"),
            false,
            Set.of(),
            Expected.completed("REJECTED", "ID_NAME_MISMATCH"));

    /** 李明's name and number with somebody else's photo: the portrait is not the authority's. */
    public static final Sample REJECTED_PORTRAIT_MISMATCH = mainland(
            "rejected-portrait-mismatch.json",
            "sample-rejected-0003",
            new MainlandIdCard(
                    "李明",
                    "男",
                    "汉",
                    LocalDate.of(1987, 1, 1),
                    "北京市石景山区高新技术园腾讯大楼",
                    "440524198701010014",
                    "北京市公安局石景山分局",
                    LocalDate.of(2018, 4, 9),
                    LocalDate.of(2038, 4, 9),
                    "subject-impostor-0001"),
            false,
            Set.of(),
            Expected.completed("REJECTED", "PORTRAIT_LOW_SIMILARITY"));

    /** 刘洋's card, valid until 2020: rejected by the free local checks, the authority never asked. */
    public static final Sample REJECTED_EXPIRED = mainland(
            "rejected-expired-id-card.json",
            "sample-rejected-0004",
            new MainlandIdCard(
                    "刘洋",
                    "男",
                    "汉",
                    LocalDate.of(1988, 11, 23),
                    "四川省成都市武侯区天府大道1号",
                    "510107198811235038",
                    "成都市公安局武侯分局",
                    LocalDate.of(2010, 5, 4),
                    LocalDate.of(2020, 5, 4),
                    "subject-liu-yang"),
            true,
            Set.of(),
            Expected.completed("REJECTED", "CARD_EXPIRED"));

    /** 陈静 photographed a photocopy: the journey asks for a new photo ({@link #RETAKE_DOCUMENT} is one). */
    public static final Sample WAITING_RETAKE = mainland(
            "waiting-retake-photocopied-id-card.json",
            "sample-retake-0005",
            CHEN_JING,
            false,
            Set.of(CardDefect.PHOTOCOPY),
            Expected.waiting("WAITING_RETAKE", "DOCUMENT_COPY"));

    /** The clean photo of 陈静's card, as the body of {@code POST /v1/journeys/{id}/documents}. */
    public static final Sample RETAKE_DOCUMENT = mainland(
            "retake-clean-photo-document.json", null, CHEN_JING, false, Set.of(), Expected.completed("APPROVED"));

    /** 周强: the authority knows him but holds no photo to compare with; a person decides. */
    public static final Sample WAITING_REVIEW = mainland(
            "waiting-review-no-authority-photo.json",
            "sample-review-0006",
            new MainlandIdCard(
                    "周强",
                    "男",
                    "汉",
                    LocalDate.of(1983, 9, 9),
                    "湖北省武汉市江岸区沿江大道9号",
                    "420106198309090138",
                    "武汉市公安局江岸分局",
                    LocalDate.of(2015, 2, 1),
                    LocalDate.of(2035, 2, 1),
                    "subject-zhou-qiang-no-photo"),
            false,
            Set.of(),
            Expected.waiting("WAITING_REVIEW", "AUTHORITY_PHOTO_MISSING"));

    /** A Hong Kong identity card, front and back: Tencent's card verification passes it after a few polls. */
    public static final Sample APPROVED_HONG_KONG = new Sample(
            "approved-hong-kong-id-card.json",
            "sample-foreign-0007",
            "HKG",
            "ID_CARD",
            new SampleImage.Foreign(
                    SampleForeignCards.of(IssuingCountry.HKG, ForeignDocumentType.ID_CARD), SandboxCardSide.FRONT),
            new SampleImage.Foreign(
                    SampleForeignCards.of(IssuingCountry.HKG, ForeignDocumentType.ID_CARD), SandboxCardSide.BACK),
            Expected.completed("APPROVED"));

    /**
     * 王芳's card, both sides photographed with a 48-megapixel phone camera: 8064 pixels wide, more than the 8000
     * the engine sends. The engine turns each photo upright, shrinks it to 8000 x 6000 and re-encodes it, and the
     * sandbox reads the card from the printed code. Not shipped as a file: the request is about 12 MB.
     */
    public static final Sample PHONE_PHOTO_APPROVED =
            phonePhoto("sample-phone-0008", PhoneCamera.FULL_48_MP, Set.of(), Expected.completed("APPROVED"));

    /** The same card, but a 12-megapixel phone photographed a photocopy of it: the journey asks for a new photo. */
    public static final Sample PHONE_PHOTO_OF_A_PHOTOCOPY = phonePhoto(
            "sample-phone-0009",
            PhoneCamera.MAIN_12_MP,
            Set.of(CardDefect.PHOTOCOPY),
            Expected.waiting("WAITING_RETAKE", "DOCUMENT_COPY"));

    /** Every sample that starts a journey. */
    public static final List<Sample> JOURNEYS = List.of(
            APPROVED,
            REJECTED_NAME_MISMATCH,
            REJECTED_PORTRAIT_MISMATCH,
            REJECTED_EXPIRED,
            WAITING_RETAKE,
            WAITING_REVIEW,
            APPROVED_HONG_KONG);

    private SampleCatalogue() {}

    private static Sample phonePhoto(
            String customerRef, PhoneCamera camera, Set<CardDefect> defects, Expected expected) {
        return new Sample(
                customerRef + ".json",
                customerRef,
                "CHN",
                "ID_CARD",
                new SampleImage.PhonePhoto(WANG_FANG, SandboxCardSide.FRONT, camera, defects),
                new SampleImage.PhonePhoto(WANG_FANG, SandboxCardSide.BACK, camera, defects),
                expected);
    }

    private static Sample mainland(
            String file,
            String customerRef,
            MainlandIdCard card,
            boolean withBack,
            Set<CardDefect> defects,
            Expected expected) {
        return new Sample(
                file,
                customerRef,
                "CHN",
                "ID_CARD",
                new SampleImage.Mainland(card, SandboxCardSide.FRONT, defects),
                withBack ? new SampleImage.Mainland(card, SandboxCardSide.BACK, Set.of()) : null,
                expected);
    }
}
