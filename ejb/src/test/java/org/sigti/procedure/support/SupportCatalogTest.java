package org.sigti.procedure.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.catalog.CatalogEntry;
import org.sigti.workflow.catalog.FlowDiagram;
import org.sigti.workflow.catalog.ProcedureCatalog;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The six support procedures SIGTI runs are procedures of the catalog, and each draws as a diagram. */
class SupportCatalogTest {

    private static final List<ProcedureDefinition> RUNNABLE = List.of(UgatAitPr01.FLOW, UgatAitPr02.FLOW,
            UgatAitPr03.FLOW, SepremDi0081.FLOW, S04030402.FLOW, S04030105.FLOW);

    @Test
    void every_runnable_procedure_is_in_the_catalog_with_its_institution() {
        for (ProcedureDefinition flow : RUNNABLE) {
            CatalogEntry entry = ProcedureCatalog.find(flow.code())
                    .orElseThrow(() -> new AssertionError(flow.code() + " is not in the catalog"));
            assertEquals(entry.institution(), flow.institution(), flow::code);
        }
    }

    @Test
    void every_runnable_procedure_draws_a_box_per_step_and_an_arrow_per_target() throws Exception {
        FlowDiagram diagram = new FlowDiagram(Locale.forLanguageTag("es"), new FlowDiagram.Labels(
                who -> who.role() + " " + who.queue(), "FIN", code -> "procedure.xhtml?procedure=" + code));
        for (ProcedureDefinition flow : RUNNABLE) {
            // when
            Document doc = parse(diagram.svg(flow));
            // then
            long targets = flow.steps().stream().flatMap(s -> s.outcomes().stream())
                    .mapToLong(o -> o.targets().size()).sum();
            assertEquals(flow.steps().size(), count(doc, "g", "step"), flow::code);
            assertEquals(targets, count(doc, "path", "arrow"), flow::code);
        }
        assertTrue(diagram.svg(UgatAitPr02.FLOW).contains(">3.A.1<"), "PR02 shows the manual's numbering");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static long count(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        long n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (List.of(((Element) nodes.item(i)).getAttribute("class").split(" ")).contains(cls)) {
                n++;
            }
        }
        return n;
    }
}
