package fr.passerelle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two engines' cores stay plain Java (the solver, the métier ranking model): runnable from a main, testable
 * in milliseconds without Quarkus.
 */
class PlainJavaArchitectureTest {

    private static final List<String> FORBIDDEN = List.of("jakarta.persistence", "jakarta.ws.rs", "io.quarkus");

    @ParameterizedTest(name = "{0} imports nothing from JPA, REST or Quarkus")
    @ValueSource(strings = {"src/main/java/fr/passerelle/planning", "src/main/java/fr/passerelle/matching/model"})
    void sources_import_nothing_from_jpa_rest_or_quarkus(String folder) throws IOException {
        Path root = Path.of(folder);
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
