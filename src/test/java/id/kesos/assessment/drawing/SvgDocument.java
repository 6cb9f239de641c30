package id.kesos.assessment.drawing;

import id.kesos.platform.Svg;
import id.kesos.platform.Svg.Box;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A drawn figure parsed back, for tests that check its structure. */
record SvgDocument(Document document) {

    static SvgDocument of(Svg svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new SvgDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG", e);
        }
    }

    /** The elements with this tag name carrying this class among their classes, in document order. */
    List<Element> all(String tag, String className) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (className == null || List.of(element.getAttribute("class").split(" ")).contains(className)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static Box box(Element rect) {
        return new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"));
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    double width() {
        return number(document.getDocumentElement(), "width");
    }

    double height() {
        return number(document.getDocumentElement(), "height");
    }
}
