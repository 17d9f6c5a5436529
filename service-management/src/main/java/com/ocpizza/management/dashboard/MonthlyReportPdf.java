package com.ocpizza.management.dashboard;

import static com.ocpizza.management.document.PdfDrawing.centered;
import static com.ocpizza.management.document.PdfDrawing.euros;
import static com.ocpizza.management.document.PdfDrawing.fill;
import static com.ocpizza.management.document.PdfDrawing.line;
import static com.ocpizza.management.document.PdfDrawing.right;
import static com.ocpizza.management.document.PdfDrawing.text;

import com.ocpizza.management.dashboard.Figures.DayPoint;
import com.ocpizza.management.dashboard.Figures.Kpis;
import com.ocpizza.management.dashboard.Figures.Loss;
import com.ocpizza.management.dashboard.Figures.ProductSales;
import com.ocpizza.management.dashboard.Figures.StageTimes;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Renders the monthly activity report as one A4 page, in French: the month's KPIs beside the
 * previous month's, revenue per day and the best-selling products as bar charts, losses by reason.
 */
@Component
class MonthlyReportPdf {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final Color ACCENT = new Color(178, 34, 34);
  private static final Color LIGHT = new Color(236, 236, 236);
  private static final Color GRID = new Color(200, 200, 200);
  private static final Map<String, String> LOSS_REASONS =
      Map.of(
          "WASTE", "Gaspillage",
          "INVENTORY_SHRINK", "Écarts d'inventaire",
          "INCIDENT", "Incidents de livraison",
          "CANCELLED_AFTER_PREPARATION", "Annulations après préparation");

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  byte[] render(MonthlyReport report) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      pdf.getDocumentInformation().setTitle(title(report));
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        float y = header(out, report);
        y = kpis(out, report, y - 24);
        y = revenueChart(out, report, y - 26);
        y = topProducts(out, report.topProducts(), y - 26);
        losses(out, report.losses(), y - 22);
        text(
            out,
            regular,
            7,
            MARGIN,
            30,
            "Montants en euros. Coût des marchandises et pertes au coût des ingrédients au moment"
                + " du mouvement de stock. Journées d'activité en heure de Paris.");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String title(MonthlyReport report) {
    return "Rapport d'activité - " + monthName(report.month().atDay(1));
  }

  private float header(PDPageContentStream out, MonthlyReport report) throws IOException {
    float y = 800;
    fill(out, ACCENT, MARGIN, y + 18, WIDTH - 2 * MARGIN, 3);
    text(out, bold, 18, MARGIN, y, title(report));
    y -= 18;
    text(out, bold, 11, MARGIN, y, report.pizzeriaName());
    y -= 13;
    text(out, regular, 9, MARGIN, y, report.pizzeriaAddress());
    String state =
        report.complete()
            ? "Mois clos"
            : "Mois en cours : chiffres provisoires au "
                + DATE_TIME.format(report.generatedAt().atZone(PARIS));
    right(out, regular, 9, WIDTH - MARGIN, y, state);
    y -= 13;
    text(
        out,
        regular,
        9,
        MARGIN,
        y,
        "Comparaison avec " + monthName(report.month().minusMonths(1).atDay(1)));
    right(
        out,
        regular,
        9,
        WIDTH - MARGIN,
        y,
        "Édité le " + DATE_TIME.format(report.generatedAt().atZone(PARIS)));
    return y;
  }

