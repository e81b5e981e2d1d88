package org.sigti.kb;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Snowball Spanish stemmer (snowballstem.org/algorithms/spanish) rewritten for <em>folded</em> words: lowercase
 * ASCII with the accents already removed, as {@link SpanishText} produces them. The original algorithm relies on
 * accents ("-ación", "-ía"), so it gives "configuración" and "configuracion" different stems; here every suffix is
 * spelled without accents, so a word typed with or without them gets the same stem.
 *
 * <p>Changes to the original, all caused by folding: the suffix lists hold the unaccented spellings; the verb
 * ending "-ió" is left out (unaccented it is the "-io" of "servicio", and "servicio"/"servicios" must keep one stem);
 * the residual step removes a final "i" (the original removes only "í").
 */
final class SpanishStemmer {

    private static final String[] PRONOUNS = sortedLongestFirst("me", "se", "sela", "selo", "selas", "selos", "la",
            "le", "lo", "las", "les", "los", "nos");
    private static final String[] PRONOUN_VERBS = sortedLongestFirst("iendo", "ando", "ar", "er", "ir", "yendo");

    private static final String[] STANDARD = sortedLongestFirst(
            "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista",
            "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
            "adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias",
            "logia", "logias", "ucion", "uciones", "encia", "encias", "amente", "mente", "idad", "idades",
            "iva", "ivo", "ivas", "ivos");

    private static final String[] Y_VERB = sortedLongestFirst("ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas",
            "yes", "yais", "yamos");

    private static final String[] VERB_GU = {"emos", "eis", "en", "es"};
    private static final String[] VERB = sortedLongestFirst(
            "arian", "arias", "aran", "aras", "ariais", "aria", "areis", "ariamos", "aremos", "ara", "are",
            "erian", "erias", "eran", "eras", "eriais", "eria", "ereis", "eriamos", "eremos", "era", "ere",
            "irian", "irias", "iran", "iras", "iriais", "iria", "ireis", "iriamos", "iremos", "ira", "ire",
            "aba", "ada", "ida", "ia", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ian",
            "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ar", "er", "ir", "as",
            "abas", "adas", "idas", "ias", "ieras", "ases", "ieses", "is", "ais", "abais", "iais", "arais",
            "ierais", "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos", "iamos", "imos",
            "aramos", "ieramos", "iesemos", "asemos",
            // the "gu" group, searched together with the others so that the longest suffix wins
            "en", "es", "eis", "emos");

    private static final String[] RESIDUAL = sortedLongestFirst("os", "a", "o", "i", "e");

    private SpanishStemmer() {
    }

    /** The stem of a folded word (lowercase a-z); words with other characters are returned as they are. */
    static String stem(String word) {
        if (word.length() < 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word;
        }
        Word w = new Word(word);
        w.attachedPronoun();
        if (!w.standardSuffix() && !w.yVerbSuffix()) {
            w.verbSuffix();
        }
        w.residualSuffix();
        return w.text.toString();
    }

