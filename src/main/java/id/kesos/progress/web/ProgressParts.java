package id.kesos.progress.web;

import id.kesos.progress.CaseProgress;
import id.kesos.progress.Phase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The measured-progress part of each stage a phase is measured in. */
@Configuration(proxyBeanMethods = false)
class ProgressParts {

    @Bean
    ProgressPart baselinePart(CaseProgress progress, ProgressCharts charts) {
        return new ProgressPart(Phase.BASELINE, progress, charts);
    }

    @Bean
    ProgressPart duringPart(CaseProgress progress, ProgressCharts charts) {
        return new ProgressPart(Phase.DURING, progress, charts);
    }

    @Bean
    ProgressPart postPart(CaseProgress progress, ProgressCharts charts) {
        return new ProgressPart(Phase.POST, progress, charts);
    }
}
