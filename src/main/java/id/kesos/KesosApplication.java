package id.kesos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KesosApplication {

    public static void main(String[] args) {
        SpringApplication.run(KesosApplication.class, args);
    }
}
