package org.sigti.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * One A4 document being written, as PDF/A-2b: every page starts with the institution's {@link Letterhead} and the
 * same header (document name and code, number), boxes and tables flow onto new pages when they do not fit, and the
 * footer ("Página 2 de 3") is stamped when the document is finished. Text is written in Liberation Sans (metrics of
 * Helvetica and Arial; SIL Open Font License 1.1, in {@code fonts/}), embedded as a subset, which has every Latin
 * letter and sign; a character it lacks is printed as "?", never an error. The file carries what PDF/A asks: XMP
 * metadata naming part 2 conformance B, an sRGB output intent, a document ID, and no transparency (a logo is
 * flattened onto white). One sheet per document and thread.
 */
public final class PdfSheet implements AutoCloseable {

    static final float LEFT = 42;
    static final float RIGHT = PDRectangle.A4.getWidth() - 42;
    static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PDRectangle.A4.getHeight() - 40;
    /** The lowest a box may reach; the footer is below. */
    private static final float BOTTOM = 56;
    private static final float PAD = 4;
    private static final float LEADING = 1.3f;
    private static final float LABEL_GRAY = 0.35f;
    private static final float FILL_GRAY = 0.9f;
    private static final float SECTION_GRAY = 0.8f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Sizes used by the documents. */
    static final float LABEL_SIZE = 6.8f;
    static final float VALUE_SIZE = 9.5f;
    public static final float SMALL_SIZE = 8f;

    /** What every page of the document starts with, below the letterhead. */
    public record Header(Letterhead letterhead, String title, String subtitle, String number, String detail) {
    }

    /** One line of text, already fitted to its box. */
    record Span(String text, PDFont font, float size, float gray) {
        float height() {
            return size * LEADING;
        }
    }

    /** A labelled value of a row of fields; {@code weight} is its share of the row's width. */
    public record Field(String label, String value, float weight) {
    }

    /** A signature block: the role under the line, the name, and an optional note (e.g. a confirmation). */
    record Signature(String role, String name, String note) {
    }

    /** The conformance written in the XMP metadata: PDF/A-2b. */
    public static final int PDFA_PART = 2;
    public static final String PDFA_CONFORMANCE = "B";
    /** The output intent's condition: the sRGB profile the JDK ships. */
    public static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";
    private static final float LOGO_HEIGHT = 40;
    private static final float LOGO_MAX_WIDTH = 110;

    private final PDDocument document = new PDDocument();
    final PDFont regular = font("LiberationSans-Regular.ttf");
    final PDFont bold = font("LiberationSans-Bold.ttf");
    public final PDFont italic = font("LiberationSans-Italic.ttf");

    private final Header header;
    private final PDImageXObject logo;
    private final float logoWidth;
    private final String footer;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private boolean closed;

    /**
     * @param header what every page starts with
     * @param footer the left part of the footer, e.g. "Generado por SIGTI el 12/03/2026 10:15 (America/La_Paz)"
     */
    public PdfSheet(Header header, String footer) {
        this.header = header;
        this.footer = footer;
        this.logo = logo(header.letterhead().logo());
        this.logoWidth = logo == null ? 0
                : Math.min(LOGO_MAX_WIDTH, LOGO_HEIGHT * logo.getWidth() / (float) logo.getHeight());
        document.getDocumentCatalog().setLanguage("es");
        newPage();
    }

    // ---------------------------------------------------------------- blocks

    /** A grey bar with a title, kept on the same page as the start of what follows it. */
    public void section(String title) {
        float height = 15;
        ensure(height + 40);
        fillRect(LEFT, y - height, WIDTH, height, SECTION_GRAY);
        strokeRect(LEFT, y - height, WIDTH, height);
        text(LEFT + PAD, y - height + 4.5f, bold, 8.5f, 0, line(title).toUpperCase(Locale.ROOT));
        y -= height;
    }

