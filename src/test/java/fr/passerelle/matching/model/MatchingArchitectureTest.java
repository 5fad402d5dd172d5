package fr.passerelle.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The ranking model stays plain Java: runnable from a main, testable without Quarkus. */
class MatchingArchitectureTest {

    private static final List<String> FORBIDDEN = List.of("jakarta.persistence", "jakarta.ws.rs", "io.quarkus");

    @Test
    void model_sources_import_nothing_from_jpa_rest_or_quarkus() throws IOException {
        Path root = Path.of("src/main/java/fr/passerelle/matching/model");
        assertThat(root).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .filter(line -> line.startsWith("import"))
                                    .filter(line -> FORBIDDEN.stream().anyMatch(line::contains))
                                    .map(line -> root.relativize(p) + ": " + line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }
}
