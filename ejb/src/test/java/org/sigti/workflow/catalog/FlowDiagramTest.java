package org.sigti.workflow.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG of a flow: a well-formed document with a box per step, an arrow per target, and every text escaped. */
class FlowDiagramTest {

    static final FlowDiagram.Labels LABELS = new FlowDiagram.Labels(
            who -> who.isRequester() ? "Solicitante" : who.role() + " · " + who.queue(), "FIN",
            code -> "/sigti/procedure.xhtml?procedure=" + code + "&from=diagram");

    /** Every kind of way out: →, ◆, ↺, ⇒, ∥, END, and a title a careless writer would break the XML with. */
    static final ProcedureDefinition SAMPLE = ProcedureDefinition.builder("X-<1>", "Test & Co",
            Text.of("Prueba \"completa\"", "Full test"))
            .step("1", Text.of("Pedir <&> algo", "Ask <&> something")).byRequester().next("2")
            .step("2", Text.of("Revisar", "Review")).by(Roles.OPERADOR, "AIT")
                .decide("ok", Text.of("Cumple <requisitos>", "Meets"), "3")
                .decide("otro", Text.of("Lo ve otro equipo", "Other team"), "4")
                .jump("fuera", Text.of("Es de 'otro' procedimiento", "Elsewhere"), "Y-2", "1")
                .end("rechazar", Text.of("Rechazar", "Reject"), "RETURNED").then()
            .step("3", Text.of("Atender", "Handle")).by(Roles.TECNICO, "UIT")
                .fork("ambos", Text.of("En paralelo", "Both"), "4", "5").then()
            .step("4", Text.of("Revisar la solución con un título muy largo que no cabe en tres líneas de la caja"
                    + " del diagrama de ninguna manera", "Review")).by(Roles.RESPONSABLE, "AIT")
                .loop("devolver", Text.of("Devolver", "Return"), "2")
                .decide("bien", Text.of("Bien", "Fine"), "5").then()
            .step("5", Text.of("Cerrar", "Close")).by(Roles.RESPONSABLE, "AIT").join()
                .end("cerrar", Text.of("Cerrar", "Close"), "SOLVED").then()
            .build();

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> withClass(Document doc, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    static long targets(ProcedureDefinition definition) {
        return definition.steps().stream().flatMap(s -> s.outcomes().stream()).mapToLong(o -> o.targets().size())
                .sum();
    }

    @Test
    void the_diagram_is_a_well_formed_svg_with_a_box_per_step_and_an_arrow_per_target() throws Exception {
        // given a flow with every kind of way out
        // when it is drawn
        Document doc = parse(new FlowDiagram(Locale.forLanguageTag("es"), LABELS).svg(SAMPLE));
        // then
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> boxes = withClass(doc, "g", "step").stream().map(g -> g.getAttribute("data-step")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), boxes);
        assertEquals(targets(SAMPLE), withClass(doc, "path", "arrow").size());
        assertEquals(1, withClass(doc, "path", "loop").size());
        assertEquals(1, withClass(doc, "path", "jump").size());
        assertEquals(3, withClass(doc, "path", "decision").size(), "2 → 3, 2 → 4, 4 → 5");
        assertEquals(3, withClass(doc, "path", "next").size(), "1 → 2, 3 ∥ 4 and 5");
        assertEquals(2, withClass(doc, "g", "end").size());
        assertEquals(2, withClass(doc, "path", "end-link").size());
        assertEquals(4, withClass(doc, "g", "lane").size(), "Solicitante, Operador AIT, Técnico UIT, Responsable AIT");
    }

    @Test
    void the_lanes_are_one_per_responsible_and_the_jump_links_to_the_other_procedure() throws Exception {
        Document doc = parse(new FlowDiagram(Locale.forLanguageTag("es"), LABELS).svg(SAMPLE));
        List<String> lanes = withClass(doc, "g", "lane").stream().map(Element::getTextContent).toList();
        assertTrue(lanes.containsAll(List.of("Solicitante", "Operador · AIT", "Tecnico · UIT")), lanes::toString);
        Element jump = withClass(doc, "g", "jump-node").get(0);
        assertEquals("Y-2", jump.getAttribute("data-procedure"));
        Element link = (Element) jump.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a").item(0);
        assertEquals("/sigti/procedure.xhtml?procedure=Y-2&from=diagram", link.getAttribute("href"));
        assertTrue(jump.getTextContent().contains("⇒ Y-2 · 1"), jump::getTextContent);
    }

    @Test
    void every_text_is_escaped() throws Exception {
        String svg = new FlowDiagram(Locale.forLanguageTag("es"), LABELS).svg(SAMPLE);
        assertFalse(svg.contains("<&>"), "raw markup in the SVG text");
        Document doc = parse(svg);
        Element first = withClass(doc, "g", "step").get(0);
        assertTrue(first.getTextContent().contains("Pedir <&> algo"), first::getTextContent);
        assertTrue(doc.getDocumentElement().getTextContent().contains("X-<1> — Prueba \"completa\""));
        assertTrue(doc.getDocumentElement().getTextContent().contains("Cumple <requisitos>"));
    }

    @Test
    void english_screens_get_the_english_titles() throws Exception {
        Document doc = parse(new FlowDiagram(Locale.ENGLISH, LABELS).svg(SAMPLE));
        assertTrue(withClass(doc, "g", "step").get(0).getTextContent().contains("Ask <&> something"));
    }

    @Test
    void long_titles_are_wrapped_and_cut_and_unsafe_characters_dropped() {
        List<String> lines = FlowDiagram.wrap("Revisar la solución con un título muy largo que no cabe en tres"
                + " líneas de la caja del diagrama de ninguna manera", 28, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 28), lines::toString);
        assertTrue(lines.get(2).endsWith("…"), lines::toString);
        assertEquals(List.of("Corto"), FlowDiagram.wrap("Corto", 28, 3));
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", FlowDiagram.xml("a<b>&\"'\u0001c"));
    }
}
