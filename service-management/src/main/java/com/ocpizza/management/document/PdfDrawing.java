package com.ocpizza.management.document;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * The few drawing moves every generated document makes on a PDFBox page (text aligned left, right
 * or centred, filled boxes, rules) and the French way of writing amounts on them.
 */
public final class PdfDrawing {

  private PdfDrawing() {}

  /** Text starting at (x, y). */
  public static void text(
      PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(printable(s));
    out.endText();
  }

  /** Text ending at x. */
  public static void right(
      PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    text(out, font, size, x - width(font, size, s), y, s);
  }

  /** Text centred on x. */
  public static void centered(
      PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    text(out, font, size, x - width(font, size, s) / 2, y, s);
  }

  /** A filled rectangle whose lower left corner is (x, y). */
  public static void fill(PDPageContentStream out, Color color, float x, float y, float w, float h)
      throws IOException {
    out.setNonStrokingColor(color);
    out.addRect(x, y, w, h);
    out.fill();
    out.setNonStrokingColor(Color.BLACK);
  }

  /** The outline of a rectangle whose lower left corner is (x, y). */
  public static void box(PDPageContentStream out, float x, float y, float w, float h)
      throws IOException {
    out.addRect(x, y, w, h);
    out.stroke();
  }

  /** A thin rule from (x1, y1) to (x2, y2). */
  public static void line(
      PDPageContentStream out, float x1, float y1, float x2, float y2, Color color)
      throws IOException {
    out.setStrokingColor(color);
    out.setLineWidth(0.5f);
    out.moveTo(x1, y1);
    out.lineTo(x2, y2);
    out.stroke();
    out.setStrokingColor(Color.BLACK);
  }

  /** 1234.5 → "1 234,50 €". */
  public static String euros(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(amount.setScale(2, RoundingMode.HALF_UP))
        + " €";
  }

  /** 10.0 → "10 %", 5.5 → "5,5 %". */
  public static String percent(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
  }

  private static float width(PDType1Font font, float size, String s) throws IOException {
    return font.getStringWidth(printable(s)) / 1000 * size;
  }

  /** Keeps what the standard PDF fonts can draw (Latin-1 and €); anything else becomes "?". */
  public static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '\u00a0' || c == '\u202f' || c == '\t' || c == '\n') {
        clean.append(' ');
      } else if (c == '’') {
        clean.append('\'');
      } else if (c == '−') {
        clean.append('-');
      } else if (c < 0x20 || (c > 0xff && c != '€' && c != 'œ' && c != 'Œ' && c != '—')) {
        clean.append('?');
      } else {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
