package id.kesos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void writesNumbersWithAPointAndAtMostTwoDecimals() {
        assertThat(Svg.number(12.0)).isEqualTo("12");
        assertThat(Svg.number(3.14159)).isEqualTo("3.14");
        assertThat(Svg.number(-0.001)).isEqualTo("0");
        assertThat(Svg.number(1_000_000.5)).isEqualTo("1000000.5");
    }

    @Test
    void escapesTextAndAttributesAndDropsControlCharacters() {
        Svg svg = new Svg(100, 50, "Ecomap \"US\" & <keluarga>");
        svg.add(Svg.element("text").attr("x", 1.5).attr("data-name", "a\"b").text("Pak <Budi> & Bu\u0007 Sri"));

        assertThat(svg.toString())
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 100 50\"")
                .contains("<title>Ecomap &quot;US&quot; &amp; &lt;keluarga&gt;</title>")
                .contains("<text x=\"1.5\" data-name=\"a&quot;b\">Pak &lt;Budi&gt; &amp; Bu Sri</text>")
                .endsWith("</svg>");
    }

    @Test
    void shrinksAWideFigureThroughItsViewBox() {
        Svg svg = new Svg(1000, 500, "Lebar");

        assertThat(svg.toString(640)).startsWith(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"320\" viewBox=\"0 0 1000 500\"");
        assertThat(svg.toString(2000)).contains("width=\"1000\" height=\"500\"");
    }

    @Test
    void measuresWiderTextAsWiderAndWrapsAtSpaces() {
        assertThat(SvgText.width("Dinas Sosial Kabupaten", 12, false))
                .isGreaterThan(SvgText.width("Dinas Sosial", 12, false))
                .isLessThan(SvgText.width("Dinas Sosial Kabupaten", 12, true));
        assertThat(SvgText.wrap("Teman asrama yang mendukung klien", 12, 90))
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(SvgText.width(line, 12, false)).isLessThanOrEqualTo(90));
    }

    @Test
    void drawsAFigureAsAPngOfTwiceItsSize() throws IOException {
        Svg svg = new Svg(120, 80, "Uji");
        svg.add(Svg.element("circle").attr("cx", 60.0).attr("cy", 40.0).attr("r", 30.0).attr("fill", "#000"));
        svg.add(Svg.element("text").attr("x", 10.0).attr("y", 75.0).text("Klien é"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SvgImages.png(svg)));

        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(image.getHeight()).isEqualTo(160);
        assertThat(image.getRGB(120, 80) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
}
