package id.kesos.platform;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Turns a figure into a PNG, for those who paste it into a document of their own. */
public final class SvgImages {

    static {
        SvgText.registerFonts();
    }

    private SvgImages() {}

    /** The figure as a PNG, at twice its size so that it stays sharp when printed. */
    public static byte[] png(Svg figure) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) figure.width() * 2);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(figure.toString())), new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IllegalStateException("figure could not be drawn as PNG", e);
        }
        return png.toByteArray();
    }
}
