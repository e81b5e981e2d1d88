package org.sigti.workflow.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.OutcomeKind;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/**
 * Draws a procedure's steps as an SVG swimlane diagram: one column (lane) per responsible role and queue, one row
 * per step in the manual's order, a box per step with its manual number and short title. Ways out are arrows: solid
 * for → and ◆ (the decision's label at the target), dashed for ↺, dotted into a ⇒ node naming the other procedure
 * and step, and a FIN node for the end. Every text is XML-escaped: the result is a standalone SVG document, no
 * script, safe to serve as {@code image/svg+xml}.
 *
 * <p>Routing never crosses a box: horizontal runs use the gaps between rows, vertical runs the gutters between
 * lanes; jumps and ends sit in a column of their own, on the row of the step they leave.
 */
public final class FlowDiagram {

    /**
     * The words the diagram needs from the screen's bundle.
     *
     * @param lane what a lane is headed with (role and queue, or the requester)
     * @param end  the word on an end node ("FIN")
     * @param link the address of another procedure's page, for the ⇒ nodes (null: no link)
     */
    public record Labels(Function<Responsible, String> lane, String end, Function<String, String> link) {

        public Labels {
            requireNonNull(lane);
            requireNonNull(end);
            link = link == null ? code -> null : link;
        }
    }

    private static final int PAD = 20;
    private static final int TITLE_H = 30;
    private static final int LANE_HEAD_H = 40;
    private static final int LANE_W = 230;
    private static final int BOX_W = 180;
    private static final int BOX_H = 64;
    private static final int GAP = 48;
    private static final int EXT_GAP = 30;
    private static final int EXT_W = 200;
    private static final int EXT_H = 32;
    private static final int EXT_SPACING = 4;
    private static final int TITLE_CHARS = 28;
    private static final int LABEL_CHARS = 32;

    /** Light fill and strong stroke of each lane, in order of first appearance. */
    private static final String[][] PALETTE = {
            {"#e3eefa", "#0b3d6e"}, {"#e6f4ea", "#1e7b34"}, {"#fff4e0", "#b26a00"}, {"#e0f5f5", "#00796b"},
            {"#fde7ec", "#ad1457"}, {"#f1f5e0", "#5b6e00"}, {"#eceff1", "#455a64"}, {"#f5ebe6", "#6d4c41"}};

    private static final String STYLE = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "fill:#1f2d3d}.n{font-weight:700;font-size:12px}.t{font-size:11px}.h{font-size:11px;font-weight:600}"
            + ".l{font-size:10px;fill:#3a4a5a}.x{font-size:11px;font-weight:600}.xl{font-size:9.5px}"
            + ".e{fill:#fff;font-weight:700;font-size:11px}.el{fill:#fff;font-size:9.5px}"
            + ".arrow,.end-link,.start-link{fill:none;stroke-width:1.6}.next{stroke:#5a6b7b}.decision{stroke:#0b3d6e}"
            + ".loop{stroke:#c05800;stroke-dasharray:6 4}.jump{stroke:#6a1b9a;stroke-width:2;stroke-dasharray:2 3}"
            + ".end-link,.start-link{stroke:#1f2d3d}";

    private final Locale locale;
    private final Labels labels;

    public FlowDiagram(Locale locale, Labels labels) {
        this.locale = locale == null ? Locale.forLanguageTag("es") : locale;
        this.labels = requireNonNull(labels);
    }

    /** The diagram of a procedure, as a complete SVG document. */
    public String svg(ProcedureDefinition definition) {
        return new Drawing(definition).draw();
    }

    /** One drawing: the layout of one procedure, then its SVG text. */
    private final class Drawing {
        private final ProcedureDefinition definition;
        private final List<StepDefinition> steps;
        private final Map<Responsible, Integer> lanes = new LinkedHashMap<>();
        private final Map<String, Integer> row = new HashMap<>();
        private final int[] top;
        private final int[] height;
        private final int extX;
        private final int width;
        private final int bottom;
        private final Map<Integer, Integer> gapTracks = new HashMap<>();
        private final Map<Integer, Integer> gutterTracks = new HashMap<>();
        private final Map<String, Integer> labelsAt = new HashMap<>();
        private final StringBuilder out = new StringBuilder(16_384);

