package org.sigti.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Spanish and English say the same things, and every key a page uses exists. */
class BundleTest {

    @Test
    void spanish_and_english_have_the_same_keys() throws IOException {
        for (String bundle : new String[] {"messages", "errors"}) {
            assertEquals(keys(bundle + ".properties"), keys(bundle + "_en.properties"), bundle);
        }
    }

    @Test
    void spanish_is_what_a_spanish_user_gets_even_on_an_english_server() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Cerrar sesión",
                    ApplicationBundle.forLocale(ApplicationBundle.BASE_NAME, Locale.forLanguageTag("es"))
                            .getString("general.logout"));
            assertEquals("Log out",
                    ApplicationBundle.forLocale(ApplicationBundle.BASE_NAME, Locale.ENGLISH).getString("general.logout"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void every_literal_key_used_by_a_page_exists() throws IOException {
        Set<String> known = keys("messages.properties");
        Pattern use = Pattern.compile("i18n\\['([A-Za-z0-9_.-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "keys missing from messages.properties: " + missing);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