  private float kpis(PDPageContentStream out, MonthlyReport report, float y) throws IOException {
    Kpis now = report.current();
    Kpis before = report.previous();
    float[] right = {360, 450, WIDTH - MARGIN - 4};
    section(out, "Indicateurs du mois", y);
    y -= 20;
    fill(out, LIGHT, MARGIN, y - 5, WIDTH - 2 * MARGIN, 16);
    text(out, bold, 9, MARGIN + 4, y, "Indicateur");
    right(out, bold, 9, right[0], y, monthShort(report.month().atDay(1)));
    right(out, bold, 9, right[1], y, monthShort(report.month().minusMonths(1).atDay(1)));
    right(out, bold, 9, right[2], y, "Évolution");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        row(
            "Commandes",
            Long.toString(now.orders()),
            Long.toString(before.orders()),
            change(BigDecimal.valueOf(now.orders()), BigDecimal.valueOf(before.orders()))));
    rows.add(money("Chiffre d'affaires HT", now, before, Kpis::revenueExclVat));
    rows.add(money("TVA collectée", now, before, Kpis::vat));
    rows.add(money("Chiffre d'affaires TTC", now, before, Kpis::revenueInclVat));
    rows.add(money("Coût des marchandises", now, before, Kpis::costOfGoods));
    rows.add(money("Marge brute", now, before, Kpis::grossMargin));
    rows.add(
        row(
            "Taux de marge brute",
            rate(now.marginRate()),
            rate(before.marginRate()),
            points(now.marginRate(), before.marginRate())));
    rows.add(money("Pertes (au coût)", now, before, Kpis::losses));
    rows.add(money("Panier moyen TTC", now, before, Kpis::averageBasketInclVat));
    for (StageTimes stage : now.times()) {
      StageTimes previous =
          before.times().stream()
              .filter(t -> t.stage().equals(stage.stage()))
              .findFirst()
              .orElse(null);
      rows.add(
          row(
              stageName(stage.stage()) + " (médiane / 90 %)",
              minutes(stage),
              previous == null ? "-" : minutes(previous),
              ""));
    }
    for (String[] row : rows) {
      y -= 14;
      text(out, regular, 9, MARGIN + 4, y, row[0]);
      right(out, regular, 9, right[0], y, row[1]);
      right(out, regular, 9, right[1], y, row[2]);
      right(out, bold, 9, right[2], y, row[3]);
    }
    line(out, MARGIN, y - 5, WIDTH - MARGIN, y - 5, GRID);
    return y - 5;
  }

  private float revenueChart(PDPageContentStream out, MonthlyReport report, float y)
      throws IOException {
    section(out, "Chiffre d'affaires HT par jour", y);
    float top = y - 14;
    float bottom = top - 140;
    float left = MARGIN + 44;
    float width = WIDTH - MARGIN - left;
    LocalDate first = report.month().atDay(1);
    int days = report.month().lengthOfMonth();
    Map<Integer, BigDecimal> byDay = new TreeMap<>();
    for (DayPoint point : report.days()) {
      byDay.put(point.date().getDayOfMonth(), point.revenueExclVat());
    }
    BigDecimal max = byDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    double scale = niceCeiling(max.doubleValue());
    for (int i = 0; i <= 5; i++) {
      float gy = bottom + (top - bottom) * i / 5;
      line(out, left, gy, left + width, gy, GRID);
      right(out, regular, 7, left - 4, gy - 2, whole(scale * i / 5));
    }
    float slot = width / days;
    for (int day = 1; day <= days; day++) {
      BigDecimal value = byDay.getOrDefault(day, BigDecimal.ZERO);
      float x = left + slot * (day - 1);
      if (value.signum() > 0) {
        float h = (float) (value.doubleValue() / scale * (top - bottom));
        fill(out, ACCENT, x + slot * 0.15f, bottom, slot * 0.7f, h);
      }
      if (day == 1 || day % 5 == 0) {
        centered(out, regular, 7, x + slot / 2, bottom - 10, Integer.toString(day));
      }
    }
    line(out, left, bottom, left + width, bottom, Color.BLACK);
    text(
        out,
        regular,
        7,
        MARGIN,
        bottom - 22,
        "Jours de " + monthName(first) + " ; échelle en euros HT.");
    return bottom - 22;
  }

  private float topProducts(PDPageContentStream out, List<ProductSales> products, float y)
      throws IOException {
    section(out, "Produits les plus vendus", y);
    y -= 8;
    if (products.isEmpty()) {
      text(out, regular, 9, MARGIN, y - 14, "Aucune vente ce mois-ci.");
      return y - 14;
    }
    float barLeft = 200;
    float barMax = 230;
    long max = products.stream().mapToLong(ProductSales::quantity).max().orElse(1);
    for (ProductSales product : products) {
      y -= 17;
      text(out, regular, 9, MARGIN, y, product.productName());
      float w = Math.max(1, barMax * product.quantity() / (float) max);
      fill(out, ACCENT, barLeft, y - 3, w, 11);
      text(out, bold, 9, barLeft + w + 4, y, Long.toString(product.quantity()));
      right(out, regular, 9, WIDTH - MARGIN, y, euros(product.revenueExclVat()) + " HT");
    }
    return y - 4;
  }

  private void losses(PDPageContentStream out, List<Loss> losses, float y) throws IOException {
    section(out, "Pertes par motif", y);
    if (losses.isEmpty()) {
      text(out, regular, 9, MARGIN, y - 16, "Aucune perte enregistrée.");
      return;
    }
    for (Loss loss : losses) {
      y -= 14;
      text(out, regular, 9, MARGIN + 4, y, LOSS_REASONS.getOrDefault(loss.reason(), loss.reason()));
      right(out, regular, 9, 360, y, euros(loss.amount()));
    }
  }

  private void section(PDPageContentStream out, String title, float y) throws IOException {
    text(out, bold, 12, MARGIN, y, title);
    line(out, MARGIN, y - 4, WIDTH - MARGIN, y - 4, ACCENT);
  }

  private static String[] row(String label, String now, String before, String change) {
    return new String[] {label, now, before, change};
  }

  private static String[] money(
      String label, Kpis now, Kpis before, Function<Kpis, BigDecimal> figure) {
    BigDecimal a = figure.apply(now);
    BigDecimal b = figure.apply(before);
    return row(label, euros(a), euros(b), change(a, b));
  }

  /** Relative change in percent, signed; "-" when there is nothing to compare with. */
  static String change(BigDecimal now, BigDecimal before) {
    if (before.signum() == 0) {
      return "-";
    }
    BigDecimal percent =
        now.subtract(before)
            .multiply(BigDecimal.valueOf(100))
            .divide(before.abs(), 1, RoundingMode.HALF_UP);
    return (percent.signum() > 0 ? "+" : "") + decimal(percent) + " %";
  }

  private static String points(BigDecimal now, BigDecimal before) {
    if (now == null || before == null) {
      return "-";
    }
    BigDecimal diff = now.subtract(before);
    return (diff.signum() > 0 ? "+" : "") + decimal(diff) + " pt";
  }

  private static String rate(BigDecimal rate) {
    return rate == null ? "-" : decimal(rate) + " %";
  }

  private static String minutes(StageTimes stage) {
    return stage.p50Minutes() == null
        ? "-"
        : stage.p50Minutes() + " / " + stage.p90Minutes() + " min";
  }

  private static String stageName(String stage) {
    return switch (stage) {
      case "WAITING" -> "Attente avant préparation";
      case "PREPARATION" -> "Préparation";
      case "DELIVERY" -> "Livraison";
      default -> stage;
    };
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', ',').replace("-", "−");
  }

  private static String whole(double amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
    symbols.setGroupingSeparator(' ');
    return new DecimalFormat("#,##0", symbols).format(amount);
  }

  /** The smallest 1, 2 or 5 × 10ⁿ at or above the value, so the axis reads in round figures. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 100;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String monthName(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + day.getYear();
  }

  private static String monthShort(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.FRANCE) + " " + day.getYear();
  }
}
