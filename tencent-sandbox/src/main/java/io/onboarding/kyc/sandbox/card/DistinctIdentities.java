package io.onboarding.kyc.sandbox.card;

import io.onboarding.kyc.sandbox.Identity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Any number of fictitious mainland identities, each with an ID number of its own, for load runs. The authority
 * allows each ID number ten verifications a day (the {@code -7} daily limit), so a run that reuses a handful of
 * sample cards stalls after ten journeys per card; a run over these does not, at the documented limit. The same
 * seed gives the same identities, so a run can be repeated; the sandbox must hold them in its registry
 * ({@code identities} in its configuration file). Every holder is 16 to 45 on {@link SampleCards#ISSUED}, so the
 * card {@link SampleCards#of} prints for them is valid today and for years to come; the portrait subjects carry no
 * scenario marker, so each card matches the authority's photo and its journey is approved.
 */
public final class DistinctIdentities {

    /** Well-formed six-digit region codes (province, city, county); the numbers built on them are fictitious. */
    private static final String[] REGIONS = {
        "110105", "310104", "440305", "510107", "420106", "330106", "320102", "500103", "370102", "610113"
    };

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "霞"
    };
    /** Born from this day on, to be at most 45 on the day the cards were issued. */
    private static final LocalDate OLDEST = SampleCards.ISSUED.minusYears(45).plusDays(1);
    /** Born up to this day, to be at least 16 on that day. */
    private static final LocalDate YOUNGEST = SampleCards.ISSUED.minusYears(16);

    private DistinctIdentities() {}

    /**
     * {@code count} identities, none sharing an ID number with another or with {@code taken} (e.g. the default
     * registry's).
     */
    public static List<Identity> generate(int count, long seed, Set<String> taken) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        Random random = new Random(seed);
        long days = YOUNGEST.toEpochDay() - OLDEST.toEpochDay() + 1;
        Set<String> used = new HashSet<>();
        for (String number : taken) {
            used.add(IdNumberRules.normalise(number));
        }
        List<Identity> identities = new ArrayList<>(count);
        while (identities.size() < count) {
            LocalDate birth = LocalDate.ofEpochDay(OLDEST.toEpochDay() + random.nextLong(days));
            String body = REGIONS[random.nextInt(REGIONS.length)]
                    + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", random.nextInt(1000));
            String idNumber = body + IdNumberRules.checkCharacter(body);
            if (!used.add(idNumber)) {
                continue;
            }
            String name = SURNAMES[random.nextInt(SURNAMES.length)]
                    + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
            // the subject names only the identity's place in the run, never its number or name
            identities.add(new Identity(name, idNumber, "subject-synthetic-" + seed + "-" + identities.size()));
        }
        return identities;
    }
}
