package id.kesos.access.web;

import id.kesos.access.ApiTokenView;
import id.kesos.access.ApiTokens;
import id.kesos.access.IssuedToken;
import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.access.UserAccounts;
import id.kesos.access.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Akses", description = "Token API, pengguna dan unit dalam cakupan pemanggil")
class AccessApi {

    /** Optional body of a token request: a label and a validity in days (0 = no expiry). */
    record TokenRequest(String name, Integer validDays) {}

    record TokenResponse(String token, long id, Instant expiresAt) {}

    record Me(long id, String username, String fullName, String role, long unitId, String unitName) {}

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final OrgUnits units;

    AccessApi(ApiTokens tokens, UserAccounts users, OrgUnits units) {
        this.tokens = tokens;
        this.users = users;
        this.units = units;
    }

    @PostMapping("/auth/tokens")
    @Operation(summary = "Membuat token API dengan HTTP Basic (nama pengguna dan kata sandi)",
            security = @SecurityRequirement(name = "basic"))
    TokenResponse issue(@AuthenticationPrincipal KesosUser user, @RequestBody(required = false) TokenRequest request) {
        String name = request == null || request.name() == null ? "script" : request.name();
        String days = request == null || request.validDays() == null ? "90" : request.validDays().toString();
        IssuedToken issued = tokens.issue(user.id(), name, ProfileController.validity(days));
        return new TokenResponse(issued.secret(), issued.token().id(), issued.token().expiresAt());
    }

    @GetMapping("/auth/tokens")
    @Operation(summary = "Token API milik pemanggil (tanpa rahasianya)")
    List<ApiTokenView> myTokens(@AuthenticationPrincipal KesosUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/auth/tokens/{id}")
    @Operation(summary = "Mencabut token API milik pemanggil")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "Pengguna pemilik token, dengan peran dan unitnya")
    Me me(@AuthenticationPrincipal KesosUser user) {
        return new Me(user.id(), user.username(), user.fullName(), user.role().name(), user.unitId(), user.unitName());
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "Satu unit organisasi dalam cakupan pemanggil (404 bila di luar cakupan)")
    OrgUnitView unit(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return units.get(user.scope(), id);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "Satu pengguna dalam cakupan pemanggil (404 bila di luar cakupan)")
    UserView user(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return users.get(user.scope(), id);
    }
}
