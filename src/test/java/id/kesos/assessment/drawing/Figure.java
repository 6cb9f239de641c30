package id.kesos.assessment.drawing;

import id.kesos.platform.Svg;
import java.awt.geom.Path2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A drawn figure read back with the JDK's XML parser, for tests of its structure. */
final class Figure {

    private final Document document;

    Figure(Svg svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the figure is not well-formed XML", e);
        }
    }

    /** Elements whose class attribute holds the class. */
    List<Element> withClass(String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    List<Element> within(Element parent, String cssClass) {
        return withClass(cssClass).stream().filter(e -> isInside(e, parent)).toList();
    }

    Element person(String key) {
        return withClass("person").stream().filter(e -> e.getAttribute("data-person").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + key));
    }

    Optional<Element> relation(String a, String b) {
        return withClass("relation").stream().filter(e -> e.getAttribute("data-a").equals(a)
                && e.getAttribute("data-b").equals(b)).findFirst();
    }

    Element childLine(String child) {
        return withClass("child-line").stream().filter(e -> e.getAttribute("data-child").equals(child)).findFirst()
                .orElseThrow(() -> new AssertionError("no child line to " + child));
    }

    /** The bounding box of the person's symbol (square, circle or diamond). */
    Svg.Box symbol(String key) {
        Element symbol = within(person(key), "symbol").get(0);
        return switch (symbol.getLocalName()) {
            case "rect" -> box(symbol);
            case "circle" -> {
                double r = number(symbol, "r");
                yield new Svg.Box(number(symbol, "cx") - r, number(symbol, "cy") - r, 2 * r, 2 * r);
            }
            default -> {
                double[] xy = Arrays.stream(symbol.getAttribute("points").split("[ ,]")).mapToDouble(Double::parseDouble).toArray();
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (int i = 0; i < xy.length; i += 2) {
                    minX = Math.min(minX, xy[i]);
                    maxX = Math.max(maxX, xy[i]);
                    minY = Math.min(minY, xy[i + 1]);
                    maxY = Math.max(maxY, xy[i + 1]);
                }
                yield new Svg.Box(minX, minY, maxX - minX, maxY - minY);
            }
        };
    }

    double centreX(String key) {
        Svg.Box box = symbol(key);
        return box.x() + box.width() / 2;
    }

    List<Svg.Box> labelBoxes() {
        return withClass("label-box").stream().map(Figure::box).toList();
    }

    /** The household outline as a shape that tells which points it encloses. */
    Path2D household() {
        List<Element> outlines = withClass("household");
        if (outlines.size() != 1) {
            throw new AssertionError("expected one household outline, found " + outlines.size());
        }
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        String[] tokens = outlines.get(0).getAttribute("d").trim().split("\\s+|(?=[MLZ])|(?<=[MLZ])");
        List<String> parts = Arrays.stream(tokens).filter(t -> !t.isBlank()).toList();
        for (int i = 0; i < parts.size(); i++) {
            switch (parts.get(i)) {
                case "M" -> path.moveTo(Double.parseDouble(parts.get(++i)), Double.parseDouble(parts.get(++i)));
                case "L" -> path.lineTo(Double.parseDouble(parts.get(++i)), Double.parseDouble(parts.get(++i)));
                case "Z" -> path.closePath();
                default -> throw new AssertionError("unexpected path token " + parts.get(i));
            }
        }
        return path;
    }

    static Svg.Box box(Element rect) {
        return new Svg.Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"));
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static boolean isInside(Element element, Element parent) {
        for (org.w3c.dom.Node node = element.getParentNode(); node != null; node = node.getParentNode()) {
            if (node == parent) {
                return true;
            }
        }
        return false;
    }
}
