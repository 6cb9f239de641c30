package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.platform.NotFoundException;
import id.kesos.platform.Page;
import id.kesos.registry.NikPolicy;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.PersonQuery;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import id.kesos.registry.Problem;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.RegistryProblemsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Registri", description = "Orang dalam registri, dibatasi pada cakupan unit pemanggil")
class PersonApi {

    private static final int PAGE_SIZE = 50;

    private final Persons persons;

    PersonApi(Persons persons) {
        this.persons = persons;
    }

    @GetMapping(params = "nik")
    @Operation(summary = "Orang dengan NIK ini (404 bila tidak ada atau di luar cakupan); pembacaan dicatat di log audit")
    PersonJson byNik(@AuthenticationPrincipal KesosUser user, @RequestParam String nik) {
        return persons.findByNik(user, nik).map(person -> json(user, person))
                .orElseThrow(() -> new NotFoundException("PERSON", "nik"));
    }

    @GetMapping("/search")
    @Operation(summary = "Cari menurut NIK, nomor KK atau nama (toleran salah eja), saring menurut wilayah; NIK disamarkan")
    Page<PersonListItem> search(@AuthenticationPrincipal KesosUser user,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "0") int page) {
        return persons.search(user, new PersonQuery(limit(q, 150), limit(region, 13), null, null, false), page,
                PAGE_SIZE);
    }

    @PostMapping
    @Operation(summary = "Mendaftarkan orang; masalah dijawab 422 dengan kodenya")
    ResponseEntity<PersonJson> register(@AuthenticationPrincipal KesosUser user, @RequestBody PersonJson body) {
        PersonView created = persons.register(user, body.input(), "API");
        return ResponseEntity.status(HttpStatus.CREATED).body(json(user, created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu orang (404 bila di luar cakupan); pembacaan dicatat di log audit")
    PersonJson get(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return json(user, persons.open(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Mengubah orang; kirim version yang terakhir dibaca (409 bila sudah diubah orang lain)")
    PersonJson update(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @RequestBody PersonJson body) {
        if (body.version() == null) {
            throw new RegistryProblemsException(List.of(new Problem(ProblemCode.STALE_VERSION, "version")));
        }
        return json(user, persons.update(user, id, body.input(), body.version(), "API"));
    }

    private static PersonJson json(KesosUser user, PersonView person) {
        return PersonJson.of(person, NikPolicy.display(person.nik(), user.role()));
    }

    private static String limit(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
