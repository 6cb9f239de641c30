package id.kesos.region.web;

import id.kesos.platform.NotFoundException;
import id.kesos.region.Region;
import id.kesos.region.RegionMatch;
import id.kesos.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Wilayah", description = "Wilayah administrasi Indonesia (Kemendagri), data idn-area-data, ODbL")
class RegionApi {

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu wilayah menurut kodenya, misalnya 33.09.11.2004")
    Region get(@PathVariable String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("REGION", code));
    }

    @GetMapping
    @Operation(summary = "Anak suatu wilayah (parent), provinsi bila parent kosong, atau pencarian nama (q)")
    List<?> list(@Parameter(description = "kode wilayah induk") @RequestParam(required = false) String parent,
            @Parameter(description = "nama yang dicari, paling sedikit 2 huruf") @RequestParam(required = false) String q) {
        if (q != null) {
            List<RegionMatch> matches = regions.search(q.length() > 100 ? q.substring(0, 100) : q, 50);
            return matches;
        }
        if (parent != null && !parent.isBlank() && !regions.exists(parent)) {
            throw new NotFoundException("REGION", parent);
        }
        return regions.children(parent);
    }
}
