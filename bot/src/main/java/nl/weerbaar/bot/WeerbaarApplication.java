package nl.weerbaar.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Weerbaar: the school-safety assistant. Without arguments it starts the web application;
 * {@code validate}, {@code recognize} and {@code evaluate} are command-line tools that start no
 * web server (see {@link Cli}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeerbaarApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(WeerbaarApplication.class, args);
    }
}