    private static String[] sortedLongestFirst(String... suffixes) {
        String[] sorted = Arrays.stream(suffixes).distinct().toArray(String[]::new);
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** One word being stemmed, with its regions RV, R1 and R2 (start indexes, fixed from the original word). */
    private static final class Word {

        private final StringBuilder text;
        private final int rv;
        private final int r1;
        private final int r2;

        Word(String word) {
            text = new StringBuilder(word);
            rv = rv(word);
            r1 = regionAfterNonVowelFollowingVowel(word, 0);
            r2 = regionAfterNonVowelFollowingVowel(word, r1);
        }

        private static int rv(String w) {
            int n = w.length();
            if (n < 2) {
                return n;
            }
            if (!isVowel(w.charAt(1))) {
                for (int i = 2; i < n; i++) {
                    if (isVowel(w.charAt(i))) {
                        return i + 1;
                    }
                }
                return n;
            }
            if (isVowel(w.charAt(0))) {
                for (int i = 2; i < n; i++) {
                    if (!isVowel(w.charAt(i))) {
                        return i + 1;
                    }
                }
                return n;
            }
            return Math.min(3, n);
        }

        private static int regionAfterNonVowelFollowingVowel(String w, int from) {
            for (int i = from + 1; i < w.length(); i++) {
                if (!isVowel(w.charAt(i)) && isVowel(w.charAt(i - 1))) {
                    return i + 1;
                }
            }
            return w.length();
        }

        /** The longest of the suffixes that the word ends with, or null. */
        private String longest(String[] suffixes) {
            for (String suffix : suffixes) {
                if (endsWith(suffix)) {
                    return suffix;
                }
            }
            return null;
        }

        private boolean endsWith(String suffix) {
            int start = text.length() - suffix.length();
            return start >= 0 && text.indexOf(suffix, start) == start;
        }

        private int start(String suffix) {
            return text.length() - suffix.length();
        }

        private void delete(String suffix) {
            text.setLength(start(suffix));
        }

        private boolean deleteIfFrom(String suffix, int region) {
            if (suffix == null || !endsWith(suffix) || start(suffix) < region) {
                return false;
            }
            delete(suffix);
            return true;
        }

        private void replace(String suffix, String by) {
            delete(suffix);
            text.append(by);
        }

        /** Step 0: "configurarlo" → "configurar", "instalándole" → "instalando". */
        void attachedPronoun() {
            String pronoun = longest(PRONOUNS);
            if (pronoun == null) {
                return;
            }
            int end = start(pronoun);
            String before = text.substring(0, end);
            for (String verb : PRONOUN_VERBS) {
                if (before.endsWith(verb)) {
                    // only the longest verb ending counts, and it must lie in RV
                    boolean yendoAfterU = !verb.equals("yendo") || before.endsWith("uyendo");
                    if (end - verb.length() >= rv && yendoAfterU) {
                        text.setLength(end);
                    }
                    return;
                }
            }
        }

        /** Step 1: derivational suffixes; true when one was removed. */
        boolean standardSuffix() {
            String suffix = longest(STANDARD);
            if (suffix == null) {
                return false;
            }
            switch (suffix) {
                case "adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias" -> {
                    if (!deleteIfFrom(suffix, r2)) {
                        return false;
                    }
                    deleteIfFrom("ic", r2);
                }
                case "logia", "logias" -> {
                    if (start(suffix) < r2) {
                        return false;
                    }
                    replace(suffix, "log");
                }
                case "ucion", "uciones" -> {
                    if (start(suffix) < r2) {
                        return false;
                    }
                    replace(suffix, "u");
                }
                case "encia", "encias" -> {
                    if (start(suffix) < r2) {
                        return false;
                    }
                    replace(suffix, "ente");
                }
                case "amente" -> {
                    if (!deleteIfFrom(suffix, r1)) {
                        return false;
                    }
                    if (deleteIfFrom("iv", r2)) {
                        deleteIfFrom("at", r2);
                    } else if (!deleteIfFrom("os", r2) && !deleteIfFrom("ic", r2)) {
                        deleteIfFrom("ad", r2);
                    }
                }
                case "mente" -> {
                    if (!deleteIfFrom(suffix, r2)) {
                        return false;
                    }
                    String before = longest(new String[] {"ante", "able", "ible"});
                    deleteIfFrom(before, r2);
                }
                case "idad", "idades" -> {
                    if (!deleteIfFrom(suffix, r2)) {
                        return false;
                    }
                    String before = longest(new String[] {"abil", "ic", "iv"});
                    deleteIfFrom(before, r2);
                }
                case "iva", "ivo", "ivas", "ivos" -> {
                    if (!deleteIfFrom(suffix, r2)) {
                        return false;
                    }
                    deleteIfFrom("at", r2);
                }
                default -> {
                    if (!deleteIfFrom(suffix, r2)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Step 2a: verb suffixes beginning with "y" after a "u" ("construyendo"); true when one was removed. */
        boolean yVerbSuffix() {
            String suffix = longestInRv(Y_VERB);
            if (suffix == null || start(suffix) < 1 || text.charAt(start(suffix) - 1) != 'u') {
                return false;
            }
            delete(suffix);
            return true;
        }

        /** Step 2b: other verb suffixes. */
        void verbSuffix() {
            String suffix = longestInRv(VERB);
            if (suffix == null) {
                return;
            }
            boolean guGroup = Arrays.asList(VERB_GU).contains(suffix);
            delete(suffix);
            if (guGroup && endsWith("gu")) {
                text.setLength(text.length() - 1);
            }
        }

        /** The longest suffix that lies entirely in RV (the search itself is limited to RV). */
        private String longestInRv(String[] suffixes) {
            for (String suffix : suffixes) {
                if (endsWith(suffix) && start(suffix) >= rv) {
                    return suffix;
                }
            }
            return null;
        }

        /** Step 3: a final vowel or "os" in RV ("impresora" → "impresor"); "-gue" loses its "u" too. */
        void residualSuffix() {
            String suffix = longest(RESIDUAL);
            if (!deleteIfFrom(suffix, rv)) {
                return;
            }
            if (suffix.equals("e") && endsWith("gu") && text.length() - 1 >= rv) {
                text.setLength(text.length() - 1);
            }
        }
    }
}
