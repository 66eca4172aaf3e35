package app.kehu.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How days and moments read on screen: localized, and in the server's zone, the one zone the application has
 * until tenants get their own. Views take their formatters from here so that rule lives in one place.
 */
public final class DisplayTimes {

    private DisplayTimes() {
    }

    /** A calendar day, e.g. "Nov 23, 2026" / "2026年11月23日". */
    public static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A moment in a grid cell: short date and time. */
    public static DateTimeFormatter moment(Locale locale) {
        return inServerZone(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), locale);
    }

    /** A moment in a list of events: the day spelled out, the time short. */
    public static DateTimeFormatter dayAndTime(Locale locale) {
        return inServerZone(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), locale);
    }

    /** A moment in a record of changes, to the second. */
    public static DateTimeFormatter preciseMoment(Locale locale) {
        return inServerZone(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), locale);
    }

    private static DateTimeFormatter inServerZone(DateTimeFormatter style, Locale locale) {
        return style.withLocale(locale).withZone(ZoneId.systemDefault());
    }
}
