package id.kesos.access.web;

import id.kesos.access.NewUser;
import id.kesos.access.Role;
import id.kesos.access.UserChanges;
import id.kesos.access.UserView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The user form. The username and the first password are only read when the user is created;
 * {@code version} is the one the editor started from.
 */
record UserForm(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,50}") String username,
        @NotBlank @Size(max = 150) String fullName,
        @Email @Size(max = 150) String email,
        @NotNull Role role,
        @NotNull Long unitId,
        String password,
        Integer version) {

    static UserForm blank(long unitId) {
        return new UserForm("", "", "", Role.PEKSOS, unitId, "", null);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), user.fullName(), user.email(), user.role(), user.unitId(), "",
                user.version());
    }

    NewUser newUser() {
        return new NewUser(username, fullName, email, role, unitId, password);
    }

    UserChanges changes() {
        return new UserChanges(fullName, email, role, unitId);
    }
}
