package fr.passerelle.metier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds ROME skill items by words of their label, accents and case ignored ("soudure" finds "Souder des pièces…"
 * and "Techniques de soudage" does not need the exact word). The 14,000 compétences and savoirs fit in memory;
 * an in-memory scan answers in about a millisecond, which an autocomplete needs.
 */
@ApplicationScoped
public class SkillLookup {

    public record SkillHit(int code, String label, String kind) {
    }

    private record Entry(SkillHit hit, String normalized) {
    }

    private final EntityManager em;
    private volatile List<Entry> entries;

    public SkillLookup(EntityManager em) {
        this.em = em;
    }

    /** Skills whose label contains every word of {@code query} (words of 2 letters or more), shortest labels first. */
    public List<SkillHit> search(String query, int limit) {
        List<String> words = new ArrayList<>();
        for (String w : normalize(query).split("[^a-z0-9]+")) {
            if (w.length() >= 2) {
                words.add(w.length() > 5 ? w.substring(0, w.length() - 1) : w);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        return entries().stream()
                .filter(e -> words.stream().allMatch(e.normalized::contains))
                .sorted(Comparator.comparingInt((Entry e) -> e.normalized.startsWith(words.get(0)) ? 0 : 1)
                        .thenComparingInt(e -> e.hit.label().length()))
                .limit(limit)
                .map(Entry::hit)
                .toList();
    }

    /** The skills of these codes, in the given order; unknown codes are left out. */
    public List<SkillHit> byCodes(Collection<Integer> codes) {
        Map<Integer, SkillHit> byCode = new LinkedHashMap<>();
        for (Entry e : entries()) {
            byCode.put(e.hit.code(), e.hit);
        }
        return codes.stream().map(byCode::get).filter(h -> h != null).toList();
    }

    private List<Entry> entries() {
        List<Entry> loaded = entries;
        if (loaded == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select code_ogr, label, kind from skill where kind in ('SAVOIR_FAIRE', 'SAVOIR_ETRE', 'SAVOIR') order by code_ogr")
                    .getResultList();
            loaded = rows.stream()
                    .map(r -> new Entry(new SkillHit(((Number) r[0]).intValue(), (String) r[1], (String) r[2]), normalize((String) r[1])))
                    .toList();
            if (!loaded.isEmpty()) {
                entries = loaded;
            }
        }
        return loaded;
    }

    static String normalize(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
