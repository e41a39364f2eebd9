package curio.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). People's words are data: a cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * {@code '}, and every cell with a comma, quote or line break is quoted.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(Object... cells) {
        out.append(List.of(cells).stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(Object value) {
        String text = value instanceof Double d ? number(d) : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** A ratio as JavaScript's {@code String(x)} writes it: 0, 0.5, 1. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
