package ma.cybercaravane.reports.ui;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/**
 * Numbers, percentages and dates in the page's language, with Moroccan conventions (Latin digits in Arabic too, as
 * Morocco writes them). The same locale is given to the charts so that they agree with the tables.
 */
final class Formats {

    final Language language;
    final Locale locale;
    private final NumberFormat integer;
    private final NumberFormat percent;

    Formats(Language language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.code() + "-MA");
        this.integer = NumberFormat.getIntegerInstance(locale);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
    }

    String number(long n) {
        return integer.format(n);
    }

    /** A proportion as a percentage, or a dash when there is nothing to divide. */
    String percent(Double p) {
        return p == null ? "–" : percent.format(p);
    }

    /** A difference of proportions in percentage points, signed. */
    String points(Double p) {
        if (p == null) return "–";
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        String value = f.format(Math.abs(p * 100));
        return Messages.get().format(p < 0 ? "reports.points.minus" : "reports.points.plus", language, value);
    }

    String month(YearMonth month) {
        return month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    String dateTime(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    /** The locale tag the charts format their numbers with. */
    String chartLocale() {
        return locale.toLanguageTag();
    }
}
