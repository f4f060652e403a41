package pl.klaster.portal.service.member;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises an uploaded image from its content, not its name or the browser's claim: PNG, JPEG or GIF, by the
 * file's signature, its header and by decoding it. Anything else (including a file that only starts like an image)
 * is none.
 * <p>
 * The size in pixels is read from the header before anything is decoded: a small file can describe a huge picture
 * (issue 24, finding 14: a 550 KB PNG of 12,000 × 12,000 pixels took 3–4 s of CPU and about 600 MB of heap to
 * decode), so a picture of more than {@value #MAX_PIXELS} pixels is never decoded.
 */
public final class ImageType {

    /** The most pixels an image may have to be decoded at all (a 6,000 × 4,000 photograph has 24 million). */
    public static final long MAX_PIXELS = 25_000_000L;

    private static final Map<String, String> FORMATS = Map.of("png", "image/png", "jpeg", "image/jpeg", "gif", "image/gif");

    /** What an image's header says: its MIME type and size, nothing decoded. */
    public record Header(String type, int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private ImageType() {
    }

    /** The MIME type of the image, or empty when the bytes are not a PNG, JPEG or GIF image of at most MAX_PIXELS. */
    public static Optional<String> of(byte[] data) {
        return header(data).filter(h -> h.pixels() <= MAX_PIXELS).filter(h -> decodes(data)).map(Header::type);
    }

    /**
     * The type and size the image's header gives, when the signature is of a PNG, JPEG or GIF and the header of
     * that format can be read; nothing is decoded.
     */
    public static Optional<Header> header(byte[] data) {
        Optional<String> signed = signature(data);
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = FORMATS.get(reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
                if (!signed.get().equals(format)) {
                    return Optional.empty();
                }
                return Optional.of(new Header(format, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean decodes(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> signature(byte[] data) {
        if (data == null || data.length < 8) {
            return Optional.empty();
        }
        if ((data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Optional.of("image/png");
        } else if ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        } else if (data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8') {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }
}
