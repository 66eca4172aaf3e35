package app.kehu.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that decides what "today" is for rules and windows in days: the server's zone, the zone the grid
 * shows dates in. A bean, so tests can ask for a fixed day.
 */
@Configuration
public class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
