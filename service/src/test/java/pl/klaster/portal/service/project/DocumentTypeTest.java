package pl.klaster.portal.service.project;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesEachAllowedTypeByItsContent() throws IOException {
        assertThat(DocumentType.of("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(DocumentType.PDF);
        assertThat(DocumentType.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))).contains(DocumentType.XLSX);
        assertThat(DocumentType.of(zip("mimetype", DocumentType.ODT, "content.xml", "<office:document-content/>"))).contains(DocumentType.ODT);
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThat(DocumentType.of(png.toByteArray())).contains("image/png");
    }

    @Test
    void refusesAFileThatLiesAboutItsType() throws IOException {
        assertThat(DocumentType.of("MZ\u0090\u0000 this is an .exe named report.pdf".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentType.of(zip("payload.sh", "rm -rf /"))).isEmpty();
        assertThat(DocumentType.of(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).isEmpty();
        assertThat(DocumentType.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.of(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2})).isEmpty();
    }

    @Test
    void aDownloadNameKeepsNoPathAndGetsTheRightExtension() {
        assertThat(ProjectService.safeName("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(ProjectService.safeName("C:\\Users\\x\\raport.PDF", DocumentType.PDF)).isEqualTo("raport.PDF");
        assertThat(ProjectService.safeName("umowa\"<>.docx", DocumentType.DOCX)).isEqualTo("umowa___.docx");
        assertThat(ProjectService.safeName("", DocumentType.XLSX)).isEqualTo("document.xlsx");
    }
}
