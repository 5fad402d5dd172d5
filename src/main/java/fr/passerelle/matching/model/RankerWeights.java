package fr.passerelle.matching.model;

import fr.passerelle.common.CsvReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The learned part of the ranker: per feature its standardisation (mean, standard deviation over the training
 * pairs) and its weight in the linear score, then the two numbers of the calibration to [0,1]
 * ({@code score = 1 / (1 + exp(-(scale * linear + bias)))}). Stored in {@value #RESOURCE}, produced by
 * {@link RankerTraining} from the training fiches only.
 */
public record RankerWeights(double[] mean, double[] std, double[] weight, double scale, double bias) {

    public static final String RESOURCE = "reference/matching/metier-ranker-weights.csv";

    public RankerWeights {
        int f = RankingFeatures.NAMES.size();
        if (mean.length != f || std.length != f || weight.length != f) {
            throw new IllegalArgumentException("expected " + f + " features");
        }
    }

    /** The linear score of every fiche. */
    public double[] linear(double[][] features) {
        int n = features[0].length;
        double[] z = new double[n];
        for (int k = 0; k < weight.length; k++) {
            double a = weight[k] / std[k];
            double[] x = features[k];
            for (int y = 0; y < n; y++) {
                z[y] += a * (x[y] - mean[k]);
            }
        }
        return z;
    }

    public double calibrated(double linear) {
        return 1 / (1 + Math.exp(-(scale * linear + bias)));
    }

    public static RankerWeights load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = RankerWeights.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Map<String, double[]> rows = new HashMap<>();
            new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE)
                    .forEachRecord(r -> rows.put(r.text("feature"),
                            new double[]{r.decimal("mean"), r.decimal("std"), r.decimal("weight")}));
            int f = RankingFeatures.NAMES.size();
            double[] mean = new double[f];
            double[] std = new double[f];
            double[] weight = new double[f];
            for (int k = 0; k < f; k++) {
                double[] row = rows.get(RankingFeatures.NAMES.get(k));
                if (row == null) {
                    throw new IllegalStateException(RESOURCE + ": no row for feature " + RankingFeatures.NAMES.get(k));
                }
                mean[k] = row[0];
                std[k] = row[1];
                weight[k] = row[2];
            }
            double[] calibration = rows.get("calibration");
            if (calibration == null) {
                throw new IllegalStateException(RESOURCE + ": no calibration row");
            }
            return new RankerWeights(mean, std, weight, calibration[0], calibration[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** Writes the file read by {@link #load()} ("calibration" row: mean = scale, std = bias). */
    public void write(Writer out) throws IOException {
        out.write("feature,mean,std,weight\n");
        for (int k = 0; k < weight.length; k++) {
            out.write(String.format(Locale.ROOT, "%s,%.8g,%.8g,%.8g%n", RankingFeatures.NAMES.get(k), mean[k], std[k],
                    weight[k]));
        }
        out.write(String.format(Locale.ROOT, "calibration,%.8g,%.8g,0%n", scale, bias));
    }
}