    /** A row of labelled boxes. */
    public void fields(Field... fields) {
        float total = 0;
        for (Field field : fields) {
            total += field.weight();
        }
        float[] widths = new float[fields.length];
        List<List<Span>> cells = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            widths[i] = WIDTH * fields[i].weight() / total;
            List<Span> lines = new ArrayList<>(wrap(fields[i].label(), bold, LABEL_SIZE, LABEL_GRAY,
                    widths[i] - 2 * PAD));
            List<Span> value = wrap(fields[i].value(), regular, VALUE_SIZE, 0, widths[i] - 2 * PAD);
            lines.addAll(value.isEmpty() ? List.of(new Span("", regular, VALUE_SIZE, 0)) : value);
            cells.add(lines);
        }
        flow(widths, cells, 0, 0, null, null);
    }

    /** A box headed by a label holding free text of any length; it continues on the next pages. */
    void textBox(String label, String text, float minHeight) {
        List<Span> heading = wrap(label, bold, LABEL_SIZE, LABEL_GRAY, WIDTH - 2 * PAD);
        List<Span> body = wrap(text, regular, VALUE_SIZE, 0, WIDTH - 2 * PAD);
        List<Span> lines = new ArrayList<>(heading);
        lines.addAll(body);
        // the label alone must not stay at the foot of a page
        ensure(height(heading) + 3 * VALUE_SIZE * LEADING + 2 * PAD);
        Span continued = new Span(line(label) + " (continuación)", bold, LABEL_SIZE, LABEL_GRAY);
        flow(new float[] {WIDTH}, new ArrayList<>(List.of(lines)), minHeight, 0, null, continued);
    }

    /** A paragraph without a box. */
    public void paragraph(String text, PDFont font, float size) {
        List<Span> lines = wrap(text, font, size, 0, WIDTH);
        for (Span span : lines) {
            ensure(span.height());
            text(LEFT, y - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
            y -= span.height();
        }
    }

    /** Options in columns, each with a square; the chosen one (or none, when -1) carries an X. */
    void checkboxes(List<String> options, int chosen, int columns) {
        float rowHeight = 17;
        int rows = (options.size() + columns - 1) / columns;
        float height = rows * rowHeight + 2 * PAD;
        ensure(height);
        strokeRect(LEFT, y - height, WIDTH, height);
        float columnWidth = WIDTH / columns;
        float box = 9;
        for (int i = 0; i < options.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            float x = LEFT + PAD + 2 + column * columnWidth;
            float baseline = y - PAD - (row + 1) * rowHeight + 5.5f;
            strokeRect(x, baseline - 1.5f, box, box);
            if (i == chosen) {
                text(x + (box - width("X", bold, 9)) / 2, baseline, bold, 9, 0, "X");
            }
            String label = (i + 1) + ". " + options.get(i);
            List<Span> wrapped = wrap(label, i == chosen ? bold : regular, 8.8f, 0, columnWidth - box - 12);
            text(x + box + 6, baseline, wrapped.isEmpty() ? new Span("", regular, 8.8f, 0) : wrapped.get(0));
        }
        y -= height;
    }

    /**
     * A table whose header row is repeated on every page it reaches; a row taller than what is left of the page
     * continues on the next one.
     */
    public void table(float[] weights, String[] headings, List<String[]> rows) {
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        List<List<Span>> headerCells = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            widths[i] = WIDTH * weights[i] / total;
            headerCells.add(wrap(headings[i], bold, LABEL_SIZE, 0, widths[i] - 2 * PAD));
        }
        Runnable repeatHeader = () -> flow(widths, headerCells, 0, FILL_GRAY, null, null);
        float headerHeight = rowHeight(headerCells);
        if (y - headerHeight - 2 * VALUE_SIZE * LEADING - 2 * PAD < BOTTOM) {
            newPage();
        }
        repeatHeader.run();
        for (String[] row : rows) {
            List<List<Span>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(wrap(i < row.length ? row[i] : null, regular, SMALL_SIZE, 0, widths[i] - 2 * PAD));
            }
            flow(widths, cells, 0, 0, repeatHeader, null);
        }
    }

    /** Signature blocks side by side, kept together on one page. */
    void signatures(List<Signature> signatures) {
        float columnWidth = WIDTH / signatures.size();
        float space = 46;
        List<List<Span>> below = new ArrayList<>();
        float tallest = 0;
        for (Signature signature : signatures) {
            List<Span> lines = new ArrayList<>(wrap(signature.role(), bold, SMALL_SIZE, 0, columnWidth - 16));
            lines.addAll(wrap(signature.name(), regular, SMALL_SIZE + 0.5f, 0, columnWidth - 16));
            lines.addAll(wrap(signature.note(), italic, 7, LABEL_GRAY, columnWidth - 16));
            below.add(lines);
            tallest = Math.max(tallest, height(lines));
        }
        float height = 10 + space + 4 + tallest;
        ensure(height);
        y -= 10;
        for (int i = 0; i < signatures.size(); i++) {
            float x = LEFT + i * columnWidth;
            float lineY = y - space;
            line(x + 8, lineY, x + columnWidth - 8, lineY, 0.6f);
            float top = lineY - 3;
            for (Span span : below.get(i)) {
                float left = x + (columnWidth - width(span.text(), span.font(), span.size())) / 2;
                text(left, top - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
                top -= span.height();
            }
        }
        y -= space + 4 + tallest;
    }

    /**
     * A picture (e.g. a chart rendered as PNG) across the page's width at most {@code width} points wide, its aspect
     * kept, flattened onto white as PDF/A asks; it starts a new page when it does not fit.
     */
    public void image(byte[] png, float width) {
        PDImageXObject picture = logo(png);
        float w = Math.min(width, WIDTH);
        float h = w * picture.getHeight() / (float) picture.getWidth();
        ensure(h + 4);
        try {
            content.drawImage(picture, LEFT, y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h + 4;
    }

    /** Vertical space. */
    public void gap(float points) {
        if (y - points < BOTTOM) {
            newPage();
        } else {
            y -= points;
        }
    }

    /** Stamps the footers and returns the PDF. The sheet cannot be used afterwards. */
    public byte[] finish() {
        try {
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                content = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true);
                line(LEFT, 44, RIGHT, 44, 0.5f);
                float baseline = 34;
                for (Span span : wrap(footer, regular, 7, LABEL_GRAY, WIDTH * 0.62f)) {
                    text(LEFT, baseline, span);
                    baseline -= span.height();
                }
                String right = line(header.number()) + "  ·  Página " + (i + 1) + " de " + pages;
                text(RIGHT - width(right, regular, 7.5f), 34, regular, 7.5f, LABEL_GRAY, right);
                content.close();
                content = null;
            }
            identifyAsPdfA();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written.", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- text

    /** A date as dd/MM/yyyy, or empty. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An instant as dd/MM/yyyy HH:mm in the zone, or empty. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The usual footer: when SIGTI generated the document, in the institution's zone. */
    public static String generatedFooter(Instant generatedAt, ZoneId zone) {
        return generatedAt == null ? "Documento generado por SIGTI"
                : "Documento generado por SIGTI el " + dateTime(generatedAt, zone) + " (hora de " + zone.getId()
                        + ")";
    }

    /** Null or blank as empty, otherwise the text. */
    public static String orEmpty(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }

    /** Text broken into lines that fit the width; paragraphs (line breaks) are kept. Null gives no lines. */
    List<Span> wrap(String text, PDFont font, float size, float gray, float width) {
        List<Span> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(new Span(current.toString(), font, size, gray));
                    current.setLength(0);
                }
                // a word wider than the box (a URL, a path) is cut where it must be
                while (width(word, font, size) > width) {
                    int cut = longestFitting(word, font, size, width);
                    lines.add(new Span(word.substring(0, cut), font, size, gray));
                    word = word.substring(cut);
                }
                current.append(word);
            }
            lines.add(new Span(current.toString(), font, size, gray));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** How many leading characters of the word fit the width (at least one), found by halving. */
    private int longestFitting(String word, PDFont font, float size, float width) {
        int fits = 1;
        int tooLong = word.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(word.substring(0, middle), font, size) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return fits;
    }

    /** At most {@code max} lines, the last one ending in "…" when some were left out. */
    private List<Span> limit(List<Span> lines, int max, float width) {
        if (lines.size() <= max) {
            return lines;
        }
        List<Span> kept = new ArrayList<>(lines.subList(0, max));
        Span last = kept.get(max - 1);
        String text = last.text();
        while (!text.isEmpty() && width(text + "…", last.font(), last.size()) > width) {
            text = text.substring(0, text.length() - 1);
        }
        kept.set(max - 1, new Span(text + "…", last.font(), last.size(), last.gray()));
        return kept;
    }

    /**
     * The text with only what the fonts can print: composed accents (NFC), tabs as spaces, line breaks as "\n",
     * control characters dropped, and anything the embedded font has no glyph for as "?".
     */
    String printable(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // invisible: dropped
            } else if (encodable.computeIfAbsent(c, this::canEncode)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** One line: line breaks become spaces. */
    String line(String text) {
        return text == null ? "" : printable(text).replace('\n', ' ');
    }

    private boolean canEncode(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- layout

    /**
     * Draws a row of cells. A row that does not fit on what is left of the page moves to a new one if it fits there;
     * a taller row is cut between lines and continues on the next pages, each part framed and, when
     * {@code continued} is given, headed by it.
     */
    private void flow(float[] widths, List<List<Span>> cells, float minHeight, float fill, Runnable onNewPage,
            Span continued) {
        float full = rowHeight(cells);
        float wanted = Math.max(full, minHeight);
        float room = TOP - headerHeight() - BOTTOM;
        if (y - wanted < BOTTOM && (wanted <= room || y - BOTTOM < 2 * PAD + 3 * VALUE_SIZE * LEADING)) {
            newPage(onNewPage);
        }
        int[] next = new int[cells.size()];
        float drawn = 0;
        while (true) {
            float available = y - BOTTOM - 2 * PAD;
            float partHeight = 0;
            int[] end = new int[cells.size()];
            boolean rest = false;
            boolean progress = false;
            for (int c = 0; c < cells.size(); c++) {
                List<Span> lines = cells.get(c);
                float used = 0;
                int i = next[c];
                while (i < lines.size() && used + lines.get(i).height() <= available) {
                    used += lines.get(i).height();
                    i++;
                }
                end[c] = i;
                rest |= i < lines.size();
                progress |= i > next[c];
                partHeight = Math.max(partHeight, used);
            }
            if (rest && !progress) {
                newPage(onNewPage);
                continue;
            }
            partHeight += 2 * PAD;
            if (!rest) {
                partHeight = Math.max(partHeight, Math.min(minHeight - drawn, y - BOTTOM));
            }
            float x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                if (fill > 0) {
                    fillRect(x, y - partHeight, widths[c], partHeight, fill);
                }
                strokeRect(x, y - partHeight, widths[c], partHeight);
                float top = y - PAD;
                for (Span span : cells.get(c).subList(next[c], end[c])) {
                    text(x + PAD, top - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
                    top -= span.height();
                }
                next[c] = end[c];
                x += widths[c];
            }
            y -= partHeight;
            drawn += partHeight;
            if (!rest) {
                return;
            }
            newPage(onNewPage);
            if (continued != null) {
                for (int c = 0; c < cells.size(); c++) {
                    List<Span> lines = new ArrayList<>(cells.get(c));
                    if (next[c] < lines.size()) {
                        lines.add(next[c], continued);
                        cells.set(c, lines);
                    }
                }
            }
        }
    }

    private float rowHeight(List<List<Span>> cells) {
        float tallest = 0;
        for (List<Span> lines : cells) {
            tallest = Math.max(tallest, height(lines));
        }
        return tallest + 2 * PAD;
    }

    private static float height(List<Span> lines) {
        float sum = 0;
        for (Span span : lines) {
            sum += span.height();
        }
        return sum;
    }

    /** A new page when less than {@code needed} points are left. */
    private void ensure(float needed) {
        if (y - needed < BOTTOM) {
            newPage();
        }
    }

    private void newPage(Runnable then) {
        newPage();
        if (then != null) {
            then.run();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
        drawHeader();
    }

    private float headerHeight() {
        return letterheadHeight() + Math.max(height(headerLeft()), height(headerBox())) + 16;
    }

    /** The letterhead's lines, right of the logo: the institution, the issuing unit, the address. */
    private List<Span> letterheadLines() {
        Letterhead letterhead = header.letterhead();
        float width = WIDTH - (logo == null ? 0 : logoWidth + 10);
        // bounded, so that no text can leave a page without room for the content
        List<Span> lines = new ArrayList<>(limit(wrap(letterhead.institution(), bold, 10.5f, 0, width), 2, width));
        lines.addAll(limit(wrap(letterhead.unit(), regular, 8.5f, 0, width), 2, width));
        lines.addAll(limit(wrap(letterhead.address(), regular, 7.5f, LABEL_GRAY, width), 1, width));
        return lines;
    }

    private float letterheadHeight() {
        return Math.max(height(letterheadLines()), logo == null ? 0 : LOGO_HEIGHT) + 8;
    }

    private List<Span> headerLeft() {
        float width = WIDTH - boxWidth() - 12;
        // bounded, so that no text can leave a page without room for the content
        List<Span> lines = new ArrayList<>(limit(wrap(header.title(), bold, 14, 0, width), 2, width));
        lines.addAll(limit(wrap(header.subtitle(), regular, 8.5f, LABEL_GRAY, width), 3, width));
        return lines;
    }

    private List<Span> headerBox() {
        float width = boxWidth() - 2 * PAD;
        List<Span> lines = new ArrayList<>(wrap("Nro.", bold, LABEL_SIZE, LABEL_GRAY, width));
        lines.addAll(limit(wrap(header.number(), bold, 12, 0, width), 2, width));
        lines.addAll(limit(wrap(header.detail(), regular, 7.5f, LABEL_GRAY, width), 2, width));
        return lines;
    }

    private static float boxWidth() {
        return 150;
    }

    private void drawLetterhead() {
        float textLeft = LEFT;
        if (logo != null) {
            try {
                content.drawImage(logo, LEFT, y - LOGO_HEIGHT, logoWidth, LOGO_HEIGHT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            textLeft += logoWidth + 10;
        }
        List<Span> lines = letterheadLines();
        float top = y - Math.max(0, (LOGO_HEIGHT - height(lines)) / 2) * (logo == null ? 0 : 1);
        for (Span span : lines) {
            text(textLeft, top - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
            top -= span.height();
        }
        y -= letterheadHeight();
        line(LEFT, y + 4, RIGHT, y + 4, 0.5f);
    }

    private void drawHeader() {
        drawLetterhead();
        List<Span> left = headerLeft();
        List<Span> box = headerBox();
        float top = y;
        for (Span span : left) {
            text(LEFT, top - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
            top -= span.height();
        }
        float boxHeight = height(box) + 2 * PAD;
        float boxLeft = RIGHT - boxWidth();
        strokeRect(boxLeft, y - boxHeight, boxWidth(), boxHeight);
        top = y - PAD;
        for (Span span : box) {
            float x = boxLeft + (boxWidth() - width(span.text(), span.font(), span.size())) / 2;
            text(x, top - span.height() + (span.height() - span.size()) / 2 + 1.5f, span);
            top -= span.height();
        }
        float below = y - Math.max(height(left), boxHeight) - 6;
        line(LEFT, below, RIGHT, below, 1.2f);
        y = below - 10;
    }

    // ---------------------------------------------------------------- PDF/A

    /** An embedded font of {@code fonts/}, subset to the characters used. */
    private PDFont font(String file) {
        try (InputStream in = PdfSheet.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the build: fonts/" + file);
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logo as an opaque RGB image (PDF/A: no transparency), or null. */
    private PDImageXObject logo(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
            if (read == null) {
                throw new IllegalArgumentException("The letterhead's logo is not a PNG or JPEG image.");
            }
            BufferedImage opaque = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = opaque.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, read.getWidth(), read.getHeight());
                g.drawImage(read, 0, 0, null);
            } finally {
                g.dispose();
            }
            return LosslessFactory.createFromImage(document, opaque);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Metadata (the information dictionary and the XMP stream saying the same), the sRGB output intent and the
     * document ID that PDF/A-2b requires.
     */
    private void identifyAsPdfA() throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.set(Calendar.MILLISECOND, 0);
        String title = line(header.title() + " " + header.number());
        String producer = "SIGTI";
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(producer);
        info.setProducer(producer);
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(line(header.letterhead().institution()));
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(producer);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            id.setPart(PDFA_PART);
            id.setConformance(PDFA_CONFORMANCE);
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("Cannot write the PDF/A metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(OUTPUT_CONDITION);
        intent.setOutputCondition(OUTPUT_CONDITION);
        intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);

        UUID uuid = UUID.randomUUID();
        byte[] documentId = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        COSArray ids = new COSArray();
        ids.add(new COSString(documentId));
        ids.add(new COSString(documentId));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    // ---------------------------------------------------------------- drawing

    private void text(float x, float baseline, Span span) {
        text(x, baseline, span.font(), span.size(), span.gray(), span.text());
    }

    private void text(float x, float baseline, PDFont font, float size, float gray, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setNonStrokingColor(gray, gray, gray);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void strokeRect(float x, float y, float width, float height) {
        try {
            content.setStrokingColor(0.3f, 0.3f, 0.3f);
            content.setLineWidth(0.6f);
            content.addRect(x, y, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillRect(float x, float y, float width, float height, float gray) {
        try {
            content.setNonStrokingColor(gray, gray, gray);
            content.addRect(x, y, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            content.setStrokingColor(0.2f, 0.2f, 0.2f);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
