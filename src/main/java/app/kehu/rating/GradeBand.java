package app.kehu.rating;

import java.math.BigDecimal;

/**
 * A score band: customers whose score reaches {@code minScore} (and no better band) get {@code grade}.
 *
 * @param grade    A, B, C or D
 * @param minScore the lowest score of the band, inclusive; null for the last band, which takes the rest
 * @param labelZh  what the grade is called in Chinese, e.g. "重要客户"
 * @param labelEn  what the grade is called in English, e.g. "Key customer"
 * @param colour   the badge colour, {@code #rrggbb}
 */
public record GradeBand(String grade, BigDecimal minScore, String labelZh, String labelEn, String colour) {
}
