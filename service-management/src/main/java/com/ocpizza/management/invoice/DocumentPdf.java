package com.ocpizza.management.invoice;

import static com.ocpizza.management.document.PdfDrawing.box;
import static com.ocpizza.management.document.PdfDrawing.euros;
import static com.ocpizza.management.document.PdfDrawing.percent;
import static com.ocpizza.management.document.PdfDrawing.printable;
import static com.ocpizza.management.document.PdfDrawing.right;
import static com.ocpizza.management.document.PdfDrawing.text;

import com.ocpizza.management.sales.OrderContent.VatAmount;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/** Renders invoices, credit notes and pro-formas as A4 PDF, in French. */
@Component
class DocumentPdf {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth();

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  byte[] render(DocumentContent doc) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      pdf.getDocumentInformation().setTitle(title(doc));
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        draw(out, doc);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw(PDPageContentStream out, DocumentContent doc) throws IOException {
    DocumentContent.Seller seller = doc.seller();
    float y = 800;
    text(out, bold, 16, MARGIN, y, seller.companyName());
    text(out, bold, 16, 330, y, title(doc));
    y -= 16;
    text(out, regular, 9, MARGIN, y, seller.legalForm());
    text(out, regular, 9, 330, y, "Date d'émission : " + DATE.format(doc.issuedAt().atZone(PARIS)));
    y -= 12;
    text(out, regular, 9, MARGIN, y, "Siège : " + seller.headOffice());
    text(out, regular, 9, 330, y, "Date de la vente : " + DATE.format(doc.saleDate()));
    y -= 12;
    text(out, regular, 9, MARGIN, y, "SIREN " + seller.siren() + " - RCS Paris");
    text(out, regular, 9, 330, y, "Référence : " + doc.reference());
    y -= 12;
    text(out, regular, 9, MARGIN, y, "N° TVA intracommunautaire : " + seller.vatNumber());
    if (doc.correctsNumber() != null) {
      text(out, regular, 9, 330, y, "Annule et remplace la facture n° " + doc.correctsNumber());
    }
    y -= 12;
    text(out, regular, 9, MARGIN, y, "Établissement : " + seller.outletName());
    y -= 12;
    text(out, regular, 9, MARGIN, y, seller.outletAddress() + " - SIRET " + seller.siret());

    y -= 30;
    box(out, 330, y - 64, WIDTH - MARGIN - 330, 76);
    text(out, bold, 10, 338, y, "Client");
    text(
        out,
        regular,
        9,
        338,
        y - 14,
        doc.customerName() == null ? "Client au comptoir" : doc.customerName());
    text(
        out,
        regular,
        9,
        338,
        y - 28,
        doc.deliveryAddress() == null ? "Vente à emporter" : "Livraison :");
    if (doc.deliveryAddress() != null) {
      float line = y - 40;
      for (String part : wrap(doc.deliveryAddress(), 9, WIDTH - MARGIN - 346)) {
        text(out, regular, 9, 338, line, part);
        line -= 11;
      }
    }

    y -= 90;
    float[] columns = {MARGIN, 90, 330, 420, 480};
    out.setNonStrokingColor(new Color(230, 230, 230));
    out.addRect(MARGIN, y - 5, WIDTH - 2 * MARGIN, 18);
    out.fill();
    out.setNonStrokingColor(Color.BLACK);
    text(out, bold, 9, columns[0] + 4, y, "Qté");
    text(out, bold, 9, columns[1], y, "Désignation");
    right(out, bold, 9, columns[3] - 10, y, "P.U. HT");
    right(out, bold, 9, columns[4] - 10, y, "TVA");
    right(out, bold, 9, WIDTH - MARGIN - 4, y, "Total HT");
    y -= 18;
    for (DocumentContent.Line line : doc.lines()) {
      text(out, regular, 9, columns[0] + 4, y, Integer.toString(line.quantity()));
      text(out, regular, 9, columns[1], y, line.designation());
      right(out, regular, 9, columns[3] - 10, y, euros(line.unitPriceExclVat()));
      right(out, regular, 9, columns[4] - 10, y, percent(line.vatRate()));
      right(out, regular, 9, WIDTH - MARGIN - 4, y, euros(line.totalExclVat()));
      y -= 14;
    }
    out.moveTo(MARGIN, y + 6);
    out.lineTo(WIDTH - MARGIN, y + 6);
    out.stroke();

    y -= 14;
    float labels = 330;
    right(out, regular, 10, 480, y, "Total HT");
    right(out, regular, 10, WIDTH - MARGIN - 4, y, euros(doc.totalExclVat()));
    for (VatAmount vat : doc.vatByRate()) {
      y -= 14;
      BigDecimal base =
          doc.lines().stream()
              .filter(l -> l.vatRate().compareTo(vat.rate()) == 0)
              .map(DocumentContent.Line::totalExclVat)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      right(out, regular, 10, 480, y, "TVA " + percent(vat.rate()) + " sur " + euros(base));
      right(out, regular, 10, WIDTH - MARGIN - 4, y, euros(vat.amount()));
    }
    y -= 16;
    out.setNonStrokingColor(new Color(230, 230, 230));
    out.addRect(labels, y - 5, WIDTH - MARGIN - labels, 18);
    out.fill();
    out.setNonStrokingColor(Color.BLACK);
    right(out, bold, 11, 480, y, "Total TTC");
    right(out, bold, 11, WIDTH - MARGIN - 4, y, euros(doc.totalInclVat()));

    y -= 36;
    text(
        out,
        regular,
        9,
        MARGIN,
        y,
        "Mode de paiement : " + paymentMethod(doc.paymentMethod()) + paymentState(doc));
    y -= 12;
    if (doc.kind() == DocumentContent.Kind.PRO_FORMA) {
      text(out, bold, 9, MARGIN, y, "Facture pro forma : ce document n'est pas une facture.");
    } else {
      text(
          out,
          regular,
          8,
          MARGIN,
          y,
          "En cas de retard de paiement (clients professionnels) : pénalités au taux de trois fois"
              + " le taux d'intérêt légal");
      text(
          out,
          regular,
          8,
          MARGIN,
          y - 10,
          "et indemnité forfaitaire de 40 € pour frais de recouvrement.");
    }
    text(
        out,
        regular,
        7,
        MARGIN,
        30,
        seller.companyName()
            + ", "
            + seller.legalForm()
            + " - SIREN "
            + seller.siren()
            + " - TVA "
            + seller.vatNumber()
            + " - "
            + seller.headOffice());
  }

