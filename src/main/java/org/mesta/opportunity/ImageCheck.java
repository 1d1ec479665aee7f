package org.mesta.opportunity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.mesta.base.UserError;

/**
 * Uploaded pictures are trusted for nothing: the bytes must decode as an image (whatever the file name or
 * declared type says), be within size limits, and are redrawn into a fresh JPEG at most 1600 pixels wide,
 * which also drops camera metadata such as where a photo was taken.
 */
public final class ImageCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MIN_SIDE = 200;
    static final int MAX_SIDE = 10_000;
    static final int TARGET_SIDE = 1600;

    public record Checked(byte[] jpeg, int width, int height) {}

    private ImageCheck() {}

    public static Checked check(byte[] upload) {
        if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
            throw new UserError("opportunity.error.image-size", MAX_BYTES / (1024 * 1024));
        }
        BufferedImage source = decode(upload);
        int w = source.getWidth(), h = source.getHeight();
        double scale = Math.min(1.0, (double) TARGET_SIDE / Math.max(w, h));
        int tw = (int) Math.round(w * scale), th = (int) Math.round(h * scale);
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, tw, th);
        g.drawImage(source, 0, 0, tw, th, null);
        g.dispose();
        return new Checked(jpeg(target), tw, th);
    }

    /**
     * Dimensions are read from the header and checked before any pixel is decoded: a small file that declares
     * 50,000 × 50,000 pixels (a decompression bomb) is refused without allocating its bitmap.
     */
    static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new UserError("opportunity.error.image-type");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (Math.max(w, h) > MAX_SIDE) throw new UserError("limits.image.too-large", MAX_SIDE);
                if (Math.min(w, h) < MIN_SIDE) throw new UserError("opportunity.error.image-dimensions", MIN_SIDE);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) throw u;
            throw new UserError("opportunity.error.image-type");
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
