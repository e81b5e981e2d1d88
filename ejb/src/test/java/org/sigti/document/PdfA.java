package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * The PDF/A-2b checks no validator on our mirror does for us, read back with PDFBox: every font embedded, the XMP
 * metadata naming part 2 conformance B, an sRGB output intent with its profile, a document ID, and no transparency
 * (no soft masks, no constant alpha below 1, no blend modes).
 */
public final class PdfA {

    private PdfA() {
    }

    public static void assertPdfA2b(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertNotNull(metadata, "XMP metadata");
            DomXmpParser parser = new DomXmpParser();
            XMPMetadata xmp = parser.parse(metadata.toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertNotNull(id, "pdfaid schema");
            assertEquals(2, id.getPart(), "pdfaid:part");
            assertEquals("B", id.getConformance(), "pdfaid:conformance");
            assertEquals(document.getDocumentInformation().getTitle(),
                    xmp.getDublinCoreSchema().getTitle(), "dc:title equals the information dictionary's");

            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size(), "one output intent");
            assertEquals(PdfSheet.OUTPUT_CONDITION, intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile");

            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertTrue(ids != null && ids.size() == 2, "document ID");

            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                check(page.getResources(), notEmbedded);
            }
            assertEquals(List.of(), notEmbedded, "fonts not embedded or transparency");
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static void check(PDResources resources, List<String> problems) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                problems.add("font " + font.getName());
            }
        }
        for (COSName name : resources.getExtGStateNames()) {
            PDExtendedGraphicsState state = resources.getExtGState(name);
            Float alpha = state.getNonStrokingAlphaConstant();
            Float strokingAlpha = state.getStrokingAlphaConstant();
            if ((alpha != null && alpha < 1) || (strokingAlpha != null && strokingAlpha < 1)
                    || state.getCOSObject().containsKey(COSName.SMASK)) {
                problems.add("transparent graphics state " + name.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                if (image.getCOSObject().containsKey(COSName.SMASK)) {
                    problems.add("image with a soft mask " + name.getName());
                }
            }
        }
    }

    /** A PNG logo, with or without an alpha channel. */
    public static byte[] png(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 60, 140, alpha ? 128 : 255));
        g.fillOval(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
