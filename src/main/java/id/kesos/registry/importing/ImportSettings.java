package id.kesos.registry.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the registry import ({@code kesos.import.*}).
 *
 * @param batchSize    rows per batch; each batch commits in one transaction
 * @param maxFileSize  the largest file the import accepts (other uploads keep the general limit)
 * @param pollInterval how often a worker looks for queued or abandoned jobs
 * @param worker       false to run no worker in this instance (jobs wait for another instance)
 */
@ConfigurationProperties("kesos.import")
public record ImportSettings(@DefaultValue("10000") int batchSize, @DefaultValue("512MB") DataSize maxFileSize,
        @DefaultValue("5s") Duration pollInterval, @DefaultValue("true") boolean worker) {}