        Drawing(ProcedureDefinition definition) {
            this.definition = definition;
            this.steps = definition.steps();
            top = new int[steps.size()];
            height = new int[steps.size()];
            int y = PAD + TITLE_H + LANE_HEAD_H + GAP;
            boolean anyExt = false;
            for (int i = 0; i < steps.size(); i++) {
                StepDefinition step = steps.get(i);
                lanes.putIfAbsent(step.responsible(), lanes.size());
                row.put(step.code(), i);
                int ext = externals(step).size();
                anyExt |= ext > 0;
                top[i] = y;
                height[i] = Math.max(BOX_H, ext * (EXT_H + EXT_SPACING) - EXT_SPACING);
                y += height[i] + GAP;
            }
            bottom = y;
            extX = PAD + lanes.size() * LANE_W + EXT_GAP;
            width = anyExt ? extX + EXT_W + PAD : PAD + lanes.size() * LANE_W + PAD;
        }

        String draw() {
            String name = definition.code() + " — " + definition.name().in(locale);
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\" width=\"")
                    .append(width).append("\" height=\"").append(bottom + PAD).append("\" viewBox=\"0 0 ")
                    .append(width).append(' ').append(bottom + PAD).append("\" aria-label=\"").append(xml(name))
                    .append("\">\n<title>").append(xml(name)).append("</title>\n<style>").append(STYLE)
                    .append("</style>\n");
            markers();
            out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
            text(PAD, PAD + 16, "h", truncate(name, (width - 2 * PAD) / 6));
            lanes();
            for (int i = 0; i < steps.size(); i++) {
                edges(i);
            }
            for (int i = 0; i < steps.size(); i++) {
                box(i);
                externals(i);
            }
            return out.append("</svg>\n").toString();
        }

        private void markers() {
            out.append("<defs>");
            for (String[] kind : new String[][] {{"next", "#5a6b7b"}, {"decision", "#0b3d6e"}, {"loop", "#c05800"},
                    {"jump", "#6a1b9a"}, {"end", "#1f2d3d"}}) {
                out.append("<marker id=\"ah-").append(kind[0]).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(kind[1]).append("\"/></marker>");
            }
            out.append("</defs>\n");
        }

        private void lanes() {
            int laneTop = PAD + TITLE_H;
            lanes.forEach((who, index) -> {
                int x = laneLeft(index);
                String[] colour = PALETTE[index % PALETTE.length];
                out.append("<g class=\"lane\"><rect x=\"").append(x).append("\" y=\"").append(laneTop)
                        .append("\" width=\"").append(LANE_W).append("\" height=\"").append(bottom - laneTop)
                        .append("\" fill=\"").append(colour[0]).append("\" fill-opacity=\"0.35\" stroke=\"")
                        .append(colour[1]).append("\" stroke-opacity=\"0.25\"/>");
                out.append("<rect x=\"").append(x).append("\" y=\"").append(laneTop).append("\" width=\"")
                        .append(LANE_W).append("\" height=\"").append(LANE_HEAD_H).append("\" fill=\"")
                        .append(colour[0]).append("\" stroke=\"").append(colour[1]).append("\"/>");
                List<String> head = wrap(labels.lane().apply(who), 34, 2);
                for (int line = 0; line < head.size(); line++) {
                    text(x + LANE_W / 2, laneTop + (head.size() == 1 ? 24 : 17 + 13 * line), "h", head.get(line),
                            "middle");
                }
                out.append("</g>\n");
            });
        }

