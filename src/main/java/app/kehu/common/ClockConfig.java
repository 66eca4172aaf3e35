package app.kehu.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The time the application works with: the server's zone decides what "today" is. Code takes "now" from this
 * clock rather than from static calls, so that a test can name the day it means. Scheduling is switched on here
 * too, because scheduled jobs are the other thing that runs on the clock.
 */
@Configuration
@EnableScheduling
public class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
