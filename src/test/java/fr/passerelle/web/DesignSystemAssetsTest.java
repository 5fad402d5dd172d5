package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The DSFR is served from a subset of its files: every icon class a template uses must have its rule and SVG. */
class DesignSystemAssetsTest {
    static final Path STATIC = Path.of("src/main/resources/META-INF/resources/static/dsfr");

    @Test
    void every_icon_used_by_a_template_is_served() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        Pattern icon = Pattern.compile("fr-icon-[a-z0-9-]+");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = icon.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        String css = Files.readString(STATIC.resolve("dsfr.min.css")) + Files.readString(STATIC.resolve("icons-used.css"));
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(css).as(name).contains("." + name + ":"));
        Matcher url = Pattern.compile("url\\((icons/[^)]+)\\)").matcher(Files.readString(STATIC.resolve("icons-used.css")));
        while (url.find()) {
            assertThat(STATIC.resolve(url.group(1))).exists();
        }
    }
}
