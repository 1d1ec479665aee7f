package org.mesta.badge;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.mesta.base.UserError;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A picture uploaded for a badge: PNG, JPEG or SVG, recognised by content (not by name), size and dimensions
 * checked before anything is decoded (no decompression bombs). SVGs are sanitised (scripts, event handlers,
 * foreign objects, external references, entities removed or refused) and then drawn, so what goes into a badge
 * is always a plain PNG of at most 512 × 512.
 */
public final class BadgeImageCheck {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 4096;
    static final int STORED_SIDE = 512;

    /** SVG elements kept; everything else (script, foreignObject, image, animate, style…) is removed. */
    private static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "path",
            "circle",
            "ellipse",
            "rect",
            "line",
            "polyline",
            "polygon",
            "defs",
            "lineargradient",
            "radialgradient",
            "stop",
            "title",
            "desc",
            "clippath",
            "use",
            "symbol",
            "text",
            "tspan");

    private BadgeImageCheck() {}

    /** The picture as PNG bytes ready to place on a badge, or a UserError saying what is wrong with it. */
    public static byte[] check(byte[] upload) {
        if (upload == null || upload.length == 0) throw new UserError("badge.error.image-type");
        if (upload.length > MAX_BYTES) throw new UserError("badge.error.image-size", MAX_BYTES / 1024 / 1024);
        if (Bytes.isPng(upload) || Bytes.isJpeg(upload)) {
            return raster(upload);
        }
        if (Bytes.looksLikeSvg(upload)) {
            String clean = sanitiseSvg(new String(upload, StandardCharsets.UTF_8));
            try {
                return BadgePng.render(clean, STORED_SIDE);
            } catch (RuntimeException e) {
                throw new UserError("badge.error.image-svg");
            }
        }
        throw new UserError("badge.error.image-type");
    }

    private static byte[] raster(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new UserError("badge.error.image-type");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Dimensions come from the header: a tiny file claiming 50,000 × 50,000 is refused undecoded.
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || w < 16 || h < 16) {
                    throw new UserError("badge.error.image-dimensions", 16, MAX_SIDE);
                }
                BufferedImage image = reader.read(0);
                return toPng(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) throw u;
            throw new UserError("badge.error.image-type");
        }
    }

    /** Scaled to fit 512 × 512 and written again as PNG: no metadata, no surprises. */
    private static byte[] toPng(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) STORED_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale)),
                h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * Keeps only drawing: listed elements, no event handlers, no links except to fragments in the same file,
     * no CSS that could reach out. A DOCTYPE (entities, external DTDs) is refused outright.
     */
    static String sanitiseSvg(String svg) {
        if (svg.contains("<!DOCTYPE") || svg.contains("<!ENTITY")) throw new UserError("badge.error.image-svg");
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new UserError("badge.error.image-svg");
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) throw new UserError("badge.error.image-svg");
        clean(root);
        try {
            var t = TransformerFactory.newInstance();
            t.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            t.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = t.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new UserError("badge.error.image-svg");
        }
    }

    private static void clean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            boolean link = name.equals("href") || name.equals("src") || name.equals("xlink:href");
            boolean reachesOut =
                    value.contains("url(") && !value.replaceAll("\\s", "").matches(".*url\\(#[^)]*\\).*")
                            || value.contains("javascript:")
                            || value.contains("expression(")
                            || value.contains("@import");
            if (name.startsWith("on") || (link && !value.startsWith("#")) || reachesOut) {
                drop.add(a);
            }
        }
        drop.forEach(element::removeAttributeNode);
        NodeList children = element.getChildNodes();
        List<Node> remove = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                String local = child.getLocalName() == null ? child.getNodeName() : child.getLocalName();
                if (!ELEMENTS.contains(local.toLowerCase(Locale.ROOT))) remove.add(child);
                else clean((Element) child);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || child.getNodeType() == Node.COMMENT_NODE) {
                remove.add(child);
            }
        }
        remove.forEach(element::removeChild);
    }
}