  /** At most two lines of the box's width, cut after a comma where possible. */
  private List<String> wrap(String text, float size, float width) throws IOException {
    String clean = printable(text);
    if (regular.getStringWidth(clean) / 1000 * size <= width) {
      return List.of(clean);
    }
    int cut = clean.lastIndexOf(", ");
    while (cut > 0 && regular.getStringWidth(clean.substring(0, cut)) / 1000 * size > width) {
      cut = clean.lastIndexOf(", ", cut - 1);
    }
    if (cut <= 0) {
      cut = clean.length() / 2;
      return List.of(clean.substring(0, cut), clean.substring(cut).trim());
    }
    return List.of(clean.substring(0, cut + 1), clean.substring(cut + 2));
  }

  static String title(DocumentContent doc) {
    return switch (doc.kind()) {
      case INVOICE -> "FACTURE N° " + doc.number();
      case CREDIT_NOTE -> "AVOIR N° " + doc.number();
      case PRO_FORMA -> "FACTURE PRO FORMA";
    };
  }

  private static String paymentState(DocumentContent doc) {
    return doc.kind() == DocumentContent.Kind.INVOICE ? " - acquittée" : "";
  }

  static String paymentMethod(String method) {
    if (method == null) {
      return "à la livraison ou au retrait";
    }
    return switch (method) {
      case "ONLINE_CARD" -> "carte bancaire en ligne";
      case "CASH" -> "espèces";
      case "CARD" -> "carte bancaire";
      case "CHEQUE" -> "chèque";
      case "MEAL_VOUCHER" -> "titre-restaurant";
      default -> method;
    };
  }
}
