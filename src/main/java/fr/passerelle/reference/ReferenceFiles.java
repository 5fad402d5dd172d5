package fr.passerelle.reference;

import fr.passerelle.common.CsvReader;
import fr.passerelle.common.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/** The shipped reference files, read from the classpath under {@code reference/} (or another root in tests). */
public class ReferenceFiles {

    private final String root;

    public ReferenceFiles(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    public static ReferenceFiles shipped() {
        return new ReferenceFiles("reference/");
    }

    public void forEachRecord(String resource, Consumer<CsvRecord> consumer) {
        try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            new CsvReader(new java.io.BufferedReader(reader, 1 << 16), resource).forEachRecord(consumer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + resource, e);
        }
    }

    public String sha256(List<String> resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (String resource : resources) {
                try (InputStream in = open(resource)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(root + resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("reference file not found: " + root + resource));
        }
        return in;
    }
}
