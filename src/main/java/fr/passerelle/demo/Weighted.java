package fr.passerelle.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Draws items in proportion to their weights (cumulative table and binary search). */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += Math.max(0, weight.applyAsDouble(items.get(i)));
            cumulative[i] = sum;
        }
        if (items.isEmpty() || sum <= 0) {
            throw new IllegalArgumentException("nothing to draw from");
        }
    }

    static Weighted<String> of(Map<String, Double> weights) {
        // The map must iterate in a stable order (TreeMap) for the draws to be reproducible.
        return new Weighted<>(new ArrayList<>(weights.keySet()), weights::get);
    }

    T draw(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) {
            i = -i - 1;
        }
        return items.get(Math.min(i, items.size() - 1));
    }
}
