package org.sigti.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spanish text as the knowledge base compares it: without case or accents, without the words that say nothing
 * (stop words), and with each word reduced to its stem, so that "Conexión", "conexion" and "conexiones" are the
 * same term, and so are "configuración" and "configurar", or "contraseña" and "contrasenas".
 *
 * <ul>
 * <li>{@link #fold(String)}: lowercase, accents and other marks removed ("ñ" becomes "n", "ü" becomes "u").</li>
 * <li>Words are the runs of Latin letters and digits of the folded text; anything else separates words.</li>
 * <li>Stop words: a compact list of Spanish articles, prepositions, pronouns and auxiliaries ({@link #isStopWord}).
 * </li>
 * <li>Stems: the Snowball Spanish algorithm for unaccented words ({@link SpanishStemmer}). Words with digits
 * ("win10", "404") are kept whole.</li>
 * </ul>
 *
 * <p>What matches and what does not, by design: "impresora" and "impresoras" share the stem {@code impresor};
 * "impresión" and "impresiones" share {@code impresion}; the printer and the printing stay different terms.
 */
public final class SpanishText {

    /** The longest term kept; longer words are cut (the column {@code kb_term.term}). */
    public static final int TERM_MAXLENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "al", "algo", "algun", "alguna", "algunas", "alguno", "algunos", "ante", "antes", "aqui", "asi",
            "cada", "como", "con", "contra", "cual", "cuando", "de", "del", "desde", "donde", "durante", "e", "el",
            "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta",
            "estan", "estas", "este", "esto", "estos", "fue", "ha", "han", "hay", "hasta", "la", "las", "le", "les",
            "lo", "los", "mas", "me", "mi", "mis", "muy", "ni", "no", "nos", "o", "os", "otra", "otras", "otro",
            "otros", "para", "pero", "por", "porque", "puede", "que", "quien", "se", "sea", "ser", "si", "sin",
            "sobre", "son", "su", "sus", "tambien", "te", "tiene", "todo", "todos", "tu", "tus", "u", "un", "una",
            "unas", "uno", "unos", "usted", "y", "ya", "yo");

    private SpanishText() {
    }

    /** Lowercase without accents or other marks: "Conexión Año" → "conexion ano". Null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The key that decides whether two titles are the same: folded, with runs of white space made one space and
     * no space at either end. "  Conexión   VPN " and "conexion vpn" have the same key.
     */
    public static String titleKey(String title) {
        return title == null ? null : SPACES.matcher(fold(title)).replaceAll(" ").strip();
    }

    /** The folded words of a text, stop words included, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The distinct terms of a text in the order they first appear: folded words without stop words and without
     * one-character words (the "1." of numbered steps), each stemmed and cut to {@value #TERM_MAXLENGTH} characters.
     */
    public static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.length() < 2 || isStopWord(word)) {
                continue;
            }
            String stem = SpanishStemmer.stem(word);
            terms.add(stem.length() > TERM_MAXLENGTH ? stem.substring(0, TERM_MAXLENGTH) : stem);
        }
        return new ArrayList<>(terms);
    }

    /** The stem of one folded word ("impresoras" → "impresor"); words with digits stay whole. */
    public static String stem(String foldedWord) {
        return SpanishStemmer.stem(foldedWord);
    }

    /** Whether a folded word is one of the Spanish words that carry no meaning for a search ("de", "la", "que"). */
    public static boolean isStopWord(String foldedWord) {
        return STOP_WORDS.contains(foldedWord);
    }
}
