package id.kesos.platform.database;

import id.kesos.platform.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

    @Bean
    DemoMode demoMode(Environment environment, DatabaseProperties database) {
        Boolean explicit = environment.getProperty("kesos.demo", Boolean.class);
        return new DemoMode(explicit != null ? explicit : database.embedded());
    }
}
