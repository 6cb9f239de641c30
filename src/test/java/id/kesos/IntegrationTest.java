package id.kesos;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on the real, embedded PostgreSQL: one server per test JVM in a fresh
 * temporary folder, with the demo organisation and users loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"kesos.ephemeral=true", "kesos.demo=true"})
public @interface IntegrationTest {}
