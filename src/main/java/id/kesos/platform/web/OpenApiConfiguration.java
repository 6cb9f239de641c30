package id.kesos.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Kesos API", version = "v1",
                description = "API Kesos. Minta token dengan POST /api/v1/auth/tokens (HTTP Basic), lalu kirim "
                        + "header \"Authorization: Bearer TOKEN\". Semua data dibatasi pada unit pemanggil.",
                license = @License(name = "Data wilayah: idn-area-data (fityannugroho), ODbL")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {}
