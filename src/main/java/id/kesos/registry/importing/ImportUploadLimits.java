package id.kesos.registry.importing;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A registry file of a million rows is far above the general upload limit
 * ({@code spring.servlet.multipart.max-file-size}, 10 MB). The servlet container therefore takes
 * uploads up to {@code kesos.import.max-file-size} (512 MB), written to disk as they arrive,
 * while every other address keeps the general limit on its request size. The import's uploads
 * are parsed lazily, so that their controllers can answer a file over the limit themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ImportUploadLimits {

    static final Set<String> IMPORT_UPLOADS = Set.of("/registry/imports", "/api/v1/registry/imports");
    private static final long FORM_FIELDS = DataSize.ofMegabytes(1).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties general, ImportSettings settings) {
        long file = Math.max(general.getMaxFileSize().toBytes(), settings.maxFileSize().toBytes());
        long request = Math.max(general.getMaxRequestSize().toBytes(), file + FORM_FIELDS);
        return new MultipartConfigElement(general.getLocation() == null ? "" : general.getLocation(), file, request,
                (int) general.getFileSizeThreshold().toBytes());
    }

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver(MultipartProperties general) {
        var resolver = new StandardServletMultipartResolver() {
            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
                if (isImportUpload(request)) {
                    return new StandardMultipartHttpServletRequest(request, true);
                }
                long limit = general.getMaxRequestSize().toBytes();
                if (request.getContentLengthLong() > limit) {
                    throw new MaxUploadSizeExceededException(limit);
                }
                return super.resolveMultipart(request);
            }
        };
        resolver.setResolveLazily(general.isResolveLazily());
        resolver.setStrictServletCompliance(general.isStrictServletCompliance());
        return resolver;
    }

    static boolean isImportUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && IMPORT_UPLOADS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
