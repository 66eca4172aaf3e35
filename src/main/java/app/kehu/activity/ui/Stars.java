package app.kehu.activity.ui;

/** A satisfaction score as five stars, filled up to the score. */
final class Stars {

    private Stars() {
    }

    static String of(int score) {
        return "★".repeat(score) + "☆".repeat(5 - score);
    }
}
