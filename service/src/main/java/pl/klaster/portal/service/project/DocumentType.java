package pl.klaster.portal.service.project;

import pl.klaster.portal.service.member.ImageType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a project document from its content (never from its name): PDF by its header; DOCX and XLSX as
 * Office Open XML packages (a ZIP with [Content_Types].xml and the main part of a document or a workbook); ODT
 * as an OpenDocument text (a ZIP whose "mimetype" entry says so); PNG and JPEG as decodable images.
 */
public final class DocumentType {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    private DocumentType() {
    }

    public static Optional<String> of(byte[] data) {
        if (data == null || data.length < 8) {
            return Optional.empty();
        }
        if (data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F' && data[4] == '-') {
            return Optional.of(PDF);
        }
        if (data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            return zipType(data);
        }
        return ImageType.of(data).filter(t -> !t.equals("image/gif"));
    }

    /** The usual file extension of a recognised type, to name a download. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> "pdf";
            case DOCX -> "docx";
            case XLSX -> "xlsx";
            case ODT -> "odt";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "bin";
        };
    }

    private static Optional<String> zipType(byte[] data) {
        boolean contentTypes = false;
        boolean word = false;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < 5000; entry = zip.getNextEntry(), entries++) {
                String name = entry.getName();
                if (entries == 0 && "mimetype".equals(name)) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return ODT.equals(mime) ? Optional.of(ODT) : Optional.empty();
                }
                contentTypes |= "[Content_Types].xml".equals(name);
                word |= "word/document.xml".equals(name);
                workbook |= "xl/workbook.xml".equals(name);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes && word) {
            return Optional.of(DOCX);
        }
        if (contentTypes && workbook) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
