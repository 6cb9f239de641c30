package id.kesos;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Kesos served on a random port over the embedded PostgreSQL, for tests that speak HTTP or drive
 * a browser. Shares the database server with {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"kesos.ephemeral=true", "kesos.demo=true"})
public @interface WebIntegrationTest {}