        private void box(int i) {
            StepDefinition step = steps.get(i);
            int lane = lanes.get(step.responsible());
            String[] colour = PALETTE[lane % PALETTE.length];
            int x = boxLeft(lane);
            boolean start = step.code().equals(definition.start().code());
            out.append("<g class=\"step\" data-step=\"").append(xml(step.code())).append("\"><title>")
                    .append(xml(step.code() + ". " + step.title().in(locale))).append("</title>");
            if (start) {
                int cy = top[i] + height[i] / 2;
                out.append("<circle class=\"start\" cx=\"").append(x - 14).append("\" cy=\"").append(cy)
                        .append("\" r=\"6\" fill=\"#1f2d3d\"/><path class=\"start-link\" d=\"M").append(x - 8)
                        .append(',').append(cy).append(" H").append(x).append("\"/>");
            }
            out.append("<rect x=\"").append(x).append("\" y=\"").append(top[i]).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(height[i]).append("\" rx=\"6\" fill=\"").append(colour[0])
                    .append("\" stroke=\"").append(colour[1]).append("\" stroke-width=\"").append(start ? 3 : 1.5)
                    .append("\"/>");
            text(x + 8, top[i] + 16, "n", step.code());
            List<String> lines = wrap(step.title().in(locale), TITLE_CHARS, 3);
            for (int line = 0; line < lines.size(); line++) {
                text(x + 8, top[i] + 30 + 13 * line, "t", lines.get(line));
            }
            out.append("</g>\n");
        }

        /** The arrows to steps of this procedure leaving step i. */
        private void edges(int i) {
            StepDefinition step = steps.get(i);
            List<Outcome> flows = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            step.outcomes().stream().filter(o -> !o.jumps() && !o.ends()).forEach(o -> o.targets().forEach(t -> {
                flows.add(o);
                targets.add(t);
            }));
            int sourceLane = lanes.get(step.responsible());
            int y1 = top[i] + height[i];
            for (int k = 0; k < targets.size(); k++) {
                Outcome outcome = flows.get(k);
                int j = row.get(targets.get(k));
                int targetLane = lanes.get(steps.get(j).responsible());
                int sx = laneCenter(sourceLane) + (int) Math.round((k - (targets.size() - 1) / 2.0) * 14);
                int tx = laneCenter(targetLane);
                String kind = outcome.kind().name().toLowerCase(Locale.ROOT);
                StringBuilder d = new StringBuilder("M").append(sx).append(',').append(y1);
                if (j == i + 1 && sourceLane == targetLane) {
                    d.append(" V").append(top[j]);
                    tx = sx;
                } else if (j == i + 1) {
                    d.append(" V").append(track(j)).append(" H").append(tx).append(" V").append(top[j]);
                } else {
                    int boundary = targetLane > sourceLane ? targetLane
                            : targetLane < sourceLane ? targetLane + 1 : sourceLane + 1;
                    int gx = laneLeft(boundary) + gutterOffset(boundary);
                    d.append(" V").append(track(i + 1)).append(" H").append(gx).append(" V").append(track(j))
                            .append(" H").append(tx).append(" V").append(top[j]);
                }
                out.append("<path class=\"arrow ").append(kind).append("\" data-from=\"").append(xml(step.code()))
                        .append("\" data-to=\"").append(xml(targets.get(k))).append("\" d=\"").append(d)
                        .append("\" marker-end=\"url(#ah-").append(kind).append(")\"><title>")
                        .append(xml(step.code() + " → " + targets.get(k) + ": " + outcome.label().in(locale)))
                        .append("</title></path>\n");
                if (outcome.kind() == OutcomeKind.DECISION || outcome.kind() == OutcomeKind.LOOP) {
                    edgeLabel(j, tx, (outcome.kind() == OutcomeKind.LOOP ? "↺ " : "")
                            + outcome.label().in(locale));
                }
            }
        }

        /** A decision's or loop's label, in the gap above its target; a second one goes left, later ones higher. */
        private void edgeLabel(int j, int tx, String label) {
            int n = labelsAt.merge(steps.get(j).code(), 1, Integer::sum) - 1;
            boolean right = n % 2 == 0;
            int y = top[j] - 4 - 11 * (n / 2);
            text(right ? tx + 5 : tx - 5, y, "l", truncate(label, LABEL_CHARS), right ? "start" : "end");
        }

