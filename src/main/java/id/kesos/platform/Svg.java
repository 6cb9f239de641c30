package id.kesos.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A figure drawn on the server as SVG text (an ecomap, a genogram, a chart). The same text goes
 * into a page, into a paper through {@link PdfRenderer}, and into a PNG through {@link SvgImages}.
 * Styles are written as presentation attributes, never as a {@code <style>} element: a figure
 * inlined into a page must not restyle the page, and Batik reads attributes the way browsers do.
 */
public final class Svg {

    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final double width;
    private final double height;
    private final String title;
    private final List<Element> defs = new ArrayList<>();
    private final List<Element> body = new ArrayList<>();

    /**
     * @param width  the figure's width in CSS pixels (also its view box)
     * @param height the figure's height
     * @param title  what the figure shows, read out by screen readers
     */
    public Svg(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    /** Adds a reusable definition: an arrow head, a hatching pattern. */
    public Svg define(Element element) {
        defs.add(element);
        return this;
    }

    public Svg add(Element element) {
        body.add(element);
        return this;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The whole figure as an SVG document fragment, starting with its {@code <svg>} element. */
    @Override
    public String toString() {
        return toString(width);
    }

    /**
     * The figure shrunk, when wider, to the width (a paper's text column), its drawing scaled
     * through the view box.
     */
    public String toString(double maxWidth) {
        double scale = Math.min(1, maxWidth / width);
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"").append(NAMESPACE).append("\" width=\"").append(number(width * scale))
                .append("\" height=\"").append(number(height * scale)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height)).append("\" role=\"img\" font-family=\"")
                .append(SvgText.FONT_FAMILY).append(", serif\">");
        element("title").text(title).write(out);
        if (!defs.isEmpty()) {
            Element container = element("defs");
            defs.forEach(container::add);
            container.write(out);
        }
        body.forEach(element -> element.write(out));
        return out.append("</svg>").toString();
    }

    public static Element element(String name) {
        return new Element(name);
    }

    /** A number as SVG writes it: at most two decimals, a point as separator, never an exponent. */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.indexOf('.') < 0 ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    /** One element with its attributes, text and children; text and attribute values are escaped. */
    public static final class Element {

        private final String name;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Element> children = new ArrayList<>();
        private String text;

        private Element(String name) {
            this.name = name;
        }

        /**
         * Sets an attribute, replacing an earlier value; a number is written with {@link #number},
         * a null value is left out.
         */
        public Element attr(String attribute, Object value) {
            if (value != null) {
                attributes.put(attribute, value instanceof Double || value instanceof Float
                        ? number(((Number) value).doubleValue()) : value.toString());
            }
            return this;
        }

        public Element text(String content) {
            this.text = content;
            return this;
        }

        public Element add(Element child) {
            children.add(child);
            return this;
        }

        void write(StringBuilder out) {
            out.append('<').append(name);
            attributes.forEach((attribute, value) -> out.append(' ').append(attribute).append("=\"")
                    .append(escape(value)).append('"'));
            if (text == null && children.isEmpty()) {
                out.append("/>");
                return;
            }
            out.append('>');
            if (text != null) {
                out.append(escape(text));
            }
            children.forEach(child -> child.write(out));
            out.append("</").append(name).append('>');
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            write(out);
            return out.toString();
        }
    }

    /** A rectangle on the figure, for placing labels where no other label is. */
    public record Box(double x, double y, double width, double height) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }
    }

    /** The value escaped for XML, without the characters XML 1.0 cannot hold (a figure must stay valid). */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1))) {
                            out.append(c).append(value.charAt(++i));
                        }
                    } else if ((c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
