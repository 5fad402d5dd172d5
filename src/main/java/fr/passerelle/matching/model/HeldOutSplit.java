package fr.passerelle.matching.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Our own held-out fiches: about 20 % of the origins whose passerelles are shipped, chosen by a fixed hash
 * (CRC-32 of {@value #SALT} + the ROME code, modulo 5 equal to 0), so that the split is the same in every run and
 * in any language. Nothing learned may see their passerelles; the 317 origins withheld from the shipped file are
 * the reviewers' test set, evaluated the same way.
 */
public final class HeldOutSplit {

    public static final String SALT = "passerelle-matching-v1";

    private HeldOutSplit() {
    }

    public static boolean isHeldOut(String romeCode) {
        CRC32 crc = new CRC32();
        crc.update((SALT + romeCode).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }

    /** Origins of the shipped passerelles, sorted. */
    public static Set<String> origins(RomeData data) {
        Set<String> origins = new TreeSet<>();
        data.passerelles().forEach(p -> origins.add(p.origin()));
        return origins;
    }

    public static List<String> heldOut(RomeData data) {
        return origins(data).stream().filter(HeldOutSplit::isHeldOut).toList();
    }

    public static List<String> training(RomeData data) {
        return origins(data).stream().filter(o -> !isHeldOut(o)).toList();
    }

    /** The shipped passerelles whose origin is a training fiche. */
    public static List<RomeData.Passerelle> trainingPasserelles(RomeData data) {
        return data.passerelles().stream().filter(p -> !isHeldOut(p.origin())).toList();
    }
}