        /** The ⇒ and FIN nodes of step i, stacked in the right-hand column. */
        private void externals(int i) {
            StepDefinition step = steps.get(i);
            int x1 = boxLeft(lanes.get(step.responsible())) + BOX_W;
            List<Outcome> ext = externals(step);
            for (int k = 0; k < ext.size(); k++) {
                Outcome o = ext.get(k);
                int y = top[i] + k * (EXT_H + EXT_SPACING);
                int cy = y + EXT_H / 2;
                String label = truncate(o.label().in(locale), 34);
                if (o.jumps()) {
                    String target = o.targetProcedure() + " · " + o.targets().get(0);
                    out.append("<path class=\"arrow jump\" data-from=\"").append(xml(step.code())).append("\" d=\"M")
                            .append(x1).append(',').append(cy).append(" H").append(extX)
                            .append("\" marker-end=\"url(#ah-jump)\"><title>").append(xml(step.code() + " ⇒ "
                                    + target + ": " + o.label().in(locale))).append("</title></path>\n");
                    String href = labels.link().apply(o.targetProcedure());
                    out.append("<g class=\"jump-node\" data-procedure=\"").append(xml(o.targetProcedure()))
                            .append("\">");
                    if (href != null) {
                        out.append("<a href=\"").append(xml(href)).append("\" target=\"_top\">");
                    }
                    out.append("<rect x=\"").append(extX).append("\" y=\"").append(y).append("\" width=\"")
                            .append(EXT_W).append("\" height=\"").append(EXT_H).append("\" fill=\"#f3e5f5\"")
                            .append(" stroke=\"#6a1b9a\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>");
                    text(extX + 6, y + 13, "x", truncate("⇒ " + target, 28));
                    text(extX + 6, y + 26, "xl", label);
                    out.append(href != null ? "</a></g>\n" : "</g>\n");
                } else {
                    out.append("<path class=\"end-link\" data-from=\"").append(xml(step.code())).append("\" d=\"M")
                            .append(x1).append(',').append(cy).append(" H").append(extX)
                            .append("\" marker-end=\"url(#ah-end)\"/>\n");
                    out.append("<g class=\"end\"><rect x=\"").append(extX).append("\" y=\"").append(y)
                            .append("\" width=\"").append(EXT_W).append("\" height=\"").append(EXT_H)
                            .append("\" rx=\"16\" fill=\"#1f2d3d\"/>");
                    text(extX + 14, y + 13, "e", labels.end());
                    text(extX + 14, y + 26, "el", label);
                    out.append("</g>\n");
                }
            }
        }

        private List<Outcome> externals(StepDefinition step) {
            return step.outcomes().stream().filter(o -> o.jumps() || o.ends()).toList();
        }

        /** The next free horizontal track in the gap above row r. */
        private int track(int r) {
            int n = gapTracks.merge(r, 1, Integer::sum) - 1;
            int gapTop = (r < steps.size() ? top[r] : bottom) - GAP;
            return gapTop + 8 + (n % 4) * 7;
        }

        private int gutterOffset(int boundary) {
            int n = gutterTracks.merge(boundary, 1, Integer::sum) - 1;
            return ((n % 5) - 2) * 6;
        }

        private void text(int x, int y, String cls, String value) {
            text(x, y, cls, value, null);
        }

        private void text(int x, int y, String cls, String value, String anchor) {
            out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" class=\"").append(cls)
                    .append('"');
            if (anchor != null) {
                out.append(" text-anchor=\"").append(anchor).append('"');
            }
            out.append('>').append(xml(value)).append("</text>");
        }
    }

    private static int laneLeft(int lane) {
        return PAD + lane * LANE_W;
    }

    private static int laneCenter(int lane) {
        return laneLeft(lane) + LANE_W / 2;
    }

    private static int boxLeft(int lane) {
        return laneLeft(lane) + (LANE_W - BOX_W) / 2;
    }

    /** Greedy word wrap into at most {@code lines} lines; what does not fit ends in "…". */
    static List<String> wrap(String text, int width, int lines) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                result.add(truncate(line.toString(), width));
                line.setLength(0);
                if (result.size() == lines) {
                    String last = result.remove(lines - 1);
                    result.add(truncate(last + " " + String.join(" ", List.of(words).subList(w, words.length)),
                            width));
                    return result;
                }
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            result.add(truncate(line.toString(), width));
        }
        return result;
    }

    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 cannot carry. */
    public static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
