package io.onboarding.kyc.devstack.samples;

import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.time.LocalDate;
import java.util.List;

/**
 * The requests shipped in {@code devstack/samples/}. Each card belongs to, or imitates, one of the
 * sandbox's synthetic identities (its default registry), so the outcome follows from the card alone.
 */
public final class SampleCatalogue {

    /** 王芳, exactly as the authority knows her: passes every check. */
    public static final Sample APPROVED = new Sample("approved-mainland-id-card.json", "sample-approved-0001",
            new MainlandIdCard("王芳", "女", "汉", LocalDate.of(1995, 5, 13), "广东省深圳市南山区科技园中区科苑路15号",
                    "440305199505132561", "深圳市公安局南山分局", LocalDate.of(2016, 3, 2), LocalDate.of(2036, 3, 2),
                    "subject-wang-fang"),
            true, "APPROVED", List.of());

    /** 张伟's ID number under another name: the authority says the name does not match. */
    public static final Sample REJECTED_NAME_MISMATCH = new Sample("rejected-name-mismatch.json", "sample-rejected-0002",
            new MainlandIdCard("张卫", "女", "汉", LocalDate.of(1949, 12, 31), "北京市朝阳区建国路88号",
                    "11010519491231002X", "北京市公安局朝阳分局", LocalDate.of(2012, 8, 20), null,
                    "subject-zhang-wei"),
            false, "REJECTED", List.of("ID_NAME_MISMATCH"));

    /** 李明's name and number with somebody else's photo: the portrait is not the authority's. */
    public static final Sample REJECTED_PORTRAIT_MISMATCH = new Sample("rejected-portrait-mismatch.json",
            "sample-rejected-0003",
            new MainlandIdCard("李明", "男", "汉", LocalDate.of(1987, 1, 1), "北京市石景山区高新技术园腾讯大楼",
                    "440524198701010014", "北京市公安局石景山分局", LocalDate.of(2018, 4, 9), LocalDate.of(2038, 4, 9),
                    "subject-impostor-0001"),
            false, "REJECTED", List.of("PORTRAIT_LOW_SIMILARITY"));

    public static final List<Sample> ALL = List.of(APPROVED, REJECTED_NAME_MISMATCH, REJECTED_PORTRAIT_MISMATCH);

    private SampleCatalogue() {
    }
}
