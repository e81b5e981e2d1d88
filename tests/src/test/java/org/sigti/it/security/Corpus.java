package org.sigti.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bad-input corpus of {@code bad-input/corpus.tsv}: what a careless or hostile person types, by category. */
record Corpus(List<Corpus.Input> inputs) {

    /** The marker the corpus's scripts set: a page where it is set ran an injected script. */
    static final String MARKER = "__sigtiXss";

    private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+) ([^}]*)\\}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9A-Fa-f]{4}|[trn0\\\\])");

    /** One input: its category (xss, sql, el, formula, path, unicode, id), its name and the text itself. */
    record Input(String category, String name, String value) {

        /** Whether it is markup a page must never echo as markup. */
        boolean isMarkup() {
            return value.contains("<");
        }

        @Override
        public String toString() {
            return category + "/" + name;
        }
    }

    static Corpus load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/bad-input/corpus.tsv")) {
            List<Input> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                inputs.add(new Input(cells[0], cells[1], unescape(cells[2])));
            }
            return new Corpus(List.copyOf(inputs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs of the given categories. */
    List<Input> of(String... categories) {
        List<String> wanted = List.of(categories);
        return inputs.stream().filter(i -> wanted.contains(i.category())).toList();
    }

    /** The inputs of one category and name, e.g. the few every field gets on its own. */
    List<Input> named(String... names) {
        List<String> wanted = List.of(names);
        return inputs.stream().filter(i -> wanted.contains(i.name())).toList();
    }

    private static String unescape(String payload) {
        Matcher repeat = REPEAT.matcher(payload);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2)
                    .repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        Matcher escape = ESCAPE.matcher(expanded);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            String e = escape.group(1);
            String c = switch (e.charAt(0)) {
                case 't' -> "\t";
                case 'r' -> "\r";
                case 'n' -> "\n";
                case '0' -> "\0";
                case '\\' -> "\\";
                default -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
            };
            escape.appendReplacement(text, Matcher.quoteReplacement(c));
        }
        escape.appendTail(text);
        return text.toString();
    }
}
